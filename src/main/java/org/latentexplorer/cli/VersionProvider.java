package org.latentexplorer.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Latent Explorer " + (version == null ? "development build" : version)};
    }
}

package org.latentexplorer.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String installed = System.getProperty("jpackage.app-version"); // set by the launchers of the installed app
        if (installed != null && !installed.isBlank()) {
            return new String[] {"Latent Explorer " + installed + " (installed app)"};
        }
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Latent Explorer " + (version == null ? "development build" : version)};
    }
}

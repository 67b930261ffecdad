package org.latentexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the numbers were measured on, and what else was busy at the time. */
public record MachineInfo(String cpuModel, int cores, String os, String java, String torchThreads, List<String> busyTrainers,
                          String loadAverage) {

    public static MachineInfo current() {
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")";
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
        return new MachineInfo(readCpuModel(), Runtime.getRuntime().availableProcessors(), os, java, readTorchThreads(),
                otherTrainingProcesses(), readLoadAverage());
    }

    /** The first "model name" in /proc/cpuinfo, or the architecture when there is none. */
    static String readCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch") + " (model unknown)";
    }

    private static String readLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Other processes running {@code latent train} (they compete for the CPU while we measure). */
    private static List<String> otherTrainingProcesses() {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> c.contains("org.latentexplorer.cli.Main train")
                        || c.contains("latent-explorer.jar train")).orElse(false))
                .map(p -> "pid " + p.pid()).toList();
    }

    /** The engine's intra-op and inter-op thread counts, when the PyTorch engine is the one loaded. */
    private static String readTorchThreads() {
        try {
            Class<?> jni = Class.forName("ai.djl.pytorch.jni.JniUtils");
            Object intra = jni.getMethod("getNumThreads").invoke(null);
            Object inter = jni.getMethod("getNumInteropThreads").invoke(null);
            return String.format(Locale.ROOT, "intra-op %s, inter-op %s", intra, inter);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.ofNullable(System.getProperty("ai.djl.pytorch.num_threads")).map(n -> "intra-op " + n).orElse("engine default");
        }
    }

    /** Resident set size of this process in bytes (VmRSS in /proc/self/status), or -1 where that is not available. */
    public static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    long value = Long.parseLong(parts[0]);
                    return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return -1;
    }
}

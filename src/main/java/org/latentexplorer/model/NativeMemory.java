package org.latentexplorer.model;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Keeps the C allocator from handing every large freed tensor back to the kernel. With glibc's defaults each
 * training step's workspaces (an LSTM's gates, say) above the dynamic mmap threshold are fresh mappings that the
 * kernel must zero page by page: measured here, that made an LSTM forward and backward about 30 % slower inside the
 * JVM than in Python, whose main-thread arena reuses them.
 */
final class NativeMemory {
    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int LARGEST_MMAP_THRESHOLD = 32 << 20;
    private static volatile boolean tuned;

    private NativeMemory() {
    }

    private interface C extends Library {
        int mallopt(int parameter, int value);
    }

    /** Once per process, on Linux with glibc; elsewhere, or where the call fails, nothing changes. */
    static void keepFreedTensorMemory() {
        if (tuned) {
            return;
        }
        synchronized (NativeMemory.class) {
            if (tuned || !Platform.isLinux() || Boolean.getBoolean("latent.defaultMalloc")) {
                tuned = true;
                return;
            }
            try {
                C c = Native.load("c", C.class);
                c.mallopt(M_MMAP_THRESHOLD, LARGEST_MMAP_THRESHOLD);
                c.mallopt(M_TRIM_THRESHOLD, Integer.MAX_VALUE);
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                // not glibc (musl, say): its allocator keeps its own policy
            }
            tuned = true;
        }
    }
}

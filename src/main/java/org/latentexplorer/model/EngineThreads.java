package org.latentexplorer.model;

import java.lang.reflect.Method;

/**
 * The PyTorch engine's per-thread settings, which DJL's API does not reach: how many threads the engine's own
 * kernels use when called from the current thread, and whether that thread records operations for gradients.
 * Training splits a batch across Java threads that each run the engine on one thread; left at the engine's default,
 * every one of them would start its own pool of kernel threads and the cores would be oversubscribed several times.
 */
public final class EngineThreads {
    private static final Method SET_NUM_THREADS;
    private static final Method GET_NUM_THREADS;
    private static final Method SET_GRAD_MODE;

    static {
        Method set = null;
        Method get = null;
        Method grad = null;
        try {
            Class<?> jni = Class.forName("ai.djl.pytorch.jni.JniUtils");
            set = jni.getMethod("setNumThreads", int.class);
            get = jni.getMethod("getNumThreads");
            grad = jni.getMethod("setGradMode", boolean.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            // another engine: batches are not split across threads
        }
        SET_NUM_THREADS = set;
        GET_NUM_THREADS = get;
        SET_GRAD_MODE = grad;
    }

    private EngineThreads() {
    }

    /** Whether the engine lets a thread set its own kernel threads (the PyTorch engine does). */
    public static boolean available() {
        return SET_NUM_THREADS != null && GET_NUM_THREADS != null && SET_GRAD_MODE != null;
    }

    /** The engine's kernel threads for calls from this thread. */
    public static int kernelThreads() {
        return (int) call(GET_NUM_THREADS);
    }

    /** From now on, the engine's calls from this thread run on this thread alone and record gradients. */
    public static void oneKernelThreadWithGradients() {
        call(SET_NUM_THREADS, 1);
        call(SET_GRAD_MODE, true);
    }

    /** Sets the engine's kernel threads for this thread and for threads that first call the engine after this. */
    public static void setKernelThreads(int threads) {
        call(SET_NUM_THREADS, threads);
    }

    private static Object call(Method method, Object... arguments) {
        try {
            return method.invoke(null, arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the engine refused " + method.getName() + ": " + e.getCause(), e);
        }
    }
}

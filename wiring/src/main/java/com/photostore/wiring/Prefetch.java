package com.photostore.wiring;

/**
 * Starts reading a backend's first values (key rings, settings, a Redis connection) on a thread of its own while the
 * rest of a server or function is built, so the first request finds them ready; a failure is left for the first
 * caller to meet, who reads again.
 */
final class Prefetch {
    private static final System.Logger LOG = System.getLogger(Prefetch.class.getName());

    private Prefetch() {
    }

    static void inBackground(String what, Runnable read) {
        Thread thread = new Thread(() -> {
            try {
                read.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "prefetching " + what + " failed; the first use reads again");
            }
        }, "prefetch-" + what);
        thread.setDaemon(true);
        thread.start();
    }
}

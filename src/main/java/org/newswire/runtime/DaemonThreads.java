package org.newswire.runtime;

import java.util.concurrent.ThreadFactory;

/** Threads for the service's own background work: named for thread dumps, and never holding the JVM open. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }
}

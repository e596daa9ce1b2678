package com.photostore.server.importer;

import java.io.PrintWriter;

/** A progress bar on the terminal (redrawn in place), or a line per tenth of the work when output is not a terminal. */
public final class ImportProgress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int total;
    private int done;
    private int lastTenth = -1;

    public ImportProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    synchronized void begin(String phase, int count) {
        total = count;
        done = 0;
        lastTenth = -1;
        out.println(phase + " " + count + " files");
        draw(phase);
    }

    synchronized void advance(String phase) {
        done++;
        draw(phase);
    }

    private void draw(String phase) {
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + phase);
            if (done == total) {
                out.println();
            }
        } else if (tenth != lastTenth) {
            out.println(phase + " " + done + "/" + total);
        }
        lastTenth = tenth;
        out.flush();
    }
}

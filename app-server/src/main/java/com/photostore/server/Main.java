package com.photostore.server;

import com.photostore.server.cli.ImportCommand;
import com.photostore.server.cli.SelfCheckCommand;
import com.photostore.server.cli.ServeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code photostore} command line: {@code serve} (the default), {@code import DIR} and {@code selfcheck}. */
@Command(name = "photostore", mixinStandardHelpOptions = true, versionProvider = PhotostoreVersion.class,
        description = "Photostore: keep, browse and tag your photos.",
        subcommands = {ServeCommand.class, ImportCommand.class, SelfCheckCommand.class})
public final class Main implements Runnable {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int status = new CommandLine(new Main()).execute(effective);
        if (status != 0 || !"serve".equals(effective[0])) {
            System.exit(status);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

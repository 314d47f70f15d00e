package io.atende.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./atende eval}: offline evaluations of the agent's parts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        subcommands = {EvalIntentsCommand.class, EvalRetrievalCommand.class},
        description = "Evaluations; they print JSON with --json.")
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}

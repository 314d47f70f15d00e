package io.atende.cli;

import io.atende.pack.InvalidPackException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./atende}: the root of every command. */
@Command(name = "atende", mixinStandardHelpOptions = true, versionProvider = AtendeCommand.Version.class,
        description = "Atende: an AI sales and customer-service agent for online stores.",
        subcommands = {ServeCommand.class, ChatCommand.class, TestCommand.class, KeysCommand.class, BenchCommand.class, EvalCommand.class,
                SearchCommand.class, IndexCommand.class, ValidateCommand.class, FakeLlmCommand.class, WhatsAppCommand.class,
                CommandLine.HelpCommand.class})
public class AtendeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /**
     * Turns any failure into one line on stderr and a non-zero exit: users see what went wrong,
     * never a stack trace.
     */
    public static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof InvalidPackException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidPackException invalid) {
            System.err.println("atende: the pack is not valid:");
            invalid.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        System.err.println("atende: " + message.lines().findFirst().orElse(message));
        return 1;
    }

    /** A mistyped command line: one line saying what is wrong and where help is, not the whole usage. */
    public static int handleBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        System.err.println("atende: " + e.getMessage().lines().findFirst().orElse("invalid arguments"));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, System.err);
        System.err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return 2;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AtendeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"atende " + (version == null ? "dev" : version)};
        }
    }
}

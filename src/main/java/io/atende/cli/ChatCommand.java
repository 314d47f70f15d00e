package io.atende.cli;

import io.atende.channel.terminal.TerminalChat;
import io.atende.conversation.ConversationApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./atende chat}: talk to the agent in a terminal; piped input is one message per line. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Talk to the agent in the terminal. With piped input: one customer message per line, replies on stdout.")
final class ChatCommand implements Callable<Integer> {

    @CommandLine.Mixin

    PackOption pack = new PackOption();

    @Option(names = "--contact", paramLabel = "NAME",
            description = "Continue the conversation of this terminal contact (default: a new contact each run).")
    String contact;

    /** {@code Console.isTerminal()} exists from Java 22; on 21 a console is only returned for a terminal. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public Integer call() throws Exception {
        boolean interactive = isTerminal();
        try (var context = Launcher.start(pack.dir(), false, Map.of())) {
            String who = contact != null ? contact : "terminal-" + UUID.randomUUID();
            TerminalChat chat = new TerminalChat(context.getBean(ConversationApi.class), who, Duration.ofSeconds(60));
            if (interactive) {
                System.err.println("Converse com a loja (Ctrl+D para sair).");
            }
            int unanswered = chat.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    System.out, System.err, interactive ? "você> " : null);
            return unanswered == 0 ? 0 : 1;
        }
    }
}

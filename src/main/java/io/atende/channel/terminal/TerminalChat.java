package io.atende.channel.terminal;

import io.atende.conversation.Accepted;
import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.InboundMessage;
import io.atende.conversation.MessageView;
import io.atende.conversation.TurnReplies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The terminal channel: one customer message per input line, the agent's replies on the output.
 * Each line is a whole message, so lines are never aggregated into bursts.
 */
public final class TerminalChat {

    private final ConversationApi conversations;
    private final String contact;
    private final Duration replyTimeout;

    public TerminalChat(ConversationApi conversations, String contact, Duration replyTimeout) {
        this.conversations = conversations;
        this.contact = contact;
        this.replyTimeout = replyTimeout;
    }

    /**
     * Reads until end of input. With {@code prompt} set (an interactive terminal), a prompt is
     * written to {@code err} before each line so that {@code out} carries only replies.
     *
     * @return the number of lines that got no reply in time
     */
    public int run(BufferedReader in, PrintStream out, PrintStream err, String prompt) throws IOException {
        int unanswered = 0;
        long sequence = 0;
        String runId = Long.toString(System.nanoTime(), 36);
        while (true) {
            if (prompt != null) {
                err.print(prompt);
                err.flush();
            }
            String line = in.readLine();
            if (line == null) {
                return unanswered;
            }
            if (line.isBlank()) {
                continue;
            }
            Accepted accepted = conversations.accept(InboundMessage.text(Channel.TERMINAL, contact,
                    "terminal-" + runId + "-" + (++sequence), line.strip()));
            Optional<TurnReplies> replies = conversations.awaitReplies(accepted.messageId(), replyTimeout);
            if (replies.isEmpty()) {
                unanswered++;
                err.println("(no reply within " + replyTimeout.toSeconds() + " s; it will appear in the conversation)");
                continue;
            }
            for (MessageView reply : replies.get().replies()) {
                out.println(reply.text());
                if (prompt != null) {
                    out.println();
                }
            }
            out.flush();
        }
    }
}

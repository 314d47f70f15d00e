package io.atende.channel.terminal;

import io.atende.conversation.Accepted;
import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.InboundMessage;
import io.atende.conversation.MessageView;
import io.atende.conversation.TurnReplies;
import io.atende.shared.Choice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The terminal channel: one customer message per input line, the agent's replies on the output.
 * Each line is a whole message, so lines are never aggregated into bursts. At an interactive terminal the answers a
 * reply offers to tap are listed under it, numbered, and typing a number alone sends that answer.
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
        List<Choice> offered = List.of();
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
            String text = prompt == null ? line.strip() : picked(line.strip(), offered);
            Accepted accepted = conversations.accept(InboundMessage.text(Channel.TERMINAL, contact,
                    "terminal-" + runId + "-" + (++sequence), text));
            Optional<TurnReplies> replies = conversations.awaitReplies(accepted.messageId(), replyTimeout);
            if (replies.isEmpty()) {
                unanswered++;
                err.println("(no reply within " + replyTimeout.toSeconds() + " s; it will appear in the conversation)");
                continue;
            }
            offered = List.of();
            for (MessageView reply : replies.get().replies()) {
                out.println(reply.text());
                if (prompt != null && !reply.choices().isEmpty()) {
                    offered = reply.choices();
                    out.println(numbered(offered));
                }
                if (prompt != null) {
                    out.println();
                }
            }
            out.flush();
        }
    }

    /** The offered answers on one line: {@code [1] Sim   [2] Não}, each with its detail (a price) if it has one. */
    static String numbered(List<Choice> choices) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            line.append(i == 0 ? "" : "   ").append('[').append(i + 1).append("] ").append(c.title());
            if (c.detail() != null) {
                line.append(" (").append(c.detail()).append(')');
            }
        }
        return line.toString();
    }

    /** The answer a number alone stands for, when the last reply offered that many; otherwise the line as typed. */
    static String picked(String line, List<Choice> offered) {
        if (line.matches("\\d{1,2}")) {
            int n = Integer.parseInt(line);
            if (n >= 1 && n <= offered.size()) {
                return offered.get(n - 1).title();
            }
        }
        return line;
    }
}

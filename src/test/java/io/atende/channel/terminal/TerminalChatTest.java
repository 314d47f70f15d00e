package io.atende.channel.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.Direction;
import io.atende.conversation.MessageView;
import io.atende.testsupport.AtendeTest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./atende chat} on the test pack: replies on the output, and the answers they offer, numbered, to pick. */
@AtendeTest
class TerminalChatTest {

    @Autowired
    ConversationApi conversations;

    private String chat(String contact, String input, String prompt) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int unanswered = new TerminalChat(conversations, contact, Duration.ofSeconds(10)).run(
                new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), prompt);
        assertThat(unanswered).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the customer's messages said, in order, as the conversation keeps them. */
    private List<String> customerSaid(String contact) {
        var summary = conversations.recent(50).stream().filter(s -> contact.equals(s.contact())).findFirst().orElseThrow();
        return conversations.find(summary.id()).orElseThrow().messages().stream()
                .filter(m -> m.direction() == Direction.INBOUND).map(MessageView::text).toList();
    }

    @Test
    void shouldNumberTheOfferedAnswersAndSendTheOneWhoseNumberIsTyped() throws Exception {
        String contact = "terminal-" + UUID.randomUUID();
        String output = chat(contact, "tem tênis?\n2\n", "> ");

        assertThat(output).contains("[1] Tênis ").contains("[2] Tênis ").contains("(R$ 279,90)").contains("(R$ 329,90)");
        String second = output.lines().filter(l -> l.startsWith("[1] ")).findFirst().orElseThrow()
                .replaceAll(".*\\[2] ", "").replaceAll(" \\(R\\$ [0-9.,]+\\)$", "");
        assertThat(second).startsWith("Tênis ");
        assertThat(customerSaid(contact)).containsExactly("tem tênis?", second);
    }

    @Test
    void shouldSendANumberAsTypedWhenNothingWasOfferedOrTheInputIsPiped() throws Exception {
        String contact = "terminal-" + UUID.randomUUID();
        String output = chat(contact, "tem tênis?\n2\n", null);

        assertThat(output).doesNotContain("[1] ");
        assertThat(customerSaid(contact)).containsExactly("tem tênis?", "2");
    }
}

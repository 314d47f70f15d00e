package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker must see what it is there to catch; otherwise "zero lost, zero duplicates" means nothing. */
class ReplyAuditTest {

    private static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void shouldPassOneReplyPerAnsweredMessage() {
        ReplyAudit audit = ReplyAudit.check(Set.of("a", "b", "c"),
                List.of(in("a", 1L), in("b", 2L), in("c", 2L)), // b and c answered together by turn 2
                List.of(reply(1), reply(2)), Map.of());

        assertThat(audit.lost()).isZero();
        assertThat(audit.duplicates()).isZero();
        assertThat(audit.replyAt()).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void shouldCountSeveralRepliesOfOneTurnAsOneAnswer() {
        // a journey answers a question and asks its pending one again: two messages, one commit
        ReplyAudit audit = ReplyAudit.check(Set.of("a"), List.of(in("a", 1L)), List.of(reply(1), reply(1)), Map.of());

        assertThat(audit.duplicates()).isZero();
        assertThat(audit.lost()).isZero();
    }

    @Test
    void shouldFlagAReplyOfATurnThatAnsweredNothing() {
        ReplyAudit audit = ReplyAudit.check(Set.of("a"), List.of(in("a", 1L)), List.of(reply(1), reply(7)), Map.of());

        assertThat(audit.duplicates()).isEqualTo(1);
    }

    @Test
    void shouldFlagAMessageStoredTwice() {
        ReplyAudit audit = ReplyAudit.check(Set.of("a"), List.of(in("a", 1L), in("a", 2L)), List.of(reply(1), reply(2)), Map.of());

        assertThat(audit.duplicates()).isEqualTo(1);
    }

    @Test
    void shouldFlagUnansweredUnstoredAndSilentlyAnsweredMessagesAsLost() {
        ReplyAudit audit = ReplyAudit.check(Set.of("unanswered", "missing", "silent", "ok"),
                List.of(in("unanswered", null), in("silent", 3L), in("ok", 1L)), List.of(reply(1)), Map.of());

        assertThat(audit.lost()).isEqualTo(3);
        assertThat(audit.replyAt()).containsOnlyKeys("ok");
    }

    @Test
    void shouldCountMessagesAnsweredWhileAPersonHadTheConversationApartFromLostOnes() {
        // turn 3 is the silent turn of a conversation with a person; turn 4 is an agent turn that said nothing
        ReplyAudit audit = ReplyAudit.check(Set.of("to-person", "agent-silent", "ok"),
                List.of(in("to-person", 3L), in("agent-silent", 4L), in("ok", 1L)), List.of(reply(1)), Map.of(3L, T0));

        assertThat(audit.withPerson()).isEqualTo(1);
        assertThat(audit.lost()).isEqualTo(1);
        assertThat(audit.replyAt()).containsOnlyKeys("ok");
    }

    @Test
    void shouldFlagLostAndDuplicateRowsOfTheBareEndpoint() {
        ReplyAudit audit = ReplyAudit.checkStored(Set.of("a", "b"), List.of(in("a", null), in("a", null)));

        assertThat(audit.lost()).isEqualTo(1);
        assertThat(audit.duplicates()).isEqualTo(1);
    }

    private static ReplyAudit.Inbound in(String id, Long turn) {
        return new ReplyAudit.Inbound(id, T0, turn);
    }

    private static ReplyAudit.Reply reply(long turn) {
        return new ReplyAudit.Reply(turn, T0.plusMillis(3));
    }
}

package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.StoreIdentity.Aggregation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TurnQueue} adapter must do; run on H2 and PostgreSQL. */
abstract class TurnQueueContract extends StoreTestBase {

    private static final Aggregation WINDOW = new Aggregation(1500, 6000);
    private static final Duration LEASE = Duration.ofSeconds(10);

    private List<TurnQueue.Claim> claim(java.time.Instant now, int max) {
        List<TurnQueue.Claim> claims = tx.execute(s -> queue.claimDue(now, max, LEASE));
        return claims;
    }

    private boolean completes(TurnQueue.Claim claim, long seq) {
        Boolean done = tx.execute(s -> queue.complete(claim, seq));
        return Boolean.TRUE.equals(done);
    }

    @Test
    void shouldDelayATurnUntilTheQuietWindowEnds() {
        var id = newConversation("q1");
        var due = tx.execute(s -> queue.schedule(id, t0, WINDOW));
        assertThat(due).isEqualTo(t0.plusMillis(1500));
        assertThat(claim(t0.plusMillis(1499), 10)).isEmpty();
        assertThat(claim(t0.plusMillis(1500), 10))
                .extracting(TurnQueue.Claim::conversationId).containsExactly(id);
    }

    @Test
    void shouldNeverWaitLongerThanTheMaximumAfterTheFirstMessage() {
        var id = newConversation("q2");
        for (int i = 0; i <= 5; i++) {
            int second = i;
            tx.execute(s -> queue.schedule(id, t0.plusSeconds(second), WINDOW));
        }
        // six messages one second apart: quiet would be t0+6.5s, the cap is t0+6s
        assertThat(queue.nextDue()).contains(t0.plusMillis(6000));
        assertThat(queue.inboundSeq(id)).isEqualTo(6);
    }

    @Test
    void shouldLeaveOtherDueConversationsUnlockedWhileAClaimIsOpen() throws Exception {
        var first = newConversation("q-open-1");
        var second = newConversation("q-open-2");
        tx.execute(s -> queue.schedule(first, t0, new Aggregation(0, 0)));
        tx.execute(s -> queue.schedule(second, t0.plusMillis(1), new Aggregation(0, 0)));
        java.util.concurrent.CountDownLatch claimed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var claim = threads.submit(() -> tx.execute(s -> {
                List<TurnQueue.Claim> claims = queue.claimDue(t0.plusMillis(5), 1, LEASE);
                claimed.countDown();
                awaitQuietly(release);
                return claims;
            }));
            claimed.await();
            // a message for the conversation that was not claimed must not wait for the claim's transaction
            var accept = threads.submit(() -> tx.execute(s -> queue.schedule(second, t0.plusMillis(6),
                    new Aggregation(0, 0))));
            try {
                assertThat(accept.get(3, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
            } finally {
                release.countDown();
            }
            assertThat(claim.get()).extracting(TurnQueue.Claim::conversationId).containsExactly(first);
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldLeaseAConversationToOneClaimantAtATime() {
        var id = newConversation("q3");
        tx.execute(s -> queue.schedule(id, t0, new Aggregation(0, 0)));
        List<TurnQueue.Claim> first = claim(t0.plusMillis(1), 10);
        List<TurnQueue.Claim> second = claim(t0.plusMillis(2), 10);
        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        // an expired lease (its holder died) can be claimed again
        assertThat(claim(t0.plus(LEASE).plusMillis(10), 10)).hasSize(1);
    }

    @Test
    void shouldRefuseToCompleteWhenANewerMessageArrived() {
        var id = newConversation("q4");
        tx.execute(s -> queue.schedule(id, t0, new Aggregation(0, 0)));
        TurnQueue.Claim claim = claim(t0.plusMillis(1), 1).getFirst();
        long seen = queue.inboundSeq(id);
        tx.execute(s -> queue.schedule(id, t0.plusMillis(2), new Aggregation(0, 0)));
        assertThat(completes(claim, seen)).isFalse();
        assertThat(completes(claim, queue.inboundSeq(id))).isTrue();
        assertThat(queue.nextDue()).isEmpty();
    }

    @Test
    void shouldRefuseToCompleteWithALostLease() {
        var id = newConversation("q5");
        tx.execute(s -> queue.schedule(id, t0, new Aggregation(0, 0)));
        TurnQueue.Claim stale = claim(t0.plusMillis(1), 1).getFirst();
        TurnQueue.Claim current = claim(t0.plus(LEASE).plusSeconds(1), 1).getFirst();
        long seq = queue.inboundSeq(id);
        assertThat(queue.renew(stale, t0.plusSeconds(60))).isFalse();
        assertThat(completes(stale, seq)).isFalse();
        assertThat(completes(current, seq)).isTrue();
    }

    @Test
    void shouldPostponeAFailedTurn() {
        var id = newConversation("q6");
        tx.execute(s -> queue.schedule(id, t0, new Aggregation(0, 0)));
        TurnQueue.Claim claim = claim(t0.plusMillis(1), 1).getFirst();
        queue.postpone(claim, t0.plusSeconds(5));
        assertThat(queue.nextDue()).contains(t0.plusSeconds(5));
        assertThat(claim(t0.plusSeconds(4), 1)).isEmpty();
        assertThat(queue.dueCount(t0.plusSeconds(5))).isEqualTo(1);
        assertThat(claim(t0.plusSeconds(5), 1)).hasSize(1);
    }
}

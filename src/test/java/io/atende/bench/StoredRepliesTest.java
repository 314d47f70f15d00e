package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.testsupport.TestDatabases;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class StoredRepliesTest {

    private HikariDataSource pool;
    private JdbcClient jdbc;
    private UUID conversation;

    @BeforeEach
    void schema() {
        pool = TestDatabases.h2().migrated(2);
        jdbc = JdbcClient.create(pool);
        UUID contact = UUID.randomUUID();
        conversation = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO contacts (id, channel, external_id, created_at) VALUES (?, 'whatsapp', '5511900000000', ?)")
                .params(contact, now).update();
        jdbc.sql("INSERT INTO conversations (id, contact_id, channel, status, handoff_state, created_at, updated_at,"
                + " last_message_at) VALUES (?, ?, 'whatsapp', 'open', 'none', ?, ?, ?)")
                .params(conversation, contact, now, now, now).update();
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void shouldReturnAtOnceWhenEveryExpectedMessageIsStoredAndAnswered() {
        long turn = turn();
        inbound(turn);
        inbound(turn);
        outbound(turn);
        assertThat(secondsToDrain(2)).isLessThan(1.0);
    }

    @Test
    void shouldWaitWhileAMessageIsUnanswered() {
        long turn = turn();
        inbound(turn);
        inbound(null);
        outbound(turn);
        assertThat(secondsToDrain(2)).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void shouldWaitWhileFewerMessagesAreStoredThanWereAcknowledged() {
        long turn = turn();
        inbound(turn);
        outbound(turn);
        assertThat(secondsToDrain(2)).isGreaterThanOrEqualTo(1.0);
    }

    /** How long {@link StoredReplies#drain} waited for {@code inbound} answered messages, with a 1 s deadline. */
    private double secondsToDrain(long inbound) {
        long start = System.nanoTime();
        StoredReplies.drain(jdbc, 1, inbound);
        return (System.nanoTime() - start) / 1e9;
    }

    private long turn() {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO turns (conversation_id, engine, instance_id, inbound_count, first_inbound_at, started_at,"
                + " finished_at) VALUES (?, 'local', 'test', 1, ?, ?, ?)").params(conversation, now, now, now).update();
        return jdbc.sql("SELECT max(id) FROM turns").query(Long.class).single();
    }

    private void inbound(Long turn) {
        message("inbound", "customer", turn);
    }

    private void outbound(long turn) {
        message("outbound", "agent", turn);
    }

    private void message(String direction, String author, Long turn) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO messages (conversation_id, direction, author, channel, turn_id, delivery_status,"
                + " created_at, updated_at) VALUES (?, ?, ?, 'whatsapp', ?, 'received', ?, ?)")
                .params(conversation, direction, author, turn, now, now).update();
    }
}

package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.testsupport.TestDatabases;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class H2MessageStoreTest extends MessageStoreContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.h2();
    }

    @Test
    void shouldReadAConversationsUnansweredMessagesThroughItsOwnIndexNotEveryConversations() {
        // a backlog elsewhere: on the turn_id index each turn would scan all of these
        for (int i = 0; i < 20; i++) {
            var other = newConversation("backlog-" + i);
            messages.insertInbound(other, InboundMessage.text(Channel.API, "backlog-" + i, null, "oi"), t0);
        }
        String plan = jdbc.sql("EXPLAIN " + messages.pendingSql())
                .param(UUID.randomUUID()).query(String.class).single();
        assertThat(plan).contains("ix_messages_conversation: conversation_id =");
    }
}

package io.atende.conversation;

import java.time.Duration;

/**
 * The journal that is no journal: each delivery is handled on the caller's thread and made durable in the database
 * before {@link #append} returns. For deployments whose database is shared and whose local disk is not kept
 * ({@code atende.conversation.journal: false}); acknowledgements then wait for the database.
 */
final class InlineDeliveryJournal implements DeliveryJournal {

    private final Handler handler;
    private final CommitDurability durability;

    InlineDeliveryJournal(Handler handler, CommitDurability durability) {
        this.handler = handler;
        this.durability = durability;
    }

    @Override
    public void append(byte[] delivery) {
        handler.handle(delivery);
        durability.awaitDurable();
    }

    @Override
    public boolean awaitHandled(Duration timeout) {
        return true;
    }

    @Override
    public void close() {
    }
}

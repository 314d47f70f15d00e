package io.atende.conversation;

/** The inline journal: a delivery is handled before its append returns. */
class InlineDeliveryJournalTest extends DeliveryJournalContract {

    @Override
    protected DeliveryJournal open(DeliveryJournal.Handler handler) {
        return new InlineDeliveryJournal(handler, CommitDurability.ON_COMMIT);
    }
}

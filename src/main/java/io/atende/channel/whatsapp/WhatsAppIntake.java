package io.atende.channel.whatsapp;

import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.DeliveryJournal;
import io.atende.conversation.InboundMessage;
import io.atende.conversation.InvalidMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a verified webhook delivery, read back from the journal, into stored messages and recorded statuses. Runs
 * again for the same delivery after a crash or a database failure: a repeated wamid is stored once, a status only
 * moves forward.
 */
final class WhatsAppIntake implements DeliveryJournal.Handler {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppIntake.class);

    private final ConversationApi conversations;

    WhatsAppIntake(ConversationApi conversations) {
        this.conversations = conversations;
    }

    @Override
    public void handle(byte[] delivery) {
        WhatsAppPayload payload;
        try {
            payload = WhatsAppPayload.parse(delivery);
        } catch (WhatsAppPayload.MalformedPayloadException e) {
            // checked before it was acknowledged, so this cannot happen unless the journal was tampered with
            log.error("WhatsApp delivery in the journal is not a webhook payload, skipped: {}", e.getMessage());
            return;
        }
        for (InboundMessage message : payload.messages()) {
            try {
                conversations.acceptFromJournal(message);
            } catch (InvalidMessageException e) {
                // signed by Meta, so delivering it again would bring the same message: keep the rest of the delivery
                log.warn("WhatsApp message not stored: {} ({})", e.getMessage(), e.field());
            }
        }
        for (WhatsAppPayload.StatusReport status : payload.statuses()) {
            var update = conversations.recordDelivery(Channel.WHATSAPP, status.messageId(), status.status(),
                    status.error());
            log.debug("WhatsApp status {} of an outbound message: {}", status.status().wireName(), update);
        }
    }
}

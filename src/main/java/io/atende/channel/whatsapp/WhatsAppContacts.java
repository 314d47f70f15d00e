package io.atende.channel.whatsapp;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The {@code contacts[]} of a webhook change: who sent its messages. {@code wa_id} is the customer's WhatsApp
 * number (replies go to it as received); {@code user_id} is Meta's business-scoped user id, the only identity
 * of a customer who shares no phone number (a username user).
 */
record WhatsAppContacts(List<Contact> contacts) {

    record Contact(String waId, String userId, String name) {
    }

    static WhatsAppContacts of(JsonNode array) {
        List<Contact> out = new ArrayList<>();
        for (JsonNode c : array) {
            out.add(new Contact(WhatsAppMessages.text(c, "wa_id"), WhatsAppMessages.text(c, "user_id"),
                    WhatsAppMessages.text(c.path("profile"), "name")));
        }
        return new WhatsAppContacts(List.copyOf(out));
    }

    /** The contact a message came from: the one with its number or user id; else one without anything known. */
    Contact sender(String from, String fromUserId) {
        for (Contact c : contacts) {
            if ((from != null && from.equals(c.waId())) || (fromUserId != null && fromUserId.equals(c.userId()))) {
                return c;
            }
        }
        return new Contact(null, null, null);
    }
}

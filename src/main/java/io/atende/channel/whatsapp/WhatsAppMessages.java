package io.atende.channel.whatsapp;

import io.atende.conversation.Attachment;
import io.atende.conversation.Channel;
import io.atende.conversation.InboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a webhook's {@code messages[]} as the customer's message: words stay words (a tapped button is its
 * title), files become attachments that keep Meta's media id (fetched only if the engine reads them), anything
 * Atende cannot take becomes an {@value #UNSUPPORTED} attachment the engine answers politely. Shapes from Meta's
 * "Messages webhook reference" (text, audio, image, document, video, sticker, location, contacts, interactive,
 * button, reaction, unsupported).
 */
final class WhatsAppMessages {

    /**
     * The attachment kind of a message type Atende cannot take; the engine's media step answers a turn of only such
     * messages with the pack's {@code whatsapp_unsupported} (the same kind name there: channels may not depend on
     * the engine).
     */
    static final String UNSUPPORTED = "unsupported";
    /** The attachment kind that keeps the id of a tapped button or list row (the title is the message's text). */
    static final String REPLY = "reply";
    /** The attachment kind that keeps which message a reaction is on (the emoji is the message's text). */
    static final String REACTION = Attachment.REACTION;

    private static final Logger log = LoggerFactory.getLogger(WhatsAppMessages.class);
    private static final List<String> MEDIA = List.of("audio", "image", "document", "video", "sticker");

    private WhatsAppMessages() {
    }

    /** Empty for what is no customer's message (a system notice, a reaction taken back, no sender). */
    static Optional<InboundMessage> map(JsonNode message, WhatsAppContacts contacts) {
        String from = text(message, "from");
        String fromUserId = text(message, "from_user_id");
        WhatsAppContacts.Contact sender = contacts.sender(from, fromUserId);
        // replies go to the number as received; without one, to the business-scoped user id
        String contact = firstNonNull(from, sender.waId(), fromUserId, sender.userId());
        String id = text(message, "id");
        String type = Objects.requireNonNullElse(text(message, "type"), UNSUPPORTED);
        if (contact == null || id == null) {
            log.warn("WhatsApp message of type {} without a sender or an id: ignored", type);
            return Optional.empty();
        }
        Optional<Content> content = content(type, message);
        if (content.isEmpty()) {
            log.debug("WhatsApp message {} of type {} carries nothing to answer", id, type);
            return Optional.empty();
        }
        return Optional.of(new InboundMessage(Channel.WHATSAPP, contact, id, content.get().text(),
                content.get().attachments(), sender.name()));
    }

    private record Content(String text, List<Attachment> attachments) {
        static Content text(String text) {
            return new Content(text, List.of());
        }

        static Content of(String text, Attachment attachment) {
            return new Content(text, List.of(attachment));
        }
    }

    private static Optional<Content> content(String type, JsonNode message) {
        JsonNode body = message.path(type);
        if (MEDIA.contains(type)) {
            return Optional.of(Content.of("", new Attachment(type, text(body, "mime_type"), text(body, "id"), null,
                    text(body, "caption"))));
        }
        return switch (type) {
            case "text" -> present(text(body, "body")).map(Content::text);
            case "location" -> present(location(body)).map(Content::text);
            case "contacts" -> present(contacts(body)).map(Content::text);
            case "interactive" -> interactive(body);
            case "button" -> present(text(body, "text"))
                    .map(t -> Content.of(t, new Attachment(REPLY, null, text(body, "payload"), null, null)));
            // an empty emoji is a reaction taken back
            case "reaction" -> present(text(body, "emoji"))
                    .map(e -> Content.of(e, new Attachment(REACTION, null, text(body, "message_id"), null, null)));
            // a notice from WhatsApp itself (a changed number), not the customer's words
            case "system" -> Optional.empty();
            default -> Optional.of(unsupported(type));
        };
    }

    private static Optional<Content> interactive(JsonNode interactive) {
        String kind = text(interactive, "type");
        if ("button_reply".equals(kind) || "list_reply".equals(kind)) {
            JsonNode reply = interactive.path(kind);
            // the title is what the customer tapped, so their words (the whole answer when the title shown was cut to
            // fit: the id keeps it); the id says which option it was
            String id = text(reply, "id");
            return present(text(reply, "title")).map(t -> Content.of(GraphMessages.answer(t, id),
                    new Attachment(REPLY, null, id, null, null)));
        }
        return Optional.of(unsupported("interactive." + kind));
    }

    private static Content unsupported(String type) {
        return Content.of("", new Attachment(UNSUPPORTED, null, type, null, null));
    }

    /** {@code 📍 name, address (latitude, longitude)}: what the customer shared, as text the engine can read. */
    private static String location(JsonNode location) {
        String place = joined(", ", text(location, "name"), text(location, "address"));
        String coordinates = location.path("latitude").isNumber() && location.path("longitude").isNumber()
                ? "(" + location.path("latitude").asString() + ", " + location.path("longitude").asString() + ")" : null;
        String all = joined(" ", place, coordinates);
        return all == null ? null : "📍 " + all;
    }

    /** One line per shared contact card: {@code 👤 name: phone, phone}. */
    private static String contacts(JsonNode cards) {
        List<String> lines = new ArrayList<>();
        for (JsonNode card : cards) {
            String name = text(card.path("name"), "formatted_name");
            List<String> phones = new ArrayList<>();
            card.path("phones").forEach(p -> Optional.ofNullable(text(p, "phone")).ifPresent(phones::add));
            String line = joined(": ", name, phones.isEmpty() ? null : String.join(", ", phones));
            if (line != null) {
                lines.add("👤 " + line);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** A string field, or null when it is absent, null or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }

    private static Optional<String> present(String s) {
        return Optional.ofNullable(s).filter(v -> !v.isBlank());
    }

    private static String joined(String separator, String... parts) {
        String out = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
        return out.isEmpty() ? null : out;
    }

    private static String firstNonNull(String... values) {
        return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
    }
}

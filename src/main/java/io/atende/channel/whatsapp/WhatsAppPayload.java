package io.atende.channel.whatsapp;

import io.atende.conversation.DeliveryStatus;
import io.atende.conversation.InboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One webhook delivery of the Cloud API read into what Atende keeps: the customers' messages and the delivery
 * statuses of ours. Shape: {@code {"object": "whatsapp_business_account", "entry": [{"changes": [{"field":
 * "messages", "value": {"contacts": [...], "messages": [...], "statuses": [...]}}]}]}} (Meta's "Messages webhook
 * reference"). Changes of other fields (account updates, templates) carry nothing for a conversation.
 */
record WhatsAppPayload(List<InboundMessage> messages, List<StatusReport> statuses) {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppPayload.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What Meta reports about a message we sent.
     *
     * @param messageId the wamid Meta returned when the message was sent
     * @param error     for a failure, Meta's error code and title (e.g. {@code 131047 Re-engagement message})
     */
    record StatusReport(String messageId, DeliveryStatus status, String error) {
    }

    /** The body is not JSON, or not the shape of a webhook delivery. */
    static final class MalformedPayloadException extends RuntimeException {
        MalformedPayloadException(String message) {
            super(message);
        }
    }

    static WhatsAppPayload parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedPayloadException("the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedPayloadException("the body must be a JSON object");
        }
        JsonNode entries = root.path("entry");
        if (!entries.isMissingNode() && !entries.isArray()) {
            throw new MalformedPayloadException("entry must be an array");
        }
        List<InboundMessage> messages = new ArrayList<>();
        List<StatusReport> statuses = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode changes = entry.path("changes");
            if (!changes.isArray()) {
                throw new MalformedPayloadException("entry[].changes must be an array");
            }
            for (JsonNode change : changes) {
                JsonNode value = change.path("value");
                if (!"messages".equals(WhatsAppMessages.text(change, "field")) || !value.isObject()) {
                    continue;
                }
                WhatsAppContacts contacts = WhatsAppContacts.of(value.path("contacts"));
                for (JsonNode message : value.path("messages")) {
                    WhatsAppMessages.map(message, contacts).ifPresent(messages::add);
                }
                for (JsonNode status : value.path("statuses")) {
                    status(status).ifPresent(statuses::add);
                }
            }
        }
        return new WhatsAppPayload(List.copyOf(messages), List.copyOf(statuses));
    }

    private static Optional<StatusReport> status(JsonNode status) {
        String id = WhatsAppMessages.text(status, "id");
        Optional<DeliveryStatus> kind = DeliveryStatus.fromWire(WhatsAppMessages.text(status, "status"));
        if (id == null || kind.isEmpty() || kind.get() == DeliveryStatus.PENDING) {
            log.debug("WhatsApp status ignored: {}", WhatsAppMessages.text(status, "status"));
            return Optional.empty();
        }
        String error = null;
        JsonNode first = status.path("errors").path(0);
        if (first.isObject()) {
            String code = first.path("code").isNumber() ? first.path("code").asString() : WhatsAppMessages.text(first, "code");
            String title = WhatsAppMessages.text(first, "title");
            error = java.util.stream.Stream.of(code, title).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return Optional.of(new StatusReport(id, kind.get(), error == null || error.isEmpty() ? null : error));
    }
}

package io.atende.console;

import io.atende.conversation.ConversationEvent;
import io.atende.conversation.ConversationSummary;
import io.atende.conversation.ConversationView;
import io.atende.conversation.MessageView;
import io.atende.pack.PackSource;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * What the console shows, already labelled in pt-BR and formatted in the store's time zone. The pages
 * and the JSON the pages poll use these same records, so both render alike.
 */
@Component
class ConsoleViews {

    static final int PREVIEW_CHARS = 90;
    /** Replies whose delivery a poll reports again: statuses arrive seconds to hours after the reply is shown. */
    static final int RECENT_DELIVERIES = 50;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final PackSource pack;

    ConsoleViews(PackSource pack) {
        this.pack = pack;
    }

    /** The store's time zone, read per use so that an edited pack applies at once. */
    private ZoneId zone() {
        ZoneId zone = pack.current().identity().timezone();
        return zone == null ? ZoneId.systemDefault() : zone;
    }

    record Row(String id, String channel, String channelLabel, String contact, String preview, Instant lastMessageAt,
               String time, long messageCount, String handoffState, String handoffLabel, String status,
               String handoffReason, Instant handoffSince, String handoffSinceTime, String operator) {
    }

    /**
     * @param delivery      for a reply sent through a channel that reports back (WhatsApp): pending, sent, delivered,
     *                      read or failed; otherwise empty
     * @param deliveryLabel what the operator reads about it, in Portuguese (with the channel's error when it failed)
     * @param choices       the answers the reply offered the customer to tap, as they were shown
     * @param image         the link of the picture the reply showed, or null
     */
    record Line(long id, String direction, String author, String authorLabel, String text, Instant createdAt,
                String time, String delivery, String deliveryLabel, List<String> choices, String image) {
    }

    /** A reply's delivery as it is now: polled for the last replies, whose statuses change after they are shown. */
    record Delivery(long id, String delivery, String deliveryLabel) {
    }

    record Detail(String id, String channel, String channelLabel, String contact, String status, String journey,
                  Map<String, String> attributes, String handoffState, String handoffLabel, String handoffReason,
                  String handoffSinceTime, String operator, String createdTime, List<Line> messages,
                  List<TimelineEntry> timeline, String proactive, List<Delivery> deliveries) {
    }

    /** One line of the conversation's history as a person reads it: when, and what happened. */
    record TimelineEntry(long id, String type, String time, String text) {
    }

    Row row(ConversationSummary s) {
        return new Row(s.id().toString(), s.channel().wireName(), channelLabel(s.channel().wireName()), s.contact(),
                preview(s.lastText()), s.lastMessageAt(), format(SHORT, s.lastMessageAt()), s.messageCount(),
                s.handoffState(), handoffLabel(s.handoffState()), s.status(), s.handoff().reason(), s.handoff().since(),
                format(SHORT, s.handoff().since()), s.handoff().operator());
    }

    Line line(MessageView m) {
        String delivery = delivery(m);
        return new Line(m.id().value(), m.direction().wireName(), m.author(), authorLabel(m.author()),
                m.text() == null ? "" : m.text(), m.createdAt(), format(LONG, m.createdAt()), delivery,
                deliveryLabel(delivery, m.deliveryError()),
                m.choices().stream().map(c -> c.detail() == null ? c.title() : c.title() + " · " + c.detail()).toList(),
                m.image());
    }

    /** The delivery of a reply on a channel that reports it; empty for the web chat, the API and inbound messages. */
    private static String delivery(MessageView m) {
        return m.direction() == io.atende.conversation.Direction.OUTBOUND && m.channel().pushed()
                ? m.deliveryStatus() : "";
    }

    private static String deliveryLabel(String delivery, String error) {
        return switch (delivery) {
            case "pending" -> "enviando…";
            case "sent" -> "✓ enviada";
            case "delivered" -> "✓✓ entregue";
            case "read" -> "✓✓ lida";
            case "failed" -> error == null ? "não entregue" : "não entregue (" + error + ")";
            default -> "";
        };
    }

    /** The deliveries of the conversation's last replies on a channel that reports them, oldest first. */
    List<Delivery> deliveries(List<MessageView> messages) {
        return messages.stream().skip(Math.max(0, messages.size() - RECENT_DELIVERIES)).map(this::line)
                .filter(l -> !l.delivery().isEmpty())
                .map(l -> new Delivery(l.id(), l.delivery(), l.deliveryLabel()))
                .toList();
    }

    /**
     * The conversation's state with the given messages (all of them for the page, the new ones for a poll) and its
     * timeline.
     */
    Detail detail(ConversationView c, List<MessageView> messages, List<ConversationEvent> events) {
        return new Detail(c.id().toString(), c.channel().wireName(), channelLabel(c.channel().wireName()), c.contact(),
                c.status(), c.journey(), new TreeMap<>(c.attributes()), c.handoff().state(),
                handoffLabel(c.handoff().state()), c.handoff().reason(), format(SHORT, c.handoff().since()),
                c.handoff().operator(), format(LONG, c.createdAt()), messages.stream().map(this::line).toList(),
                events.stream().map(e -> new TimelineEntry(e.id(), e.type(), format(SHORT, e.createdAt()),
                        Timeline.describe(e))).filter(t -> t.text() != null).toList(),
                c.optedOut() ? "recusa desde " + format(SHORT, c.optedOutAt()) : "aceita", deliveries(c.messages()));
    }

    private String format(DateTimeFormatter f, Instant at) {
        return at == null ? "" : f.format(at.atZone(zone()));
    }

    static String preview(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= PREVIEW_CHARS ? flat : flat.substring(0, PREVIEW_CHARS - 1) + "…";
    }

    static String channelLabel(String channel) {
        return switch (channel) {
            case "webchat" -> "Web chat";
            case "whatsapp" -> "WhatsApp";
            case "api" -> "API";
            case "terminal" -> "Terminal";
            default -> channel;
        };
    }

    static String handoffLabel(String state) {
        return switch (state == null ? "none" : state) {
            case "none" -> "Agente virtual";
            case "requested" -> "Aguardando pessoa";
            case "human" -> "Com pessoa";
            default -> state;
        };
    }

    static String authorLabel(String author) {
        return switch (author == null ? "" : author) {
            case "customer" -> "Cliente";
            case "agent" -> "Agente virtual";
            case "operator" -> "Operador";
            default -> author;
        };
    }
}

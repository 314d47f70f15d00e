package io.atende.channel.whatsapp;

import io.atende.conversation.Channel;
import io.atende.conversation.DeliveryResult;
import io.atende.conversation.OutboundChannel;
import io.atende.conversation.OutboundMessage;
import io.atende.conversation.TypingNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers WhatsApp conversations' messages through the Graph API: a reply as text bubbles ({@link Bubbles}), with
 * the answers it offers as reply buttons or a list and its picture as an image ({@link GraphMessages}), to the
 * contact's wa_id as received. Outside the 24-hour customer service window (error 131047)
 * the pack's re-engagement template goes instead. Rate limits, 5xx and timeouts are retried by the outbox; other
 * Graph errors are permanent.
 */
public final class WhatsAppOutboundChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppOutboundChannel.class);

    /** "Re-engagement message": more than 24 hours since the customer last wrote. */
    static final String OUTSIDE_WINDOW = "131047";
    /**
     * Transient Graph errors (Meta's error code reference): 1 and 2 (API unknown / service), 4 (app rate limit),
     * 80007 (WABA rate limit), 130429 (throughput), 131000 (something went wrong), 131016 (service unavailable),
     * 131056 (pair rate limit: too many messages to one customer), 133004 (server temporarily unavailable).
     */
    static final Set<String> TRANSIENT = Set.of("1", "2", "4", "80007", "130429", "131000", "131016", "131056", "133004",
            "timeout", "io", "interrupted");

    private final GraphApi api;
    private final Supplier<String> reengagementTemplate;
    private final Supplier<String> listButton;
    private final String templateLanguage;

    /**
     * @param reengagementTemplate the approved template to send when the window closed (the pack's
     *                             {@code reengagement.whatsapp_template}); may supply null
     * @param listButton           the label of a list message's button (the pack's {@code whatsapp_list_button});
     *                             may supply null, and then more answers than fit in buttons go as text
     */
    public WhatsAppOutboundChannel(WhatsAppProperties properties, Supplier<String> reengagementTemplate,
                                   Supplier<String> listButton) {
        this.api = new GraphApi(properties);
        this.reengagementTemplate = reengagementTemplate;
        this.listButton = listButton;
        this.templateLanguage = properties.templateLanguage();
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public DeliveryResult send(OutboundMessage message) {
        List<String> sent = new ArrayList<>();
        try {
            return send(message, sent);
        } catch (IllegalArgumentException e) {
            // a message WhatsApp would refuse anyway (a bad template name, no recipient): no use retrying
            log.warn("message {} cannot be sent on WhatsApp: {}", message.id(), e.getMessage());
            return new DeliveryResult.Failed("invalid_message", sent);
        }
    }

    private DeliveryResult send(OutboundMessage message, List<String> sent) {
        if (message.template() != null) {
            return sendTemplate(message.recipient(), message.template(), sent);
        }
        List<Map<String, Object>> parts = GraphMessages.of(message, listButton.get());
        if (parts.isEmpty()) {
            return new DeliveryResult.Failed("empty_message", sent);
        }
        for (int i = message.firstPart(); i < parts.size(); i++) {
            GraphApi.Reply reply = api.sendMessage(parts.get(i));
            if (reply.ok()) {
                sent.add(reply.messageId());
            } else if (OUTSIDE_WINDOW.equals(reply.errorCode())) {
                String template = reengagementTemplate.get();
                if (template == null) {
                    return new DeliveryResult.Failed(OUTSIDE_WINDOW, sent);
                }
                log.debug("message {} is outside WhatsApp's 24-hour window; sending template {}", message.id(), template);
                return sendTemplate(message.recipient(), template, sent);
            } else {
                return refused(reply, sent);
            }
        }
        return new DeliveryResult.Sent(sent, null);
    }

    private DeliveryResult sendTemplate(String to, String template, List<String> sent) {
        GraphApi.Reply reply = api.sendMessage(GraphPayloads.template(to, template, templateLanguage, List.of()));
        if (!reply.ok()) {
            return refused(reply, sent);
        }
        sent.add(reply.messageId());
        return new DeliveryResult.Sent(sent, template);
    }

    private static DeliveryResult refused(GraphApi.Reply reply, List<String> sent) {
        boolean transientError = reply.status() == 429 || reply.status() == 0 || reply.status() >= 500
                || TRANSIENT.contains(reply.errorCode());
        return transientError ? new DeliveryResult.Retry(reply.errorCode(), sent, reply.retryAfter().orElse(null))
                : new DeliveryResult.Failed(reply.errorCode(), sent);
    }

    @Override
    public void typing(TypingNotice notice) {
        if (notice.lastInboundExternalId() == null) {
            return;
        }
        GraphApi.Reply reply = api.sendMessage(GraphPayloads.readWithTyping(notice.lastInboundExternalId()));
        if (!reply.ok()) {
            log.debug("typing indicator refused for conversation {}: error {}", notice.conversationId(), reply.errorCode());
        }
    }
}

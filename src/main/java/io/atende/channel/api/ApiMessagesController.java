package io.atende.channel.api;

import io.atende.conversation.Accepted;
import io.atende.conversation.Attachment;
import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.InboundMessage;
import io.atende.conversation.TurnReplies;
import io.atende.shared.ConversationId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API channel: {@code POST /api/v1/messages} and {@code GET /api/v1/conversations/{id}}. */
@RestController
@RequestMapping("/api/v1")
class ApiMessagesController {

    static final long MAX_WAIT_MS = 120_000;

    private final ConversationApi conversations;

    ApiMessagesController(ConversationApi conversations) {
        this.conversations = conversations;
    }

    /** {@code text} may be empty when the message carries attachments (a voice note, a photo). */
    record MessageRequest(String contact, String text, String id, List<AttachmentRequest> attachments) {
    }

    /** A file sent with a message: where it is ({@code url}: https or a base64 {@code data:} URL) and what it is. */
    record AttachmentRequest(String kind, String mimeType, String url, String caption) {
    }

    @PostMapping("/messages")
    ResponseEntity<ApiJson.MessageReceipt> post(@RequestBody MessageRequest body,
                                                @RequestParam(name = "wait", required = false) Long waitMs) {
        if (body == null) {
            throw new ApiException("body", "send a JSON object with contact and text");
        }
        if (body.contact() == null) {
            throw new ApiException("contact", "contact is required");
        }
        List<Attachment> attachments = ApiAttachments.read(body.attachments());
        if (body.text() == null && attachments.isEmpty()) {
            throw new ApiException("text", "text is required (or send attachments)");
        }
        if (waitMs != null && (waitMs < 0 || waitMs > MAX_WAIT_MS)) {
            throw new ApiException("wait", "wait must be between 0 and " + MAX_WAIT_MS + " milliseconds");
        }
        Accepted accepted = conversations.accept(new InboundMessage(Channel.API, body.contact(), body.id(),
                body.text() == null ? "" : body.text(), attachments, null));
        if (waitMs == null) {
            return ResponseEntity.accepted().body(ApiJson.MessageReceipt.of(accepted, null));
        }
        Optional<TurnReplies> replies = conversations.awaitReplies(accepted.messageId(), Duration.ofMillis(waitMs));
        return ResponseEntity.status(replies.isPresent() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(ApiJson.MessageReceipt.of(accepted, replies.orElse(null)));
    }

    @GetMapping("/conversations/{id}")
    ApiJson.Conversation conversation(@PathVariable("id") String id) {
        ConversationId conversationId;
        try {
            conversationId = ConversationId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException("id", "id must be a conversation id (a UUID)");
        }
        return conversations.find(conversationId).map(c -> ApiJson.Conversation.of(c, conversations.timeline(c.id())))
                .orElseThrow(() -> new ApiNotFoundException("no conversation " + id));
    }

    /** Recent conversations, newest first, for integrations that list them. */
    @GetMapping("/conversations")
    List<ApiJson.Summary> recent(@RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ApiException("limit", "limit must be between 1 and 500");
        }
        return conversations.recent(limit).stream().map(ApiJson.Summary::of).toList();
    }
}

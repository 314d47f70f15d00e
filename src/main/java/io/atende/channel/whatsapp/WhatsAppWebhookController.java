package io.atende.channel.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.conversation.DeliveryJournal;
import io.atende.security.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meta's webhook for the WhatsApp Cloud API at {@code /webhooks/whatsapp}: the verification handshake (GET) and
 * signed deliveries (POST). A delivery's signature is checked on the raw bytes before anything is parsed or
 * stored; a delivery that parses is kept in the delivery journal and acknowledged, and its messages are stored
 * right after from there (a repeated wamid once, {@link WhatsAppIntake}); the turns run afterwards.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
class WhatsAppWebhookController {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);

    private final DeliveryJournal journal;
    private final WhatsAppProperties properties;
    private final WhatsAppSignature signature;

    WhatsAppWebhookController(DeliveryJournal journal, WhatsAppProperties properties) {
        this.journal = journal;
        this.properties = properties;
        this.signature = properties.receives() ? new WhatsAppSignature(properties.appSecret()) : null;
    }

    /** What the webhook answers besides the handshake's challenge. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reply(String error, String message, Integer received, Integer statuses) {
        static Reply error(String error, String message) {
            return new Reply(error, message, null, null);
        }
    }

    @GetMapping
    ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                             @RequestParam(name = "hub.verify_token", required = false) String token,
                             @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (properties.verifyToken() == null) {
            return notConfigured("ATENDE_WHATSAPP_VERIFY_TOKEN");
        }
        if (!"subscribe".equals(mode) || token == null || challenge == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), properties.verifyToken().getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Reply.error("forbidden", "hub.mode must be subscribe and hub.verify_token the configured token"));
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping
    ResponseEntity<Reply> receive(HttpServletRequest request) throws IOException {
        if (signature == null) {
            return notConfigured("ATENDE_WHATSAPP_APP_SECRET");
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Reply.error("payload_too_large", e.getMessage()));
        }
        if (!signature.verifies(body, request.getHeader(WhatsAppSignature.HEADER))) {
            log.warn("WhatsApp webhook delivery with a missing or wrong signature refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Reply.error("invalid_signature",
                    WhatsAppSignature.HEADER + " must be sha256=<HMAC-SHA256 of the body with the app secret>"));
        }
        WhatsAppPayload payload;
        try {
            payload = WhatsAppPayload.parse(body);
        } catch (WhatsAppPayload.MalformedPayloadException e) {
            return ResponseEntity.badRequest().body(Reply.error("invalid_json", e.getMessage()));
        }
        try {
            journal.append(body);
        } catch (DeliveryJournal.JournalFullException e) {
            log.warn("WhatsApp delivery refused for now: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Reply.error("busy", e.getMessage()));
        } catch (IllegalArgumentException e) {
            // only with atende.security.max-body-bytes raised past what a journal record holds
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Reply.error("payload_too_large", e.getMessage()));
        }
        return ResponseEntity.ok(new Reply(null, null, payload.messages().size(), payload.statuses().size()));
    }

    private static ResponseEntity<Reply> notConfigured(String variable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Reply.error("whatsapp_not_configured",
                "the WhatsApp channel is not configured: set " + variable));
    }
}

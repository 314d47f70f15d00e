package io.atende.channel.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meta's webhook for the WhatsApp Cloud API at {@code /webhooks/whatsapp}: the verification handshake (GET). Signed
 * deliveries (POST) are answered before they reach a controller, by {@link WhatsAppWebhookFilter}.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
class WhatsAppWebhookController {

    private final WhatsAppProperties properties;

    WhatsAppWebhookController(WhatsAppProperties properties) {
        this.properties = properties;
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
                    .body(WhatsAppWebhookFilter.Reply.error("forbidden", "hub.mode must be subscribe and hub.verify_token the configured token"));
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    private static ResponseEntity<WhatsAppWebhookFilter.Reply> notConfigured(String variable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(WhatsAppWebhookFilter.Reply.notConfigured(variable));
    }
}

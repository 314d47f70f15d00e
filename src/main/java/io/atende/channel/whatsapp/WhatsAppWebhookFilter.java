package io.atende.channel.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.conversation.DeliveryJournal;
import io.atende.security.PayloadTooLargeException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's signed deliveries (POST {@code /webhooks/whatsapp}), answered here rather than by a controller: a
 * delivery needs no session, CSRF token or content negotiation, and at hundreds a second Spring Security's chain and
 * the dispatcher were most of a request thread's CPU, time that acknowledgements waited for on two cores. The
 * signature is checked on the raw bytes before anything is parsed or stored; a delivery that parses is kept in the
 * delivery journal and acknowledged, and its messages are stored right after from there (a repeated wamid once,
 * {@link WhatsAppIntake}). Runs after the body size limit; the handshake (GET) goes on to
 * {@link WhatsAppWebhookController}.
 */
final class WhatsAppWebhookFilter implements Filter {

    static final String PATH = "/webhooks/whatsapp";

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeliveryJournal journal;
    private final WhatsAppSignature signature;

    WhatsAppWebhookFilter(DeliveryJournal journal, WhatsAppProperties properties) {
        this.journal = journal;
        this.signature = properties.receives() ? new WhatsAppSignature(properties.appSecret()) : null;
    }

    /** What the webhook answers besides the handshake's challenge. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reply(String error, String message, Integer received, Integer statuses) {
        static Reply error(String error, String message) {
            return new Reply(error, message, null, null);
        }

        static Reply notConfigured(String variable) {
            return error("whatsapp_not_configured", "the WhatsApp channel is not configured: set " + variable);
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        // registered for exactly PATH, so the method is all there is to tell (a context path stays out of it)
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        if (signature == null) {
            answer(response, 503, Reply.notConfigured("ATENDE_WHATSAPP_APP_SECRET"));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            answer(response, 413, Reply.error("payload_too_large", e.getMessage()));
            return;
        }
        if (!signature.verifies(body, request.getHeader(WhatsAppSignature.HEADER))) {
            log.warn("WhatsApp webhook delivery with a missing or wrong signature refused");
            answer(response, 401, Reply.error("invalid_signature",
                    WhatsAppSignature.HEADER + " must be sha256=<HMAC-SHA256 of the body with the app secret>"));
            return;
        }
        accept(response, body);
    }

    /** A signed delivery: parsed, kept in the journal, acknowledged. */
    private void accept(HttpServletResponse response, byte[] body) throws IOException {
        WhatsAppPayload payload;
        try {
            payload = WhatsAppPayload.parse(body);
        } catch (WhatsAppPayload.MalformedPayloadException e) {
            answer(response, 400, Reply.error("invalid_json", e.getMessage()));
            return;
        }
        try {
            journal.append(body);
        } catch (DeliveryJournal.JournalFullException e) {
            log.warn("WhatsApp delivery refused for now: {}", e.getMessage());
            answer(response, 503, Reply.error("busy", e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            // only with atende.security.max-body-bytes raised past what a journal record holds
            answer(response, 413, Reply.error("payload_too_large", e.getMessage()));
            return;
        }
        answer(response, 200, new Reply(null, null, payload.messages().size(), payload.statuses().size()));
    }

    private static void answer(HttpServletResponse response, int status, Reply reply) throws IOException {
        byte[] json = JSON.writeValueAsBytes(reply);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}

package io.atende.channel.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

/** Meta's side of the webhook, for tests: payload files of src/test/resources/whatsapp, signed as Meta signs them. */
final class WebhookClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final WhatsAppSignature signature;
    private final Runnable afterAcknowledged;

    WebhookClient(int port, String appSecret) {
        this(port, appSecret, () -> { });
    }

    /** Meta's side for a server in this JVM: after each 200, waits until the journal has stored the delivery. */
    static WebhookClient awaitingJournal(int port, String appSecret, io.atende.conversation.DeliveryJournal journal) {
        return new WebhookClient(port, appSecret, () -> org.assertj.core.api.Assertions.assertThat(
                journal.awaitHandled(java.time.Duration.ofSeconds(10))).as("the journal handed the delivery on").isTrue());
    }

    /**
     * {@code afterAcknowledged} runs after every 200 to a POST: the server stores a delivery's messages after it
     * acknowledged it, from its journal, so tests that look at the database next wait for that.
     */
    WebhookClient(int port, String appSecret, Runnable afterAcknowledged) {
        this.base = "http://127.0.0.1:" + port + "/webhooks/whatsapp";
        this.signature = new WhatsAppSignature(appSecret);
        this.afterAcknowledged = afterAcknowledged;
    }

    /** A payload file with its {@code ${name}} placeholders filled in. */
    static String payload(String file, Map<String, String> values) {
        try (InputStream in = WebhookClient.class.getResourceAsStream("/whatsapp/" + file)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var e : values.entrySet()) {
                json = json.replace("${" + e.getKey() + "}", e.getValue());
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sign(String body) {
        return "sha256=" + HexFormat.of().formatHex(signature.sign(body.getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String body) {
        return post(body, sign(body));
    }

    HttpResponse<String> post(String body, String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signatureHeader != null) {
            request.header(WhatsAppSignature.HEADER, signatureHeader);
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() == 200) {
            afterAcknowledged.run();
        }
        return response;
    }

    HttpResponse<String> verify(String mode, String token, String challenge) {
        String query = "hub.mode=" + enc(mode) + "&hub.verify_token=" + enc(token) + "&hub.challenge=" + enc(challenge);
        return send(HttpRequest.newBuilder(URI.create(base + "?" + query)).GET().build());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.atende.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's transcription endpoint ({@code POST <baseUrl>/audio/transcriptions}, multipart {@code file} and {@code
 * model}), and any endpoint that speaks it. {@code gpt-4o-transcribe} models report tokens ({@code usage.type =
 * tokens}); {@code whisper-1} reports seconds, which is no token usage.
 */
public final class OpenAiTranscriber implements Transcriber {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param baseUrl the OpenAI-compatible base URL ({@code https://api.openai.com/v1})
     * @param apiKey  the key, or blank for an endpoint that needs none
     */
    public OpenAiTranscriber(String baseUrl, String apiKey, String model, Duration timeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.endpoint = URI.create(baseUrl.endsWith("/") ? baseUrl + "audio/transcriptions" : baseUrl + "/audio/transcriptions");
        this.apiKey = apiKey == null ? "" : apiKey.strip();
        this.model = Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("a transcription model is needed");
        }
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Transcription transcribe(byte[] audio, String mimeType, String fileName) {
        Objects.requireNonNull(audio, "audio");
        String boundary = "atende-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, audio, mimeType, fileName)));
        if (!apiKey.isEmpty()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ProviderFailures.io("openai", e, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.TIMEOUT, "openai: the transcription was interrupted");
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw ProviderFailures.status("openai", response.statusCode(), response.headers().map(), response.body());
        }
        return read(response.body());
    }

    private Transcription read(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new LlmException(LlmException.Kind.MALFORMED_RESPONSE,
                    "openai's transcription could not be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode text = root.path("text");
        if (!text.isString()) {
            throw new LlmException(LlmException.Kind.MALFORMED_RESPONSE, "openai's transcription had no text");
        }
        JsonNode usage = root.path("usage");
        Usage tokens = null;
        if ("tokens".equals(usage.path("type").asString("")) && usage.path("input_tokens").isNumber()) {
            tokens = Usage.reported(usage.path("input_tokens").asLong(), usage.path("output_tokens").asLong(0),
                    usage.path("input_token_details").path("cached_tokens").asLong(0));
        }
        return new Transcription(text.stringValue(), tokens, model);
    }

    private byte[] body(String boundary, byte[] audio, String mimeType, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "audio" : fileName.replaceAll("[\"\\r\\n]", "_");
        String type = mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType.replaceAll("[\\r\\n]", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream(audio.length + 512);
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\n" + model + "\r\n");
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"response_format\"\r\n\r\njson\r\n");
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        out.writeBytes(audio);
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

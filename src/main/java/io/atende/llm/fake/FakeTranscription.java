package io.atende.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI transcription: {@code POST /v1/audio/transcriptions}, a multipart form with {@code file} and {@code model},
 * answered with {@code {"text": ..., "usage": {"type": "tokens", ...}}} as {@code gpt-4o-mini-transcribe} reports.
 */
final class FakeTranscription {

    private static final OpenAiWire ERRORS = new OpenAiWire();

    private FakeTranscription() {
    }

    static void handle(HttpExchange exchange, String path, byte[] body, String key, FakeLlmServer server)
            throws IOException {
        String boundary = Multipart.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
        List<Multipart.Part> parts;
        try {
            if (boundary == null) {
                throw new IllegalArgumentException("not multipart/form-data");
            }
            parts = Multipart.parse(body, boundary);
        } catch (IllegalArgumentException notMultipart) {
            server.keepReceived(new FakeLlmServer.Received(exchange.getRequestMethod(), path,
                    new String(body, StandardCharsets.UTF_8), !key.isEmpty()));
            fail(exchange, path, server, 400, "the request must be multipart/form-data with 'file' and 'model'");
            return;
        }
        server.keepReceived(new FakeLlmServer.Received(exchange.getRequestMethod(), path,
                String.join("\n", FakeLlmServer.lines(parts)), !key.isEmpty()));
        Multipart.Part file = parts.stream().filter(p -> "file".equals(p.name()) && p.fileName() != null).findFirst().orElse(null);
        boolean model = parts.stream().anyMatch(p -> "model".equals(p.name()) && !p.text().isBlank());
        if (file == null || !model) {
            fail(exchange, path, server, 400, file == null ? "'file' is required" : "'model' is required");
            return;
        }
        FakeReply reply = server.next();
        if (reply == null) {
            String text = FakeLlmServer.defaultTranscript(file.fileName());
            reply = new FakeReply.Text(text, FakeUsage.of(Math.max(1, file.bytes().length / 1000),
                    FakeLlmServer.tokens(text.length())));
        }
        serve(exchange, path, server, reply, key);
    }

    private static void serve(HttpExchange exchange, String path, FakeLlmServer server, FakeReply reply, String key)
            throws IOException {
        switch (reply) {
            case FakeReply.Delayed delayed -> {
                FakeLlmServer.pause(delayed);
                serve(exchange, path, server, delayed.then(), key);
            }
            case FakeReply.Status status -> {
                server.answer(path, status.status(), null);
                FakeHttp.send(exchange, status.status(), "application/json", status.headers(),
                        Objects.requireNonNullElseGet(status.body(), () -> ERRORS.error(status.status(), key)));
            }
            case FakeReply.Malformed malformed -> {
                server.answer(path, 200, null);
                FakeHttp.json(exchange, 200, malformed.body());
            }
            case FakeReply.Text text -> {
                server.answer(path, 200, text.usage());
                ObjectNode root = ChatWire.JSON.createObjectNode().put("text", text.text());
                if (text.usage() != null) {
                    ObjectNode usage = root.putObject("usage");
                    usage.put("type", "tokens");
                    usage.put("input_tokens", text.usage().inputTokens());
                    usage.putObject("input_token_details").put("text_tokens", 0)
                            .put("audio_tokens", text.usage().inputTokens());
                    usage.put("output_tokens", text.usage().outputTokens());
                    usage.put("total_tokens", text.usage().inputTokens() + text.usage().outputTokens());
                }
                FakeHttp.json(exchange, 200, ChatWire.JSON.writeValueAsString(root));
            }
            case FakeReply.ToolCalls calls ->
                    fail(exchange, path, server, 500, "fake-llm: a transcription cannot be answered with tool calls");
        }
    }

    private static void fail(HttpExchange exchange, String path, FakeLlmServer server, int status, String message)
            throws IOException {
        server.answer(path, status, null);
        ObjectNode root = ChatWire.JSON.createObjectNode();
        root.putObject("error").put("message", message).put("type", "invalid_request_error").putNull("param")
                .putNull("code");
        FakeHttp.json(exchange, status, ChatWire.JSON.writeValueAsString(root));
    }
}

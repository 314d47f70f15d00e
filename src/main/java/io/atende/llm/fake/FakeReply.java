package io.atende.llm.fake;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One scripted answer of {@link FakeLlmServer}; whichever protocol is called next takes it. */
public sealed interface FakeReply {

    /** A text answer; {@code usage == null} leaves the usage out of the answer. */
    record Text(String text, FakeUsage usage) implements FakeReply {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The model asks for tools; {@code usage == null} leaves the usage out. */
    record ToolCalls(List<Call> calls, FakeUsage usage) implements FakeReply {
        public ToolCalls {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("at least one tool call");
            }
        }
    }

    /** One tool call; {@code argumentsJson} is sent as the model wrote it (a JSON object's text). */
    record Call(String name, String argumentsJson) {
        public Call {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(argumentsJson, "argumentsJson");
        }
    }

    /**
     * An HTTP failure. {@code body == null} sends the protocol's own error JSON for the status (the 401 one quotes
     * the key it was sent, as providers do, so tests can prove an adapter keeps it out of its messages).
     */
    record Status(int status, String body, Map<String, String> headers) implements FakeReply {
        public Status {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("a failure status is 4xx or 5xx: " + status);
            }
            headers = Map.copyOf(headers);
        }
    }

    /** Waits, then answers with {@code then} (a client with a shorter timeout gives up first). */
    record Delayed(Duration delay, FakeReply then) implements FakeReply {
        public Delayed {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(then, "then");
        }
    }

    /**
     * 200 with {@code body} as it is instead of the protocol's answer — text that is not JSON, or JSON of another
     * shape; a streaming call gets one event carrying it.
     */
    record Malformed(String body) implements FakeReply {
        public Malformed {
            Objects.requireNonNull(body, "body");
        }
    }

    static Text text(String text, FakeUsage usage) {
        return new Text(text, usage);
    }

    /** A text answer without any usage. */
    static Text textWithoutUsage(String text) {
        return new Text(text, null);
    }

    static ToolCalls toolCall(String name, String argumentsJson, FakeUsage usage) {
        return new ToolCalls(List.of(new Call(name, argumentsJson)), usage);
    }

    static Status status(int status) {
        return new Status(status, null, Map.of());
    }

    /** 429 with {@code Retry-After: seconds}. */
    static Status rateLimited(long retryAfterSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString(retryAfterSeconds));
        return new Status(429, null, headers);
    }

    static Status serverError() {
        return status(500);
    }

    static Status unauthorized() {
        return status(401);
    }

    static Delayed delayed(Duration delay, FakeReply then) {
        return new Delayed(delay, then);
    }

    static Malformed malformed() {
        return new Malformed("<html><body>502 Bad Gateway</body></html>");
    }
}

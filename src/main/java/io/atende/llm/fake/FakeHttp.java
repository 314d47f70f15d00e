package io.atende.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writing answers: one JSON body, or a stream of lines flushed one by one. */
final class FakeHttp {

    private FakeHttp() {
    }

    static void send(HttpExchange exchange, int status, String contentType, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", Map.of(), body);
    }

    /** Starts a chunked 200 answer of {@code contentType}. */
    static Stream stream(HttpExchange exchange, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        return new Stream(exchange.getResponseBody());
    }

    /** A streamed answer: server-sent events or JSON lines, each flushed as written. */
    static final class Stream implements AutoCloseable {
        private final OutputStream out;

        private Stream(OutputStream out) {
            this.out = out;
        }

        /** {@code data: ...} and a blank line. */
        void data(String data) throws IOException {
            write("data: " + data + "\n\n");
        }

        /** {@code event: ...}, {@code data: ...} and a blank line. */
        void event(String event, String data) throws IOException {
            write("event: " + event + "\ndata: " + data + "\n\n");
        }

        /** One line of newline-delimited JSON. */
        void line(String json) throws IOException {
            write(json + "\n");
        }

        private void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

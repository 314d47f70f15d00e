package io.atende.llm.fake;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for the model providers that speaks their wire protocols over real HTTP on the loopback
 * interface: OpenAI chat completions ({@code POST /v1/chat/completions}), Anthropic messages ({@code POST
 * /v1/messages}), Ollama chat ({@code POST /api/chat}) and OpenAI transcription ({@code POST
 * /v1/audio/transcriptions}), each plain or streaming as the request asks. Used by the adapter tests, by
 * benchmarks, and by {@code ./atende fake-llm} for trying the product without a key.
 *
 * <p>Answers are scripted with {@link #enqueue}; whichever protocol is called next takes the next one. With
 * nothing queued the answer is deterministic: for a chat, {@link #defaultText} of the last user message, with
 * {@code inputTokens = }{@link #tokens}{@code (characters of every message's text, system prompt included)} and
 * {@code outputTokens = tokens(characters of the answer)}; for a transcription, {@link #defaultTranscript} of the
 * file name with {@code inputTokens = max(1, audio bytes / 1000)}.
 *
 * <p>{@link #received()} keeps what was asked (never the key: only whether one was presented) and {@link
 * #answered()} what usage each answer carried; both keep the latest {@value #KEPT}.
 */
public final class FakeLlmServer implements AutoCloseable {

    /**
     * One request as it arrived.
     *
     * @param body       the request's JSON text; for a transcription its form fields, one {@code name=value} a line,
     *                   the file given as {@code file=NAME (N bytes, TYPE)}
     * @param authHeader whether an {@code Authorization} or {@code x-api-key} header was present and not blank
     */
    public record Received(String method, String path, String body, boolean authHeader) {
    }

    /**
     * One answer as sent.
     *
     * @param usage the usage the answer carried, {@code null} when it carried none (failures, malformed bodies,
     *              scripted answers without usage, OpenAI streams without {@code include_usage})
     */
    public record Answered(String path, int status, FakeUsage usage) {
    }

    static final int KEPT = 10_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<FakeReply> script = new ConcurrentLinkedDeque<>();
    private final Deque<Received> received = new ArrayDeque<>();
    private final Deque<Answered> answered = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final ChatWire openAi = new OpenAiWire();
    private final ChatWire anthropic = new AnthropicWire();
    private final ChatWire ollama = new OllamaWire();
    private volatile Consumer<Answered> onAnswer = answer -> { };

    private FakeLlmServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicLong threads = new AtomicLong();
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-llm-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts on a free port of the loopback interface. */
    public static FakeLlmServer start() {
        return start(0);
    }

    /** Starts on {@code port} of the loopback interface ({@code 0}: a free one). */
    public static FakeLlmServer start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        try {
            return new FakeLlmServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException("fake-llm could not listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}: the Ollama base URL. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    /** {@code http://127.0.0.1:PORT/v1}: the base URL of an OpenAI-compatible client. */
    public String openAiBaseUrl() {
        return baseUrl() + "/v1";
    }

    /** {@code http://127.0.0.1:PORT/v1}: the base URL of an Anthropic client. */
    public String anthropicBaseUrl() {
        return baseUrl() + "/v1";
    }

    /** {@code http://127.0.0.1:PORT}: the base URL of an Ollama client. */
    public String ollamaBaseUrl() {
        return baseUrl();
    }

    /** Queues answers; each call of any protocol takes the next one, and an empty queue gives the default. */
    public FakeLlmServer enqueue(FakeReply... replies) {
        for (FakeReply reply : replies) {
            script.addLast(Objects.requireNonNull(reply, "reply"));
        }
        return this;
    }

    /** Answers not taken yet. */
    public int pending() {
        return script.size();
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<Answered> answered() {
        synchronized (answered) {
            return List.copyOf(answered);
        }
    }

    /** Forgets queued answers and what was received and answered. */
    public void reset() {
        script.clear();
        synchronized (received) {
            received.clear();
        }
        synchronized (answered) {
            answered.clear();
        }
    }

    /** Told of each answer as it goes out (the command prints them). */
    public void onAnswer(Consumer<Answered> listener) {
        this.onAnswer = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The default chat answer's text for a user message (at most its first 200 characters are quoted). */
    public static String defaultText(String lastUserMessage) {
        // the LLM engine fences the customer's words in tags; the echo shows the words alone
        String said = lastUserMessage == null ? "" : lastUserMessage.replaceAll("</?[\\w-]+>", " ")
                .replaceAll("\\s+", " ").strip();
        if (said.isEmpty()) {
            return "Olá! Esta é uma resposta de teste do fake-llm.";
        }
        if (said.length() > 200) {
            said = said.substring(0, 200) + "…";
        }
        return "Olá! Esta é uma resposta de teste do fake-llm para: \"" + said + "\"";
    }

    /** The default transcription of an audio file. */
    public static String defaultTranscript(String fileName) {
        return "Transcrição de teste do fake-llm para o áudio " + (fileName == null ? "sem nome" : fileName) + ".";
    }

    /** The default answers' token count for a number of characters: a quarter of them, at least 1. */
    public static long tokens(long characters) {
        return Math.max(1, characters / 4);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Headers headers = exchange.getRequestHeaders();
            String key = presentedKey(headers);
            ChatWire wire = path.endsWith("/chat/completions") ? openAi
                    : path.endsWith("/messages") ? anthropic
                    : path.endsWith("/api/chat") ? ollama
                    : null;
            boolean transcription = path.endsWith("/audio/transcriptions");
            if (!transcription) {
                keep(received, new Received(exchange.getRequestMethod(), path, new String(body, StandardCharsets.UTF_8),
                        !key.isEmpty()));
            }
            if (wire == null && !transcription) {
                answer(path, 404, null);
                FakeHttp.json(exchange, 404, "{\"error\":{\"message\":\"fake-llm has no " + path.replace("\"", "")
                        + "\",\"type\":\"invalid_request_error\"}}");
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                answer(path, 405, null);
                FakeHttp.json(exchange, 405, (wire == null ? openAi : wire).error(405, ""));
            } else if (transcription) {
                FakeTranscription.handle(exchange, path, body, key, this);
            } else {
                chat(exchange, path, wire, body, key);
            }
        } catch (IOException clientGone) {
            // the client stopped waiting (a timeout test) or went away mid-stream: nothing to answer to
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                System.err.println("fake-llm: " + e);
            }
        }
    }

    private void chat(HttpExchange exchange, String path, ChatWire wire, byte[] body, String key) throws IOException {
        FakeChat chat;
        try {
            JsonNode json = ChatWire.JSON.readTree(body);
            chat = wire.read(json);
        } catch (JacksonException | IllegalArgumentException notARequest) {
            answer(path, 400, null);
            FakeHttp.json(exchange, 400, wire.error(400, ""));
            return;
        }
        FakeReply reply = script.pollFirst();
        if (reply == null) {
            String text = defaultText(chat.lastUser());
            reply = new FakeReply.Text(text, FakeUsage.of(tokens(chat.characters()), tokens(text.length())));
        }
        serve(exchange, path, wire, chat, reply, key);
    }

    private void serve(HttpExchange exchange, String path, ChatWire wire, FakeChat chat, FakeReply reply, String key)
            throws IOException {
        switch (reply) {
            case FakeReply.Delayed delayed -> {
                pause(delayed);
                serve(exchange, path, wire, chat, delayed.then(), key);
            }
            case FakeReply.Status status -> {
                answer(path, status.status(), null);
                String body = status.body() != null ? status.body() : wire.error(status.status(), key);
                FakeHttp.send(exchange, status.status(), "application/json", status.headers(), body);
            }
            case FakeReply.Malformed malformed -> {
                answer(path, 200, null);
                wire.malformed(exchange, chat, malformed.body());
            }
            case FakeReply.Text text -> {
                answer(path, 200, wire.reported(chat, text.usage()));
                wire.answer(exchange, chat, text, ids.incrementAndGet());
            }
            case FakeReply.ToolCalls calls -> {
                answer(path, 200, wire.reported(chat, calls.usage()));
                wire.answer(exchange, chat, calls, ids.incrementAndGet());
            }
        }
    }

    FakeReply next() {
        return script.pollFirst();
    }

    void keepReceived(Received request) {
        keep(received, request);
    }

    /** Recorded before the answer is written, so a client that has read it always finds it in {@link #answered}. */
    void answer(String path, int status, FakeUsage usage) {
        Answered answer = new Answered(path, status, usage);
        keep(answered, answer);
        onAnswer.accept(answer);
    }

    static void pause(FakeReply.Delayed delayed) throws IOException {
        try {
            Thread.sleep(delayed.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("fake-llm is closing", e);
        }
    }

    private static <T> void keep(Deque<T> deque, T item) {
        synchronized (deque) {
            deque.addLast(item);
            if (deque.size() > KEPT) {
                deque.pollFirst();
            }
        }
    }

    /** The key the client presented, for the 401 answer only; never kept. */
    private static String presentedKey(Headers headers) {
        String apiKey = headers.getFirst("x-api-key");
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.strip();
        }
        String authorization = headers.getFirst("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return "";
        }
        String value = authorization.strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : value;
    }

    static List<String> lines(List<Multipart.Part> parts) {
        List<String> lines = new ArrayList<>();
        for (Multipart.Part part : parts) {
            lines.add(part.fileName() == null ? part.name() + "=" + part.text()
                    : part.name() + "=" + part.fileName() + " (" + part.bytes().length + " bytes, "
                    + (part.contentType() == null ? "no type" : part.contentType()) + ")");
        }
        return lines;
    }
}

package io.atende.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP exchange under LangChain4j's models: one request, no retries, on the caller's thread. Unlike
 * LangChain4j's own client it keeps what the gateway needs of a failure — the status, the provider's error code
 * and {@code Retry-After} — and turns it into an {@link LlmException} at once, so the kind never depends on how a
 * model class rewraps it. An answer that goes silent for the timeout after its headers (the JDK's request timeout
 * ends there) is cut off as a timeout.
 */
final class ProviderHttpClient implements HttpClient {

    private static final int ERROR_BODY_LIMIT = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String provider;
    private final java.net.http.HttpClient http;
    private final Duration timeout;

    private ProviderHttpClient(String provider, Duration connectTimeout, Duration timeout) {
        this.provider = provider;
        this.timeout = timeout;
        this.http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A builder for a model's {@code httpClientBuilder(...)}; the model's own timeout settings reach it. */
    static HttpClientBuilder builder(String provider, Duration timeout) {
        return new Builder(provider, timeout);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<InputStream> response;
        String body;
        try {
            response = http.send(toJdk(request), HttpResponse.BodyHandlers.ofInputStream());
            try (IdleTimeoutInputStream in = new IdleTimeoutInputStream(response.body(), timeout)) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw ProviderFailures.io(provider, e, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw ProviderFailures.status(provider, response.statusCode(), response.headers().map(), body);
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(response.statusCode())
                .headers(response.headers().map())
                .body(body)
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(toJdk(request), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            listener.onError(ProviderFailures.io(provider, e, timeout));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.onError(interrupted());
            return;
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "";
            }
            listener.onError(ProviderFailures.status(provider, response.statusCode(), response.headers().map(), body));
            return;
        }
        listener.onOpen(SuccessfulHttpResponse.builder()
                .statusCode(response.statusCode())
                .headers(response.headers().map())
                .build());
        EventGuard guarded = new EventGuard(listener);
        try (IdleTimeoutInputStream in = new IdleTimeoutInputStream(response.body(), timeout)) {
            parser.parse(in, guarded);
            if (in.expired()) {
                listener.onError(ProviderFailures.io(provider, in.timeoutException(), timeout));
                return;
            }
            if (guarded.failure != null) {
                listener.onError(ProviderFailures.unexpected(provider, guarded.failure, timeout));
                return;
            }
        } catch (IOException e) {
            listener.onError(ProviderFailures.io(provider, e, timeout));
            return;
        }
        listener.onClose();
    }

    /**
     * Stands between the parser and the model's listener: an event that is not JSON, or that the listener cannot
     * read, ends the answer as malformed — LangChain4j's listeners log and drop such events (Anthropic's skips any
     * that does not start with a brace), which would turn a broken answer into a short one.
     */
    private static final class EventGuard implements ServerSentEventListener {
        private final ServerSentEventListener delegate;
        private RuntimeException failure;

        EventGuard(ServerSentEventListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            if (readable(event)) {
                try {
                    delegate.onEvent(event, context);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            if (readable(event)) {
                try {
                    delegate.onEvent(event);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }

        private boolean readable(ServerSentEvent event) {
            if (failure != null) {
                return false;
            }
            String data = event.data() == null ? "" : event.data().strip();
            if (data.isEmpty() || data.equals("[DONE]")) {
                return true;
            }
            try {
                JSON.readTree(data);
                return true;
            } catch (JacksonException notJson) {
                failure = notJson;
                return false;
            }
        }

        @Override
        public void onError(Throwable error) {
            if (failure == null) {
                failure = error instanceof RuntimeException r ? r : new RuntimeException(error);
            }
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        if (!request.formDataFiles().isEmpty() || !request.formDataFields().isEmpty()) {
            throw new LlmException(LlmException.Kind.INVALID_REQUEST, provider + ": form uploads are not sent this way");
        }
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(timeout);
        request.headers().forEach((name, values) -> {
            if (values != null && !isRestricted(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        return builder.build();
    }

    /** Headers the JDK client sets itself and refuses to be given. */
    private static boolean isRestricted(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("content-length") || lower.equals("host") || lower.equals("connection")
                || lower.equals("expect") || lower.equals("upgrade");
    }

    private LlmException interrupted() {
        return new LlmException(LlmException.Kind.TIMEOUT, provider + ": the call was interrupted");
    }

    private static final class Builder implements HttpClientBuilder {
        private final String provider;
        private Duration connectTimeout;
        private Duration readTimeout;

        Builder(String provider, Duration timeout) {
            this.provider = provider;
            this.connectTimeout = timeout;
            this.readTimeout = timeout;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new ProviderHttpClient(provider, connectTimeout, readTimeout);
        }
    }
}

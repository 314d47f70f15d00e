package io.atende.knowledge.embedding;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any OpenAI-compatible {@code POST /v1/embeddings} endpoint (OpenAI, Azure's compatible route, vLLM, Ollama,
 * LiteLLM): {@code {"model", "input": [texts]}} in, {@code {"data": [{"index", "embedding"}]}} out. An error
 * status or a timeout becomes an {@link EmbeddingException} naming the endpoint and what it said.
 */
public final class OpenAiCompatibleEmbedder implements Embedder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR_CHARS = 200;

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final int batchSize;
    private final HttpClient http;
    private volatile int dimensions;

    /**
     * @param baseUrl the API root including {@code /v1}, e.g. {@code https://api.openai.com/v1}
     * @param apiKey  sent as a Bearer token; {@code null} or blank for local servers without one
     */
    public OpenAiCompatibleEmbedder(String baseUrl, String apiKey, String model, Duration timeout, int batchSize) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/embeddings");
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.batchSize = batchSize;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String id() {
        return "openai:" + endpoint + "#" + model;
    }

    /** Known after the first answer (the endpoint decides); 0 before. */
    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null && !texts.get(i).isBlank()) { // endpoints reject empty input
                positions.add(i);
            }
        }
        for (int from = 0; from < positions.size(); from += batchSize) {
            List<Integer> batch = positions.subList(from, Math.min(positions.size(), from + batchSize));
            List<float[]> vectors = request(batch.stream().map(texts::get).toList());
            for (int i = 0; i < batch.size(); i++) {
                out[batch.get(i)] = vectors.get(i);
            }
        }
        return Arrays.asList(out);
    }

    private List<float[]> request(List<String> inputs) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        inputs.forEach(body.putArray("input")::add);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response = io.atende.shared.CpuGate.whileWaiting(() -> send(request.build()));
        if (response.statusCode() / 100 != 2) {
            throw new EmbeddingException("embedding endpoint " + endpoint + " answered HTTP " + response.statusCode()
                    + ": " + errorMessage(response.body()));
        }
        return vectors(response.body(), inputs.size());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new EmbeddingException("embedding endpoint " + endpoint + " did not answer within " + timeout.toMillis()
                    + " ms", e);
        } catch (IOException e) {
            throw new EmbeddingException("embedding endpoint " + endpoint + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted while waiting for " + endpoint, e);
        }
    }

    private List<float[]> vectors(String body, int expected) {
        try {
            JsonNode data = JSON.readTree(body).path("data");
            if (!data.isArray() || data.size() != expected) {
                throw new EmbeddingException("embedding endpoint " + endpoint + " sent " + (data.isArray() ? data.size() : 0)
                        + " embeddings for " + expected + " inputs");
            }
            float[][] out = new float[expected][];
            for (JsonNode item : data) {
                int index = item.path("index").asInt(-1);
                JsonNode values = item.path("embedding");
                if (index < 0 || index >= expected || !values.isArray() || values.isEmpty()) {
                    throw new EmbeddingException("embedding endpoint " + endpoint + " sent an item without index or embedding");
                }
                float[] v = new float[values.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) values.get(i).asDouble();
                }
                dimensions = v.length;
                out[index] = Embedder.normalize(v);
            }
            return Arrays.asList(out);
        } catch (JacksonException e) {
            throw new EmbeddingException("embedding endpoint " + endpoint + " sent invalid JSON", e);
        }
    }

    /** OpenAI's {@code {"error": {"message": ...}}}, else the start of the body. */
    private static String errorMessage(String body) {
        try {
            JsonNode message = JSON.readTree(body).path("error").path("message");
            if (message.isString()) {
                return message.asString();
            }
        } catch (JacksonException e) {
            // not JSON: show the text itself
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) + "..." : text;
    }
}

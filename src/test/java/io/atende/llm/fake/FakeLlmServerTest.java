package io.atende.llm.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fake's wire protocols as a plain HTTP client sees them. */
class FakeLlmServerTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String OPENAI_BODY = """
            {"model":"gpt-test","messages":[{"role":"system","content":"Seja breve."},{"role":"user","content":"Oi, tudo bem?"}]}""";
    static final String ANTHROPIC_BODY = """
            {"model":"claude-test","max_tokens":100,"system":"Seja breve.","messages":[{"role":"user","content":"Oi, tudo bem?"}]}""";

    FakeLlmServer fake;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        fake = FakeLlmServer.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerTheDefaultReplyWithUsagePredictableFromTheCharacters() throws Exception {
        JsonNode answer = JSON.readTree(post("/v1/chat/completions", OPENAI_BODY).body());

        String text = FakeLlmServer.defaultText("Oi, tudo bem?");
        assertThat(text).contains("Oi, tudo bem?");
        assertThat(answer.at("/choices/0/message/content").asString()).isEqualTo(text);
        assertThat(answer.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
        long prompt = FakeLlmServer.tokens("Seja breve.".length() + "Oi, tudo bem?".length());
        assertThat(prompt).isEqualTo(6);
        assertThat(answer.at("/usage/prompt_tokens").asLong()).isEqualTo(prompt);
        assertThat(answer.at("/usage/completion_tokens").asLong()).isEqualTo(FakeLlmServer.tokens(text.length()));
        assertThat(answer.at("/usage/total_tokens").asLong()).isEqualTo(prompt + FakeLlmServer.tokens(text.length()));
        assertThat(answer.at("/usage/prompt_tokens_details/cached_tokens").asLong()).isZero();
        assertThat(fake.answered()).singleElement().isEqualTo(new FakeLlmServer.Answered("/v1/chat/completions", 200,
                FakeUsage.of(prompt, FakeLlmServer.tokens(text.length()))));
    }

    @Test
    void shouldGiveQueuedRepliesInOrderToWhicheverProtocolIsCalled() throws Exception {
        fake.enqueue(FakeReply.text("primeira", FakeUsage.of(10, 2)), FakeReply.text("segunda", null));

        JsonNode anthropic = JSON.readTree(post("/v1/messages", ANTHROPIC_BODY).body());
        JsonNode openAi = JSON.readTree(post("/v1/chat/completions", OPENAI_BODY).body());

        assertThat(anthropic.at("/content/0/text").asString()).isEqualTo("primeira");
        assertThat(anthropic.at("/usage/input_tokens").asLong()).isEqualTo(10);
        assertThat(openAi.at("/choices/0/message/content").asString()).isEqualTo("segunda");
        assertThat(openAi.has("usage")).isFalse();
        assertThat(fake.pending()).isZero();
    }

    @Test
    void shouldNeverKeepTheKeyOnlyWhetherOneWasPresented() throws Exception {
        post("/v1/chat/completions", OPENAI_BODY, "Authorization", "Bearer sk-very-secret");
        post("/v1/messages", ANTHROPIC_BODY, "x-api-key", "sk-ant-very-secret", "anthropic-version", "2023-06-01");
        post("/v1/chat/completions", OPENAI_BODY);

        assertThat(fake.received()).extracting(FakeLlmServer.Received::authHeader).containsExactly(true, true, false);
        assertThat(fake.received().toString()).doesNotContain("very-secret");
    }

    @Test
    void shouldQuoteThePresentedKeyIn401AnswersAsProvidersDo() throws Exception {
        fake.enqueue(FakeReply.unauthorized());

        HttpResponse<String> response = post("/v1/chat/completions", OPENAI_BODY, "Authorization", "Bearer sk-quoted");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).at("/error/code").asString()).isEqualTo("invalid_api_key");
        assertThat(response.body()).contains("sk-quoted");
    }

    @Test
    void shouldSendRetryAfterWithA429() throws Exception {
        fake.enqueue(FakeReply.rateLimited(12));

        HttpResponse<String> response = post("/v1/messages", ANTHROPIC_BODY);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("12");
        assertThat(JSON.readTree(response.body()).at("/error/type").asString()).isEqualTo("rate_limit_error");
        assertThat(fake.answered()).singleElement().isEqualTo(new FakeLlmServer.Answered("/v1/messages", 429, null));
    }

    @Test
    void shouldStreamOpenAiChunksEndingWithTheUsageOnlyWhenAskedAndDone() throws Exception {
        fake.enqueue(FakeReply.text("Olá mundo bonito", FakeUsage.of(7, 3)), FakeReply.text("Olá", FakeUsage.of(7, 3)));
        String streamWithUsage = OPENAI_BODY.replace("{\"model\"", "{\"stream\":true,\"stream_options\":{\"include_usage\":true},\"model\"");
        String streamWithout = OPENAI_BODY.replace("{\"model\"", "{\"stream\":true,\"model\"");

        HttpResponse<String> withUsage = post("/v1/chat/completions", streamWithUsage);
        HttpResponse<String> without = post("/v1/chat/completions", streamWithout);

        assertThat(withUsage.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        List<String> data = withUsage.body().lines().filter(l -> l.startsWith("data: ")).map(l -> l.substring(6)).toList();
        assertThat(data.getLast()).isEqualTo("[DONE]");
        String pieces = data.stream().filter(d -> !d.equals("[DONE]")).map(JSON::readTree)
                .map(n -> n.at("/choices/0/delta/content").asString("")).reduce("", String::concat);
        assertThat(pieces).isEqualTo("Olá mundo bonito");
        JsonNode usageChunk = JSON.readTree(data.get(data.size() - 2));
        assertThat(usageChunk.path("choices")).isEmpty();
        assertThat(usageChunk.at("/usage/prompt_tokens").asLong()).isEqualTo(7);
        assertThat(without.body()).doesNotContain("prompt_tokens");
        assertThat(fake.answered()).extracting(FakeLlmServer.Answered::usage).containsExactly(FakeUsage.of(7, 3), null);
    }

    @Test
    void shouldStreamAnthropicEventsInTheProtocolsOrder() throws Exception {
        fake.enqueue(FakeReply.text("Olá mundo", new FakeUsage(100, 4, 60, 10)));

        String body = post("/v1/messages", ANTHROPIC_BODY.replace("{\"model\"", "{\"stream\":true,\"model\"")).body();

        List<String> events = body.lines().filter(l -> l.startsWith("event: ")).map(l -> l.substring(7)).toList();
        assertThat(events).containsExactly("message_start", "ping", "content_block_start", "content_block_delta",
                "content_block_delta", "content_block_stop", "message_delta", "message_stop");
        JsonNode start = JSON.readTree(body.lines().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow().substring(6));
        assertThat(start.at("/message/usage/input_tokens").asLong()).isEqualTo(30);
        assertThat(start.at("/message/usage/cache_read_input_tokens").asLong()).isEqualTo(60);
        assertThat(start.at("/message/usage/cache_creation_input_tokens").asLong()).isEqualTo(10);
        assertThat(body).contains("\"usage\":{\"output_tokens\":4}");
    }

    @Test
    void shouldAnswerOllamaWithJsonLinesUnlessToldNotToStream() throws Exception {
        String request = """
                {"model":"llama","messages":[{"role":"user","content":"Oi"}]}""";
        fake.enqueue(FakeReply.text("Olá você", FakeUsage.of(5, 2)));

        List<JsonNode> lines = post("/api/chat", request).body().lines().map(JSON::readTree).toList();

        assertThat(lines).extracting(n -> n.at("/message/content").asString()).containsExactly("Olá ", "você", "");
        assertThat(lines.getLast().path("done").asBoolean()).isTrue();
        assertThat(lines.getLast().path("prompt_eval_count").asLong()).isEqualTo(5);
        assertThat(lines.getLast().path("eval_count").asLong()).isEqualTo(2);
        JsonNode plain = JSON.readTree(post("/api/chat", request.replace("{\"model\"", "{\"stream\":false,\"model\"")).body());
        assertThat(plain.path("done").asBoolean()).isTrue();
    }

    @Test
    void shouldWriteToolCallsInEachProtocolsShape() throws Exception {
        FakeReply call = FakeReply.toolCall("buscar_pedido", "{\"numero\":\"1\"}", FakeUsage.of(3, 3));
        fake.enqueue(call, call);

        JsonNode openAi = JSON.readTree(post("/v1/chat/completions", OPENAI_BODY).body());
        JsonNode anthropic = JSON.readTree(post("/v1/messages", ANTHROPIC_BODY).body());

        assertThat(openAi.at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
        assertThat(openAi.at("/choices/0/message/tool_calls/0/function/name").asString()).isEqualTo("buscar_pedido");
        assertThat(openAi.at("/choices/0/message/tool_calls/0/function/arguments").asString()).isEqualTo("{\"numero\":\"1\"}");
        assertThat(anthropic.path("stop_reason").asString()).isEqualTo("tool_use");
        assertThat(anthropic.at("/content/0/type").asString()).isEqualTo("tool_use");
        assertThat(anthropic.at("/content/0/input/numero").asString()).isEqualTo("1");
    }

    @Test
    void shouldRefuseUnknownPathsOtherMethodsAndBodiesThatAreNotRequests() throws Exception {
        assertThat(post("/v1/embeddings", "{}").statusCode()).isEqualTo(404);
        assertThat(post("/v1/chat/completions", "not json").statusCode()).isEqualTo(400);
        assertThat(post("/v1/messages", "{\"model\":\"x\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(fake.openAiBaseUrl() + "/chat/completions"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldListenOnTheAskedPortAndGiveTheBaseUrls() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (FakeLlmServer onPort = FakeLlmServer.start(port)) {
            assertThat(onPort.port()).isEqualTo(port);
            assertThat(onPort.openAiBaseUrl()).isEqualTo("http://127.0.0.1:" + port + "/v1");
            assertThat(onPort.anthropicBaseUrl()).isEqualTo("http://127.0.0.1:" + port + "/v1");
            assertThat(onPort.ollamaBaseUrl()).isEqualTo("http://127.0.0.1:" + port);
        }
    }
}

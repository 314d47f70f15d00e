package io.atende.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.ConversationUpdate;
import io.atende.llm.fake.FakeLlmServer;
import io.atende.llm.fake.FakeReply;
import io.atende.llm.fake.FakeUsage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product with an LLM provider, end to end: a customer message over the real API, the LLM engine deciding and
 * writing through the gateway, the provider adapter speaking the provider's wire protocol to {@link FakeLlmServer},
 * and the ledger read back through {@code GET /api/v1/costs}. Each case asserts what the customer received and what
 * the ledger holds. Subclasses run it on one protocol each, with its models and their list prices.
 */
abstract class LlmConversationContract {

    static final String TOKEN = "llm-e2e-token";
    static final String[] PROPERTIES = {"atende.security.api-token=" + TOKEN,
            "atende.security.admin-password=llm-e2e-admin",
            "atende.conversation.aggregation-window-ms=0", "atende.llm.api-key=sk-e2e-secret",
            "atende.llm.timeout-ms=1500", "atende.llm.retries=2", "atende.llm.backoff-ms=10",
            // failure cases share one context: the breaker has its own unit tests
            "atende.llm.breaker-failures=1000",
            // no case but the budget's spends 5,000 tokens in one conversation
            "atende.llm.conversation-tokens=5000"};
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DECISION_KNOWLEDGE = "{\"query\":\"entrega para Belo Horizonte\"}";
    private static final String REPLY = "Entregamos sim em Belo Horizonte! O prazo aparece no carrinho quando você"
            + " informa o CEP. Posso ajudar com mais alguma coisa?";

    @LocalServerPort
    int port;

    @Autowired
    ConversationApi conversations;

    @Autowired
    io.atende.pack.Pack pack;

    @Autowired
    io.atende.knowledge.KnowledgeBase knowledge;

    private final HttpClient http = HttpClient.newHttpClient();

    abstract FakeLlmServer fake();

    /** The shared properties and the fake's address, for a subclass's {@code @DynamicPropertySource}. */
    static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String baseUrl) {
        registry.add("atende.llm.base-url", () -> baseUrl);
        for (String property : PROPERTIES) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
    }

    /** Input, cached input and output prices per million tokens of the configured model, from the shipped table. */
    abstract BigDecimal[] listPrices();

    @BeforeEach
    void resetFake() {
        fake().reset();
    }

    // ---- cases -------------------------------------------------------------------------------------------------

    @Test
    void shouldAnswerWithTheModelsReplyAndRecordEachCallWithTheReportedTokensAndListPrice() throws Exception {
        fake().enqueue(FakeReply.toolCall("answer_from_knowledge", DECISION_KNOWLEDGE, FakeUsage.cached(1200, 20, 1000)),
                FakeReply.text(REPLY, FakeUsage.of(900, 25)));

        JsonNode receipt = send("vcs entregam em BH?");

        assertThat(replyOf(receipt)).isEqualTo(REPLY);
        JsonNode costs = costs(receipt);
        assertThat(outcomes(costs)).containsExactly("decision:ok", "conversation:ok");
        assertCall(costs.get("calls").get(0), 1200, 20, 1000);
        assertCall(costs.get("calls").get(1), 900, 25, 0);
        assertThat(costs.get("total_price").decimalValue()).isEqualByComparingTo(
                price(1200, 1000, 20).add(price(900, 0, 25)));
    }

    @Test
    void shouldRetryARateLimitAndStillAnswerWithTheModel() throws Exception {
        fake().enqueue(FakeReply.rateLimited(0),
                FakeReply.toolCall("answer_from_knowledge", DECISION_KNOWLEDGE, FakeUsage.of(1000, 20)),
                FakeReply.text(REPLY, FakeUsage.of(800, 25)));

        JsonNode receipt = send("entregam em bh?");

        assertThat(replyOf(receipt)).isEqualTo(REPLY);
        assertThat(outcomes(costs(receipt))).containsExactly("decision:rate_limited", "decision:ok", "conversation:ok");
        assertThat(costs(receipt).get("calls").get(0).get("input_tokens").asLong()).isZero();
    }

    @Test
    void shouldAnswerWithTheLocalEngineWhenTheProviderKeepsFailing() throws Exception {
        fake().enqueue(FakeReply.serverError(), FakeReply.serverError(), FakeReply.serverError());

        JsonNode receipt = send("qual o horário de atendimento?");

        assertThat(replyOf(receipt)).isEqualTo(localReply("qual o horário de atendimento?"));
        assertThat(outcomes(costs(receipt))).containsExactly("decision:server_error", "decision:server_error",
                "decision:server_error");
        assertThat(costs(receipt).get("total_price").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void shouldRetryATimeoutAndAnswerWithTheModel() throws Exception {
        fake().enqueue(FakeReply.delayed(Duration.ofMillis(3000), FakeReply.text("tarde demais", FakeUsage.of(1, 1))),
                FakeReply.toolCall("answer_from_knowledge", DECISION_KNOWLEDGE, FakeUsage.of(1000, 20)),
                FakeReply.text(REPLY, FakeUsage.of(800, 25)));

        JsonNode receipt = send("entregam em belo horizonte?");

        assertThat(replyOf(receipt)).isEqualTo(REPLY);
        assertThat(outcomes(costs(receipt))).containsExactly("decision:timeout", "decision:ok", "conversation:ok");
    }

    @Test
    void shouldAnswerWithTheLocalEngineWhenTheProviderAnswersMalformedJson() throws Exception {
        fake().enqueue(FakeReply.malformed(), FakeReply.malformed(), FakeReply.malformed());

        JsonNode receipt = send("vocês aceitam pix?");

        assertThat(replyOf(receipt)).isEqualTo(localReply("vocês aceitam pix?"));
        assertThat(outcomes(costs(receipt))).containsExactly("decision:malformed_response",
                "decision:malformed_response", "decision:malformed_response");
    }

    @Test
    void shouldStopAToolCallLoopAtTheBoundAndStillAnswer() throws Exception {
        // the model asks for the same store call every round: four rounds run (atende.llm.max-tool-rounds), the
        // fifth proposal is refused, and the conversation model answers from the tool results it has
        for (int i = 0; i < 5; i++) {
            fake().enqueue(FakeReply.toolCall("consultar_pedido", "{\"numero\":\"789012\"}", FakeUsage.of(700, 15)));
        }
        String answer = "Encontrei o seu pedido! Ele já está a caminho.";
        fake().enqueue(FakeReply.text(answer, FakeUsage.of(900, 12)), FakeReply.text("nunca pedida", null));

        JsonNode receipt = send("cadê meu pedido 789012?");

        assertThat(replyOf(receipt)).isEqualTo(answer);
        assertThat(outcomes(costs(receipt))).containsExactly("decision:ok", "decision:ok", "decision:ok",
                "decision:ok", "decision:ok", "conversation:ok");
        assertThat(fake().pending()).as("the engine asked nothing after its answer").isEqualTo(1);
    }

    @Test
    void shouldEstimateTokensAndSaySoWhenTheProviderOmitsUsage() throws Exception {
        fake().enqueue(FakeReply.toolCall("answer_from_knowledge", DECISION_KNOWLEDGE, null),
                FakeReply.textWithoutUsage(REPLY));

        JsonNode receipt = send("faz entrega em bh?");

        assertThat(replyOf(receipt)).isEqualTo(REPLY);
        for (JsonNode call : costs(receipt).get("calls")) {
            assertThat(call.get("estimated").asBoolean()).isTrue();
            assertThat(call.get("input_tokens").asLong()).isPositive();
            assertThat(call.get("output_tokens").asLong()).isPositive();
            assertThat(call.get("price").decimalValue()).isPositive();
        }
    }

    @Test
    void shouldStreamTheReplyAsADraftWhileTheModelWritesIt() throws Exception {
        List<String> drafts = new CopyOnWriteArrayList<>();
        try (var subscription = conversations.subscribe(null, update -> {
            if (update instanceof ConversationUpdate.Draft draft) {
                drafts.add(draft.text());
            }
        })) {
            fake().enqueue(FakeReply.toolCall("answer_from_knowledge", DECISION_KNOWLEDGE, FakeUsage.of(1000, 20)),
                    FakeReply.text(REPLY, FakeUsage.of(800, 25)));

            assertThat(replyOf(send("entregam em BH?"))).isEqualTo(REPLY);
        }

        assertThat(drafts).isNotEmpty().allSatisfy(d -> assertThat(REPLY).startsWith(d));
        assertThat(drafts.getLast()).isEqualTo(REPLY);
    }

    @Test
    void shouldNeverSendTheCustomersCpfOrEmailToTheProviderYetShowThemInTheReply() throws Exception {
        fake().enqueue(FakeReply.toolCall("answer_from_knowledge", DECISION_KNOWLEDGE, FakeUsage.of(1000, 20)),
                FakeReply.text("Anotei o CPF [CPF_1] e o e-mail [EMAIL_1]. Posso ajudar em algo mais?",
                        FakeUsage.of(800, 20)));

        JsonNode receipt = send("meu cpf é 529.982.247-25 e meu email é joana.silva@gmail.com, entregam em BH?");

        assertThat(fake().received()).isNotEmpty().allSatisfy(r -> assertThat(r.body())
                .doesNotContain("529.982.247-25").doesNotContain("joana.silva@gmail.com"));
        assertThat(replyOf(receipt)).isEqualTo("Anotei o CPF 529.982.247-25 e o e-mail joana.silva@gmail.com."
                + " Posso ajudar em algo mais?");
    }

    @Test
    void shouldAnswerWithTheLocalEngineOnceTheConversationSpentItsTokenBudget() throws Exception {
        fake().enqueue(FakeReply.toolCall("answer_from_knowledge", DECISION_KNOWLEDGE, FakeUsage.of(3000, 20)),
                FakeReply.text(REPLY, FakeUsage.of(2000, 20)));
        String contact = "5531977776666";
        JsonNode first = post("/api/v1/messages?wait=20000",
                "{\"contact\":\"" + contact + "\",\"text\":\"entregam em BH?\"}");
        assertThat(replyOf(first)).isEqualTo(REPLY);

        JsonNode second = post("/api/v1/messages?wait=20000",
                "{\"contact\":\"" + contact + "\",\"text\":\"vocês aceitam pix?\"}");

        assertThat(second.get("replies").get(0).get("text").asString())
                .as("5,040 tokens spent of 5,000: no model is called").isNotEqualTo(REPLY).isNotBlank();
        assertThat(outcomes(costs(second))).containsExactly("decision:ok", "conversation:ok");
        assertThat(fake().received()).hasSize(2);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The local engine's answer to a text in a new conversation: what the customer gets when the models fail. */
    String localReply(String text) {
        var decision = new io.atende.engine.local.LocalEngine(pack, knowledge).decide(new io.atende.engine.EngineRequest(
                io.atende.shared.ConversationId.random(), List.of(text), List.of(), java.util.Map.of()));
        return decision.commands().stream().filter(io.atende.engine.EngineCommand.Say.class::isInstance)
                .map(c -> ((io.atende.engine.EngineCommand.Say) c).text()).findFirst().orElseThrow();
    }

    JsonNode send(String text) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("contact", "55319" + (10_000_000 + Math.abs(
                UUID.randomUUID().hashCode() % 89_999_999)), "text", text));
        return post("/api/v1/messages?wait=20000", body);
    }

    JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    JsonNode costs(JsonNode receipt) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/costs?conversation=" + receipt.get("conversation_id").asString()))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static String replyOf(JsonNode receipt) {
        assertThat(receipt.get("status").asString()).isEqualTo("answered");
        return receipt.get("replies").get(0).get("text").asString();
    }

    static List<String> outcomes(JsonNode costs) {
        return java.util.stream.StreamSupport.stream(costs.get("calls").spliterator(), false)
                .map(c -> c.get("feature").asString() + ":" + c.get("outcome").asString()).toList();
    }

    void assertCall(JsonNode call, long input, long output, long cached) {
        assertThat(call.get("input_tokens").asLong()).isEqualTo(input);
        assertThat(call.get("output_tokens").asLong()).isEqualTo(output);
        assertThat(call.get("cached_tokens").asLong()).isEqualTo(cached);
        assertThat(call.get("estimated").asBoolean()).isFalse();
        assertThat(call.get("price").decimalValue()).isEqualByComparingTo(price(input, cached, output));
    }

    /** The list price of a call: uncached input, cached input and output at the model's prices per million. */
    BigDecimal price(long input, long cached, long output) {
        BigDecimal[] p = listPrices();
        return p[0].multiply(BigDecimal.valueOf(input - cached)).add(p[1].multiply(BigDecimal.valueOf(cached)))
                .add(p[2].multiply(BigDecimal.valueOf(output))).divide(BigDecimal.valueOf(1_000_000),
                        MathContext.DECIMAL64);
    }
}

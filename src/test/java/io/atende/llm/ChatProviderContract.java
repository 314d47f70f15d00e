package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.atende.llm.fake.FakeLlmServer;
import io.atende.llm.fake.FakeReply;
import io.atende.llm.fake.FakeUsage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every {@link ChatProvider} adapter must do, over real HTTP against {@link FakeLlmServer} speaking the
 * provider's protocol. Usage is scripted in the fake's neutral convention (input includes cached), so every
 * provider must come back with the same {@link Usage}.
 */
abstract class ChatProviderContract {

    static final String KEY = "sk-test-0123456789-secret-KEY";
    static final String PROMPT = "Quero saber do meu pedido 4521, por favor";
    static final String MODEL = "fake-model";
    static final ToolSpec ORDER_TOOL = new ToolSpec("buscar_pedido", "Busca um pedido pelo número",
            "{\"type\":\"object\",\"properties\":{\"numero\":{\"type\":\"string\",\"description\":\"número do pedido\"},"
                    + "\"incluir_itens\":{\"type\":\"boolean\"}},\"required\":[\"numero\"]}");

    FakeLlmServer fake;

    /** The provider's name in {@code atende.llm.provider}. */
    abstract String providerName();

    /** The base URL the provider is configured with to reach the fake. */
    abstract String baseUrl(FakeLlmServer fake);

    /** The path the provider's chat calls arrive at. */
    abstract String chatPath();

    /** Whether the provider sends its key in a header. */
    abstract boolean sendsKey();

    @BeforeEach
    void startFake() {
        fake = FakeLlmServer.start();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    ChatProvider provider() {
        return provider(20_000);
    }

    ChatProvider provider(long timeoutMs) {
        return ChatProviders.create(LlmTestProperties.of(providerName(), baseUrl(fake), KEY, timeoutMs));
    }

    static LlmRequest ask(String userText) {
        return LlmRequest.of(null, Feature.CONVERSATION,
                List.of(new LlmMessage.System("Você é a assistente da loja."), new LlmMessage.User(userText)), 300);
    }

    static LlmRequest askWithTools(String userText) {
        return new LlmRequest(null, Feature.DECISION,
                List.of(new LlmMessage.System("Use as ferramentas."), new LlmMessage.User(userText)),
                List.of(ORDER_TOOL), false, 200, null);
    }

    LlmException failure(ChatProvider provider, LlmRequest request, boolean stream) {
        List<String> pieces = new ArrayList<>();
        return catchThrowableOfType(LlmException.class,
                () -> provider.call(MODEL, request, stream ? pieces::add : null));
    }

    @Test
    void shouldAnswerWithTheTextAndTheUsageExactlyAsReported() {
        fake.enqueue(FakeReply.text("Seu pedido 4521 saiu para entrega.", FakeUsage.of(123, 9)));

        ChatProvider.Answer answer = provider().call(MODEL, ask(PROMPT), null);

        assertThat(answer.text()).isEqualTo("Seu pedido 4521 saiu para entrega.");
        assertThat(answer.toolCalls()).isEmpty();
        assertThat(answer.usage()).isEqualTo(Usage.reported(123, 9, 0));
        assertThat(fake.received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo(chatPath());
            assertThat(request.authHeader()).isEqualTo(sendsKey());
            assertThat(request.body()).contains(MODEL).contains(PROMPT).contains("Você é a assistente da loja.");
        });
    }

    @Test
    void shouldGiveNoUsageWhenTheProviderSentNone() {
        fake.enqueue(FakeReply.textWithoutUsage("Oi!"));

        ChatProvider.Answer answer = provider().call(MODEL, ask(PROMPT), null);

        assertThat(answer.text()).isEqualTo("Oi!");
        assertThat(answer.usage()).isNull();
    }

    @Test
    void shouldGiveNoUsageForAStreamedAnswerThatCarriedNone() {
        fake.enqueue(FakeReply.textWithoutUsage("Oi, tudo bem?"));
        List<String> pieces = new ArrayList<>();

        ChatProvider.Answer answer = provider().call(MODEL, ask(PROMPT), pieces::add);

        assertThat(answer.text()).isEqualTo("Oi, tudo bem?");
        assertThat(answer.usage()).isNull();
    }

    @Test
    void shouldAnswerTheDeterministicDefaultWhenNothingIsScripted() {
        ChatProvider.Answer answer = provider().call(MODEL, ask("Oi"), null);

        String expected = FakeLlmServer.defaultText("Oi");
        assertThat(answer.text()).isEqualTo(expected);
        long promptChars = "Você é a assistente da loja.".length() + "Oi".length();
        assertThat(answer.usage()).isEqualTo(Usage.reported(FakeLlmServer.tokens(promptChars),
                FakeLlmServer.tokens(expected.length()), 0));
    }

    @Test
    void shouldParseAToolCallWithItsNameAndArguments() {
        fake.enqueue(FakeReply.toolCall("buscar_pedido", "{\"numero\":\"4521\",\"incluir_itens\":true}",
                FakeUsage.of(200, 15)));

        ChatProvider.Answer answer = provider().call(MODEL, askWithTools(PROMPT), null);

        assertThat(answer.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("buscar_pedido");
            assertThat(call.id()).isNotBlank();
            assertThat(json(call.argumentsJson())).isEqualTo(json("{\"numero\":\"4521\",\"incluir_itens\":true}"));
        });
        assertThat(answer.usage()).isEqualTo(Usage.reported(200, 15, 0));
        String sent = fake.received().getFirst().body();
        assertThat(sent).contains("buscar_pedido").contains("Busca um pedido pelo número").contains("número do pedido")
                .contains("\"required\"");
    }

    @Test
    void shouldSendEveryKeywordOfAToolSchema() {
        ToolSpec cpf = new ToolSpec("validar_cpf", "Valida um CPF",
                "{\"type\":\"object\",\"properties\":{\"cpf\":{\"type\":\"string\",\"pattern\":\"^[0-9]{11}$\"}},"
                        + "\"required\":[\"cpf\"]}");
        LlmRequest request = new LlmRequest(null, Feature.DECISION, List.of(new LlmMessage.User(PROMPT)), List.of(cpf),
                false, 100, null);

        provider().call(MODEL, request, null);

        assertThat(sent().path("tools").toString()).contains("validar_cpf").contains("\"pattern\":\"^[0-9]{11}$\"");
    }

    @Test
    void shouldSendAnEarlierToolCallAndItsResultBack() {
        fake.enqueue(FakeReply.text("O pedido 4521 foi entregue ontem.", FakeUsage.of(300, 10)));
        ToolCall earlier = new ToolCall("call_1", "buscar_pedido", "{\"numero\":\"4521\"}");
        LlmRequest request = new LlmRequest(null, Feature.CONVERSATION, List.of(
                new LlmMessage.System("Use as ferramentas."),
                new LlmMessage.User(PROMPT),
                new LlmMessage.Assistant("", List.of(earlier)),
                new LlmMessage.ToolResult("call_1", "buscar_pedido", "{\"status\":\"entregue em 12/03\"}")),
                List.of(ORDER_TOOL), false, 200, null);

        ChatProvider.Answer answer = provider().call(MODEL, request, null);

        assertThat(answer.text()).isEqualTo("O pedido 4521 foi entregue ontem.");
        assertThat(fake.received().getFirst().body()).contains("buscar_pedido").contains("entregue em 12/03");
    }

    @Test
    void shouldStreamThePiecesInOrderAndReturnTheWholeTextWithTheUsage() {
        String text = "Claro! Seu pedido 4521 saiu hoje e chega amanhã.";
        fake.enqueue(FakeReply.text(text, FakeUsage.of(150, 14)));
        List<String> pieces = new ArrayList<>();

        ChatProvider.Answer answer = provider().call(MODEL, ask(PROMPT), pieces::add);

        assertThat(pieces).hasSizeGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(answer.text()).isEqualTo(text);
        assertThat(answer.usage()).isEqualTo(Usage.reported(150, 14, 0));
    }

    @Test
    void shouldStreamAToolCall() {
        fake.enqueue(FakeReply.toolCall("buscar_pedido", "{\"numero\":\"4521\"}", FakeUsage.of(90, 12)));
        List<String> pieces = new ArrayList<>();

        ChatProvider.Answer answer = provider().call(MODEL, askWithTools(PROMPT), pieces::add);

        assertThat(pieces).isEmpty();
        assertThat(answer.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("buscar_pedido");
            assertThat(json(call.argumentsJson())).isEqualTo(json("{\"numero\":\"4521\"}"));
        });
        assertThat(answer.usage()).isEqualTo(Usage.reported(90, 12, 0));
    }

    @Test
    void shouldBeRateLimitedOnA429KeepingRetryAfterWithoutRetrying() {
        fake.enqueue(FakeReply.rateLimited(7));

        LlmException e = failure(provider(), ask(PROMPT), false);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
        assertThat(e.retryAfterMs()).hasValue(7_000);
        assertThat(e.getMessage()).contains(providerName()).contains("429");
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void shouldBeRateLimitedOnA429WhileStreaming() {
        fake.enqueue(FakeReply.rateLimited(2));

        LlmException e = failure(provider(), ask(PROMPT), true);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
        assertThat(e.retryAfterMs()).hasValue(2_000);
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void shouldBeAServerErrorOnA500WithoutRetrying() {
        fake.enqueue(FakeReply.serverError());

        LlmException e = failure(provider(), ask(PROMPT), false);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.SERVER_ERROR);
        assertThat(e.kind().retriable()).isTrue();
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void shouldBeAServerErrorOnA500WhileStreaming() {
        fake.enqueue(FakeReply.serverError());

        assertThat(failure(provider(), ask(PROMPT), true).kind()).isEqualTo(LlmException.Kind.SERVER_ERROR);
    }

    @Test
    void shouldTimeOutWhenTheAnswerComesLaterThanTheTimeout() {
        fake.enqueue(FakeReply.delayed(Duration.ofSeconds(3), FakeReply.text("tarde demais", FakeUsage.of(1, 1))));
        long start = System.nanoTime();

        LlmException e = failure(provider(300), ask(PROMPT), false);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void shouldTimeOutWhileStreamingWhenTheAnswerComesLaterThanTheTimeout() {
        fake.enqueue(FakeReply.delayed(Duration.ofSeconds(3), FakeReply.text("tarde demais", FakeUsage.of(1, 1))));

        assertThat(failure(provider(300), ask(PROMPT), true).kind()).isEqualTo(LlmException.Kind.TIMEOUT);
    }

    @Test
    void shouldCallAnAnswerThatIsNotJsonMalformed() {
        fake.enqueue(FakeReply.malformed());

        LlmException e = failure(provider(), ask(PROMPT), false);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).doesNotContain("Bad Gateway");
    }

    @Test
    void shouldCallAStreamedEventThatIsNotJsonMalformed() {
        fake.enqueue(FakeReply.malformed());

        assertThat(failure(provider(), ask(PROMPT), true).kind()).isEqualTo(LlmException.Kind.MALFORMED_RESPONSE);
    }

    @Test
    void shouldReportARefusedKeyAsAuthenticationWithoutTheKeyOrThePromptInTheMessage() {
        fake.enqueue(FakeReply.unauthorized());

        LlmException e = failure(provider(), ask(PROMPT), false);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.AUTHENTICATION);
        assertThat(e.kind().retriable()).isFalse();
        assertThat(e.getMessage()).contains("401").doesNotContain(KEY).doesNotContain(KEY.substring(KEY.length() - 4))
                .doesNotContain(PROMPT);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(KEY);
        }
    }

    @Test
    void shouldReportARefusedKeyAsAuthenticationWhileStreaming() {
        fake.enqueue(FakeReply.unauthorized());

        LlmException e = failure(provider(), ask(PROMPT), true);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.AUTHENTICATION);
        assertThat(e.getMessage()).doesNotContain(KEY);
    }

    @Test
    void shouldReportAForbiddenKeyAsAuthentication() {
        fake.enqueue(FakeReply.status(403));

        assertThat(failure(provider(), ask(PROMPT), false).kind()).isEqualTo(LlmException.Kind.AUTHENTICATION);
    }

    @Test
    void shouldReportARefusedRequestAsInvalid() {
        fake.enqueue(FakeReply.status(400), FakeReply.status(404));

        assertThat(failure(provider(), ask(PROMPT), false).kind()).isEqualTo(LlmException.Kind.INVALID_REQUEST);
        assertThat(failure(provider(), ask(PROMPT), false).kind()).isEqualTo(LlmException.Kind.INVALID_REQUEST);
    }

    @Test
    void shouldReportARefusedConnectionAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = baseUrl(fake).replace(":" + fake.port(), ":" + closedPort);
        ChatProvider provider = ChatProviders.create(LlmTestProperties.of(providerName(), url, KEY, 5_000));

        assertThat(failure(provider, ask(PROMPT), false).kind()).isEqualTo(LlmException.Kind.UNREACHABLE);
        assertThat(failure(provider, ask(PROMPT), true).kind()).isEqualTo(LlmException.Kind.UNREACHABLE);
    }

    @Test
    void shouldHandBackAnExceptionThrownByThePartialConsumer() {
        fake.enqueue(FakeReply.text("uma resposta em partes", FakeUsage.of(5, 5)));
        IllegalStateException boom = new IllegalStateException("the channel closed");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> provider().call(MODEL, ask(PROMPT), piece -> {
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
    }

    @Test
    void shouldRefuseAToolWhoseSchemaIsNotJson() {
        LlmRequest request = new LlmRequest(null, Feature.DECISION, List.of(new LlmMessage.User(PROMPT)),
                List.of(new ToolSpec("quebrada", "", "{not json")), false, 100, null);

        LlmException e = failure(provider(), request, false);

        assertThat(e.kind()).isEqualTo(LlmException.Kind.INVALID_REQUEST);
        assertThat(fake.received()).isEmpty();
    }

    static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    /** The JSON the fake received in the first call. */
    JsonNode sent() {
        return json(fake.received().getFirst().body());
    }
}

package io.atende.bench;

import io.atende.llm.ChatProvider;
import io.atende.llm.ChatProviders;
import io.atende.llm.CostLedger;
import io.atende.llm.Feature;
import io.atende.llm.LlmMessage;
import io.atende.llm.LlmProperties;
import io.atende.llm.LlmRequest;
import io.atende.llm.ModelGateway;
import io.atende.llm.ToolSpec;
import io.atende.llm.fake.FakeLlmServer;
import io.atende.shared.ConversationId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The gateway's own cost: the same decision-sized call made to the same local fake OpenAI endpoint, directly through
 * the provider adapter and through the application's gateway (routing, budgets, breaker, masking, retries and a
 * ledger row in the embedded database). Calls alternate, direct and gateway, so drift in the machine hits both
 * alike; the overhead is the median of the paired differences.
 */
public final class GatewayBenchmark {

    private final Path pack;
    private final int calls;
    private final int warmup;
    private final Consumer<String> progress;

    public GatewayBenchmark(Path pack, int calls, int warmup, Consumer<String> progress) {
        this.pack = pack;
        this.calls = calls;
        this.warmup = warmup;
        this.progress = progress;
    }

    public GatewayBenchReport run() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-bench-gateway-");
        try (FakeLlmServer fake = FakeLlmServer.start();
             ConfigurableApplicationContext app = start(dataDir, fake.openAiBaseUrl())) {
            ModelGateway gateway = app.getBean(ModelGateway.class);
            CostLedger ledger = app.getBean(CostLedger.class);
            LlmProperties properties = app.getBean(LlmProperties.class);
            ChatProvider direct = ChatProviders.create(properties);
            ConversationId conversation = ConversationId.random();
            LlmRequest request = decisionCall(conversation);
            progress.accept("warm-up: " + warmup + " calls each way");
            measure(warmup, direct, gateway, request, properties.model());
            progress.accept("measuring: " + calls + " calls each way, alternating");
            long[][] samples = measure(calls, direct, gateway, request, properties.model());
            long rows = ledger.forConversation(conversation).size();
            return new GatewayBenchReport(calls, Latency.ofNanos(samples[0]), Latency.ofNanos(samples[1]),
                    Latency.ofNanos(samples[2]), rows, warmup + calls, ProcessMemory.peakRssMb());
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    /** Direct, gateway and per-pair difference (gateway minus direct) durations, in nanoseconds. */
    private static long[][] measure(int n, ChatProvider direct, ModelGateway gateway, LlmRequest request,
                                    String model) {
        long[] directNs = new long[n];
        long[] gatewayNs = new long[n];
        long[] diff = new long[n];
        for (int i = 0; i < n; i++) {
            // alternate which goes first, so neither always meets a warm connection the other just used
            if (i % 2 == 0) {
                directNs[i] = timeDirect(direct, request, model);
                gatewayNs[i] = timeGateway(gateway, request);
            } else {
                gatewayNs[i] = timeGateway(gateway, request);
                directNs[i] = timeDirect(direct, request, model);
            }
            diff[i] = gatewayNs[i] - directNs[i];
        }
        return new long[][] {directNs, gatewayNs, diff};
    }

    private static long timeDirect(ChatProvider direct, LlmRequest request, String model) {
        long start = System.nanoTime();
        direct.call(model, request, null);
        return System.nanoTime() - start;
    }

    private static long timeGateway(ModelGateway gateway, LlmRequest request) {
        long start = System.nanoTime();
        gateway.chat(request);
        return System.nanoTime() - start;
    }

    /** A call of the size the LLM engine's decisions have: instructions, history, a CPF to mask, three tools. */
    static LlmRequest decisionCall(ConversationId conversation) {
        String instructions = ("Você é a Aurora, assistente virtual da Casa Aurora. Decida a próxima ação chamando"
                + " exatamente uma função. Jornadas: status_do_pedido (consultar um pedido), troca_e_devolucao"
                + " (trocar ou devolver), falar_com_atendente (pessoa da equipe). ").repeat(8);
        String schema = "{\"type\":\"object\",\"properties\":{\"journey\":{\"type\":\"string\"}},"
                + "\"required\":[\"journey\"]}";
        return new LlmRequest(conversation, Feature.DECISION, List.of(new LlmMessage.System(instructions),
                new LlmMessage.User("oi, boa tarde"), new LlmMessage.Assistant("Olá! Como posso ajudar?"),
                new LlmMessage.User("quero saber do meu pedido 789012, meu cpf é 529.982.247-25")),
                List.of(new ToolSpec("start_journey", "Começa uma jornada", schema),
                        new ToolSpec("answer_from_knowledge", "Responde da base", schema),
                        new ToolSpec("hand_off", "Chama uma pessoa", schema)), false, 300, null);
    }

    private ConfigurableApplicationContext start(Path dataDir, String baseUrl) {
        return BenchApp.start(dataDir, pack, WebApplicationType.NONE, Map.of("atende.llm.provider", "openai",
                "atende.llm.base-url", baseUrl, "atende.llm.api-key", "bench-key", "atende.llm.model", "gpt-4o-mini"));
    }
}

package io.atende.cli;

import io.atende.llm.fake.FakeLlmServer;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./atende fake-llm}: a local stand-in for the model providers, for trying Atende without a key. */
@Command(name = "fake-llm", mixinStandardHelpOptions = true,
        description = "Answer like an LLM provider on 127.0.0.1 (OpenAI, Anthropic and Ollama protocols), "
                + "with deterministic test answers: try Atende with an LLM and no key. See docs/llm.md.")
final class FakeLlmCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8090;

    @Option(names = "--port", paramLabel = "N",
            description = "Port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0: any free port).")
    int port = DEFAULT_PORT;

    /** Where the instructions and the answers go; tests replace it. */
    PrintStream out = System.out;

    /** Counted down to stop; nothing does outside tests, so the command runs until Ctrl+C. */
    CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        FakeLlmServer fake = FakeLlmServer.start(port);
        Thread closer = new Thread(fake::close, "fake-llm-shutdown");
        Runtime.getRuntime().addShutdownHook(closer);
        try {
            fake.onAnswer(answer -> out.println("  " + answer.path() + " -> " + answer.status()
                    + (answer.usage() == null ? "" : ", " + answer.usage().inputTokens() + " in / "
                    + answer.usage().outputTokens() + " out tokens")));
            out.printf("fake-llm answers on %s like OpenAI (%s), Anthropic (%s) and Ollama (%s).%n",
                    fake.baseUrl(), "/v1/chat/completions", "/v1/messages", "/api/chat");
            out.println("It checks no key and answers every message with a test reply in Portuguese.");
            out.println();
            out.println("ATENDE_LLM_BASE_URL=" + fake.openAiBaseUrl());
            out.println();
            out.println("In another terminal:");
            out.println("  ATENDE_LLM_PROVIDER=openai ATENDE_LLM_BASE_URL=" + fake.openAiBaseUrl()
                    + " ATENDE_LLM_API_KEY=fake ATENDE_LLM_MODEL=fake-model ./atende serve");
            out.println("(anthropic: the same base URL; ollama: " + fake.ollamaBaseUrl() + ")");
            out.println();
            out.println("Ctrl+C stops it. Answers:");
            out.flush();
            stop.await();
            return 0;
        } finally {
            fake.close();
            try {
                Runtime.getRuntime().removeShutdownHook(closer);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
    }
}

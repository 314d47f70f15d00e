package io.atende.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.llm.ChatProvider;
import io.atende.llm.ChatProviders;
import io.atende.llm.Feature;
import io.atende.llm.LlmMessage;
import io.atende.llm.LlmProperties;
import io.atende.llm.LlmRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FakeLlmCommandTest {

    @Test
    void shouldPrintTheBaseUrlToUseAndAnswerOnItUntilStopped() throws Exception {
        FakeLlmCommand command = new FakeLlmCommand();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> new CommandLine(command).execute("--port", "0"));

        Pattern baseUrl = Pattern.compile("^ATENDE_LLM_BASE_URL=(http://127\\.0\\.0\\.1:\\d+/v1)$", Pattern.MULTILINE);
        await().atMost(Duration.ofSeconds(10)).until(() -> baseUrl.matcher(printed.toString(StandardCharsets.UTF_8)).find());
        Matcher url = baseUrl.matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(url.find()).isTrue();
        ChatProvider provider = ChatProviders.create(new LlmProperties("openai", url.group(1), "fake", "fake-model", "",
                "", "", "", "", 5_000, 0, 0, 5, 30_000, 4, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, "USD", ""));

        ChatProvider.Answer answer = provider.call("fake-model", LlmRequest.of(null, Feature.CONVERSATION,
                List.of(new LlmMessage.User("Oi")), 100), null);

        assertThat(answer.text()).contains("Oi");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("/v1/chat/completions -> 200");
        command.stop.countDown();
        assertThat(exit.get()).isZero();
    }

    @Test
    void shouldRefuseAPortOutOfRange() {
        CliRun run = CliRun.of("fake-llm", "--port", "70000");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--port must be between 0 and 65535");
    }
}

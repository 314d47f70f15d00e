package io.atende.engine.llm;

import io.atende.llm.fake.FakeLlmServer;
import io.atende.testsupport.AtendeTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The conversation contract over Anthropic messages (streamed replies, tool use, usage with cache reads). */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"atende.test.pack=packs/demo-store",
        "atende.llm.provider=anthropic", "atende.llm.model=claude-haiku-4-5"})
class AnthropicConversationTest extends LlmConversationContract {

    static final FakeLlmServer FAKE = FakeLlmServer.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        register(registry, FAKE.anthropicBaseUrl());
    }

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Override
    FakeLlmServer fake() {
        return FAKE;
    }

    @Override
    BigDecimal[] listPrices() {
        // claude-haiku-4-5 in src/main/resources/llm/prices.yaml
        return new BigDecimal[] {new BigDecimal("1.00"), new BigDecimal("0.10"), new BigDecimal("5.00")};
    }
}

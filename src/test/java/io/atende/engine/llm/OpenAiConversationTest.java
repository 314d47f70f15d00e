package io.atende.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.llm.fake.FakeLlmServer;
import io.atende.llm.fake.FakeReply;
import io.atende.llm.fake.FakeUsage;
import io.atende.testsupport.AtendeTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The conversation contract over OpenAI chat completions (streamed replies, tool calls, usage), and voice notes. */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"atende.test.pack=packs/demo-store",
        "atende.llm.provider=openai", "atende.llm.model=gpt-4o-mini",
        "atende.llm.transcription-model=gpt-4o-mini-transcribe", "atende.llm.vision-model=gpt-4o-mini"})
class OpenAiConversationTest extends LlmConversationContract {

    static final FakeLlmServer FAKE = FakeLlmServer.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        register(registry, FAKE.openAiBaseUrl());
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
        // gpt-4o-mini in src/main/resources/llm/prices.yaml
        return new BigDecimal[] {new BigDecimal("0.15"), new BigDecimal("0.075"), new BigDecimal("0.60")};
    }

    @Test
    void shouldAnswerAVoiceNoteFromItsTranscriptAndRecordTheTranscription() throws Exception {
        String transcript = "vocês entregam em Belo Horizonte?";
        fake().enqueue(FakeReply.text(transcript, FakeUsage.of(50, 12)),
                FakeReply.toolCall("answer_from_knowledge", "{\"query\":\"entrega Belo Horizonte\"}",
                        FakeUsage.of(1000, 20)),
                FakeReply.text("Entregamos sim! Posso ajudar com mais alguma coisa?", FakeUsage.of(800, 12)));

        JsonNode receipt = post("/api/v1/messages?wait=20000", "{\"contact\":\"5531988887777\",\"attachments\":"
                + "[{\"kind\":\"audio\",\"url\":\"data:audio/ogg;base64,T2dnUwACAAAAAAAAAAA=\"}]}");

        assertThat(replyOf(receipt)).isEqualTo("Entregamos sim! Posso ajudar com mais alguma coisa?");
        assertThat(fake().received().get(1).body()).as("the decision call reads the transcript").contains(transcript);
        JsonNode call = costs(receipt).get("calls").get(0);
        assertThat(outcomes(costs(receipt))).containsExactly("transcription:ok", "decision:ok", "conversation:ok");
        assertThat(call.get("model").asString()).isEqualTo("gpt-4o-mini-transcribe");
        assertThat(call.get("input_tokens").asLong()).isEqualTo(50);
        // gpt-4o-mini-transcribe: 1.25 in, 5.00 out per million
        assertThat(call.get("price").decimalValue()).isEqualByComparingTo("0.0001225");
    }

    @Test
    void shouldAskToWriteWhenTheVoiceNoteCannotBeTranscribedAndRecordTheFailedCalls() throws Exception {
        fake().enqueue(FakeReply.serverError(), FakeReply.serverError(), FakeReply.serverError());

        JsonNode receipt = post("/api/v1/messages?wait=20000", "{\"contact\":\"5531988886666\",\"attachments\":"
                + "[{\"kind\":\"audio\",\"url\":\"data:audio/ogg;base64,T2dnUwACAAAAAAAAAAA=\"}]}");

        assertThat(replyOf(receipt)).isEqualTo(pack.messages().render("media_unreadable", java.util.Map.of()));
        assertThat(outcomes(costs(receipt))).containsExactly("transcription:server_error",
                "transcription:server_error", "transcription:server_error");
    }

    @Test
    void shouldAnswerAPhotoFromItsDescription() throws Exception {
        String description = "Estou mostrando uma air fryer preta com a cesta quebrada.";
        fake().enqueue(FakeReply.text(description, FakeUsage.of(1500, 20)),
                FakeReply.toolCall("answer_from_knowledge", "{\"query\":\"produto com defeito garantia\"}",
                        FakeUsage.of(1000, 20)),
                FakeReply.text("Sinto muito! Produto com defeito tem garantia: posso abrir uma troca para você.",
                        FakeUsage.of(800, 20)));

        JsonNode receipt = post("/api/v1/messages?wait=20000", "{\"contact\":\"5531988885555\",\"attachments\":"
                + "[{\"kind\":\"image\",\"url\":\"data:image/jpeg;base64,/9j/4AAQSkZJRg==\"}]}");

        assertThat(replyOf(receipt)).startsWith("Sinto muito!");
        assertThat(fake().received().getFirst().body()).as("the photo goes inline to the vision model")
                .contains("data:image/jpeg;base64,/9j/4AAQSkZJRg==");
        assertThat(fake().received().get(1).body()).as("the decision reads the description").contains(description);
        assertThat(outcomes(costs(receipt))).containsExactly("vision:ok", "decision:ok", "conversation:ok");
    }
}

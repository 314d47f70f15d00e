package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.atende.llm.fake.FakeLlmServer;
import io.atende.llm.fake.FakeReply;
import io.atende.llm.fake.FakeUsage;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link OpenAiTranscriber} over real HTTP against {@link FakeLlmServer}'s transcription endpoint. */
class OpenAiTranscriberTest {

    static final String KEY = "sk-test-transcribe-SECRET-9876";
    static final byte[] AUDIO = new byte[3_500];

    FakeLlmServer fake;

    @BeforeEach
    void startFake() {
        fake = FakeLlmServer.start();
        for (int i = 0; i < AUDIO.length; i++) {
            AUDIO[i] = (byte) (i * 31);
        }
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    Transcriber transcriber(long timeoutMs) {
        return new OpenAiTranscriber(fake.openAiBaseUrl(), KEY, "gpt-4o-mini-transcribe", Duration.ofMillis(timeoutMs));
    }

    LlmException failure(Transcriber transcriber) {
        return catchThrowableOfType(LlmException.class, () -> transcriber.transcribe(AUDIO, "audio/ogg", "nota.ogg"));
    }

    @Test
    void shouldTranscribeWithTheTokenUsageExactlyAsReported() {
        fake.enqueue(FakeReply.text("Oi, queria saber do meu pedido.", FakeUsage.of(45, 11)));

        Transcriber.Transcription transcription = transcriber(10_000).transcribe(AUDIO, "audio/ogg", "nota.ogg");

        assertThat(transcription.text()).isEqualTo("Oi, queria saber do meu pedido.");
        assertThat(transcription.usage()).isEqualTo(Usage.reported(45, 11, 0));
        assertThat(transcription.model()).isEqualTo("gpt-4o-mini-transcribe");
        assertThat(fake.received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/audio/transcriptions");
            assertThat(request.authHeader()).isTrue();
            assertThat(request.body()).contains("model=gpt-4o-mini-transcribe")
                    .contains("file=nota.ogg (3500 bytes, audio/ogg)");
        });
    }

    @Test
    void shouldGiveNoUsageWhenTheProviderSentNone() {
        fake.enqueue(FakeReply.textWithoutUsage("Oi"));

        assertThat(transcriber(10_000).transcribe(AUDIO, "audio/ogg", "nota.ogg").usage()).isNull();
    }

    @Test
    void shouldGiveNoTokenUsageWhenTheProviderReportsSeconds() {
        fake.enqueue(new FakeReply.Malformed("{\"text\":\"Oi\",\"usage\":{\"type\":\"duration\",\"seconds\":4}}"));

        Transcriber.Transcription transcription = transcriber(10_000).transcribe(AUDIO, "audio/ogg", "nota.ogg");

        assertThat(transcription.text()).isEqualTo("Oi");
        assertThat(transcription.usage()).isNull();
    }

    @Test
    void shouldAnswerTheDeterministicDefaultWhenNothingIsScripted() {
        Transcriber.Transcription transcription = transcriber(10_000).transcribe(AUDIO, "audio/ogg", "nota.ogg");

        String expected = FakeLlmServer.defaultTranscript("nota.ogg");
        assertThat(transcription.text()).isEqualTo(expected);
        assertThat(transcription.usage()).isEqualTo(Usage.reported(3, FakeLlmServer.tokens(expected.length()), 0));
    }

    @Test
    void shouldBeRateLimitedOnA429KeepingRetryAfterWithoutRetrying() {
        fake.enqueue(FakeReply.rateLimited(4));

        LlmException e = failure(transcriber(10_000));

        assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
        assertThat(e.retryAfterMs()).hasValue(4_000);
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void shouldBeAServerErrorOnA500() {
        fake.enqueue(FakeReply.serverError());

        assertThat(failure(transcriber(10_000)).kind()).isEqualTo(LlmException.Kind.SERVER_ERROR);
    }

    @Test
    void shouldTimeOutWhenTheAnswerComesLaterThanTheTimeout() {
        fake.enqueue(FakeReply.delayed(Duration.ofSeconds(3), FakeReply.text("tarde", FakeUsage.of(1, 1))));

        assertThat(failure(transcriber(300)).kind()).isEqualTo(LlmException.Kind.TIMEOUT);
    }

    @Test
    void shouldCallAnAnswerThatIsNotJsonMalformed() {
        fake.enqueue(FakeReply.malformed());

        LlmException e = failure(transcriber(10_000));

        assertThat(e.kind()).isEqualTo(LlmException.Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).doesNotContain("Bad Gateway");
    }

    @Test
    void shouldCallJsonWithoutTextMalformed() {
        fake.enqueue(new FakeReply.Malformed("{\"transcript\":\"Oi\"}"));

        assertThat(failure(transcriber(10_000)).kind()).isEqualTo(LlmException.Kind.MALFORMED_RESPONSE);
    }

    @Test
    void shouldReportARefusedKeyAsAuthenticationWithoutTheKeyInTheMessage() {
        fake.enqueue(FakeReply.unauthorized());

        LlmException e = failure(transcriber(10_000));

        assertThat(e.kind()).isEqualTo(LlmException.Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("401").doesNotContain(KEY).doesNotContain("9876");
    }

    @Test
    void shouldReportARefusedConnectionAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Transcriber transcriber = new OpenAiTranscriber("http://127.0.0.1:" + closedPort + "/v1", KEY,
                "gpt-4o-mini-transcribe", Duration.ofSeconds(5));

        assertThat(failure(transcriber).kind()).isEqualTo(LlmException.Kind.UNREACHABLE);
    }
}

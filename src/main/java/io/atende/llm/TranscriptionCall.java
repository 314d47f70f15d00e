package io.atende.llm;

import java.util.List;
import java.util.function.Consumer;

/** The bottom of a {@link Feature#TRANSCRIPTION} call: the call's voice note to a {@link Transcriber}. */
final class TranscriptionCall implements ModelCall {

    private final Transcriber transcriber;

    TranscriptionCall(Transcriber transcriber) {
        this.transcriber = transcriber;
    }

    @Override
    public ChatProvider.Answer call(ModelRef model, LlmRequest request, Consumer<String> partial) {
        LlmMessage.Audio audio = audioOf(request);
        Transcriber.Transcription t = transcriber.transcribe(audio.data(), audio.mimeType(),
                "voice" + WhisperCppTranscription.extension(audio.mimeType()));
        return new ChatProvider.Answer(t.text(), List.of(), t.usage());
    }

    static LlmMessage.Audio audioOf(LlmRequest request) {
        return request.messages().stream().filter(LlmMessage.Audio.class::isInstance)
                .map(LlmMessage.Audio.class::cast).findFirst().orElseThrow(() -> new LlmException(
                        LlmException.Kind.INVALID_REQUEST, "a transcription call needs an audio message"));
    }
}

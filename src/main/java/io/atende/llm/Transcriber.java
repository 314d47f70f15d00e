package io.atende.llm;

import java.util.Objects;

/** Turns a voice note into text. One HTTP exchange per call, no retries; failures are {@link LlmException}s. */
public interface Transcriber {

    /**
     * @param audio    the recording as received (ogg/opus from WhatsApp, mp3, wav, webm, m4a...)
     * @param mimeType its media type, e.g. {@code audio/ogg}
     * @param fileName a name with the right extension (providers read the format from it)
     * @throws LlmException on any failure
     */
    Transcription transcribe(byte[] audio, String mimeType, String fileName);

    /**
     * @param usage the tokens the provider reported, or {@code null} when it reported none (or only seconds of
     *              audio, as {@code whisper-1} does)
     * @param model the model that transcribed
     */
    record Transcription(String text, Usage usage, String model) {
        public Transcription {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(model, "model");
        }
    }
}

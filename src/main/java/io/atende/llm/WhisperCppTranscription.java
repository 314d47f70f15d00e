package io.atende.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Transcribes a voice note on this machine with whisper.cpp: the operator supplies the executable
 * ({@code whisper-cli}, or a wrapper script that converts WhatsApp's Opus to WAV with ffmpeg first) and a model file
 * ({@code ggml-small.bin}); nothing is downloaded and no audio leaves the machine. The executable is run as
 * {@code <command> -m <model> -f <file> -l <language> -nt -np} and its standard output is the transcript.
 */
final class WhisperCppTranscription implements ModelCall {

    private final Path command;
    private final Path model;
    private final long timeoutMs;

    WhisperCppTranscription(Path command, Path model, long timeoutMs) {
        this.command = command;
        this.model = model;
        this.timeoutMs = timeoutMs;
    }

    /** Whether the executable and the model file are there (checked at start, to fail with a clear message). */
    static String problem(Path command, Path model) {
        if (!Files.isExecutable(command)) {
            return "ATENDE_WHISPER_COMMAND " + command + " is not an executable file";
        }
        if (!Files.isRegularFile(model)) {
            return "ATENDE_WHISPER_MODEL " + model + " is not a file";
        }
        return null;
    }

    /** The transcript of the call's voice note; a local run bills no tokens, so the usage is zero, not estimated. */
    @Override
    public ChatProvider.Answer call(ModelRef ignored, LlmRequest request, java.util.function.Consumer<String> partial) {
        LlmMessage.Audio audio = TranscriptionCall.audioOf(request);
        String text = transcribe(audio.data(), audio.mimeType(), audio.language() == null ? "auto" : audio.language());
        return new ChatProvider.Answer(text, List.of(), Usage.reported(0, 0, 0));
    }

    /** The transcript of the audio, in {@code language} ({@code pt}, {@code en}). */
    String transcribe(byte[] audio, String mimeType, String language) {
        Path file = null;
        Path transcript = null;
        try {
            file = Files.createTempFile("atende-voice-", extension(mimeType));
            transcript = Files.createTempFile("atende-voice-", ".txt");
            Files.write(file, audio);
            // output to a file, not a pipe: a hung process must not block the reader past the timeout
            Process process = new ProcessBuilder(List.of(command.toString(), "-m", model.toString(), "-f",
                    file.toString(), "-l", language, "-nt", "-np")).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(transcript.toFile()).start();
            if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LlmException(LlmException.Kind.TIMEOUT, "whisper.cpp did not finish in " + timeoutMs + " ms");
            }
            if (process.exitValue() != 0) {
                throw new LlmException(LlmException.Kind.SERVER_ERROR, "whisper.cpp exited with " + process.exitValue());
            }
            return Files.readString(transcript, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.UNREACHABLE, "whisper.cpp could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.TIMEOUT, "interrupted while whisper.cpp ran", e);
        } finally {
            delete(file);
            delete(transcript);
        }
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temp file left behind goes with the machine's temp directory
            }
        }
    }

    /** A file extension for the audio type: transcribers read the format from the name. */
    static String extension(String mimeType) {
        String mime = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        if (mime.contains("ogg") || mime.contains("opus")) {
            return ".ogg";
        }
        if (mime.contains("mpeg") || mime.contains("mp3")) {
            return ".mp3";
        }
        if (mime.contains("mp4") || mime.contains("m4a") || mime.contains("aac")) {
            return ".m4a";
        }
        return ".wav";
    }
}

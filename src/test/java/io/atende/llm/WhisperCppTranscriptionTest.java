package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** whisper.cpp is run as a real process; the executable here is a script that behaves like whisper-cli. */
class WhisperCppTranscriptionTest {

    @TempDir
    Path dir;

    private Path script(String body) throws Exception {
        Path script = dir.resolve("whisper-cli");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static LlmRequest voiceNote(byte[] audio) {
        return new LlmRequest(null, Feature.TRANSCRIPTION, List.of(new LlmMessage.Audio("audio/ogg", audio, "pt")),
                List.of(), false, 1, null);
    }

    @Test
    void shouldReturnWhatWhisperPrintsForTheAudioFileItWasGiven() throws Exception {
        // prints the language and the audio file's contents, proving the arguments and the file reached it
        Path whisper = script("while [ $# -gt 0 ]; do case $1 in -f) f=$2;; -l) l=$2;; esac; shift; done\n"
                + "echo \"  [$l] $(cat $f)\"\necho 'chegou quebrado'");
        Path model = Files.writeString(dir.resolve("ggml-small.bin"), "model");

        ChatProvider.Answer answer = new WhisperCppTranscription(whisper, model, 5000)
                .call(new ModelRef("whisper.cpp", "ggml-small.bin"), voiceNote("meu pedido".getBytes()), null);

        assertThat(answer.text()).isEqualTo("[pt] meu pedido chegou quebrado");
        assertThat(answer.usage()).isEqualTo(Usage.reported(0, 0, 0));
    }

    @Test
    void shouldFailClearlyWhenWhisperFailsOrHangs() throws Exception {
        Path model = Files.writeString(dir.resolve("ggml-small.bin"), "model");
        ModelRef ref = new ModelRef("whisper.cpp", "ggml-small.bin");

        assertThatThrownBy(() -> new WhisperCppTranscription(script("exit 3"), model, 5000).call(ref,
                voiceNote(new byte[] {1}), null)).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.getMessage()).contains("exited with 3"));
        assertThatThrownBy(() -> new WhisperCppTranscription(script("sleep 5"), model, 200).call(ref,
                voiceNote(new byte[] {1}), null)).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.TIMEOUT));
        assertThat(WhisperCppTranscription.problem(dir.resolve("nope"), model)).contains("not an executable");
    }
}

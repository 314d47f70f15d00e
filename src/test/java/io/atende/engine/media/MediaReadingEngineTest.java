package io.atende.engine.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.pack.MessageTemplates;
import io.atende.shared.ConversationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaReadingEngineTest {

    private final List<EngineRequest> seen = new ArrayList<>();
    private final Engine echo = new Engine() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public EngineDecision decide(EngineRequest request) {
            seen.add(request);
            return EngineDecision.of(new EngineCommand.Say("ouvi: " + request.combinedText()));
        }
    };
    private final MessageTemplates messages = new MessageTemplates(Map.of("fallback", "Não entendi.",
            "media_unreadable", "Ainda não consigo ouvir áudios. Pode escrever?"));

    private static EngineRequest turn(List<String> texts, EngineRequest.Media... media) {
        return new EngineRequest(ConversationId.random(), texts, List.of(), Map.of(), null, List.of(media));
    }

    private static EngineRequest.Media audio(String ref) {
        return new EngineRequest.Media("audio", "audio/ogg", ref, null, "api");
    }

    private static List<String> said(EngineDecision decision) {
        return decision.commands().stream().filter(EngineCommand.Say.class::isInstance)
                .map(c -> ((EngineCommand.Say) c).text()).toList();
    }

    @Test
    void shouldAnswerAVoiceNoteAsIfItHadBeenTyped() {
        MediaReader transcripts = (conversation, media) -> Optional.of("qual o prazo de entrega pra BH?");
        Engine engine = new MediaReadingEngine(echo, transcripts, () -> messages);

        EngineDecision decision = engine.decide(turn(List.of(""), audio("data:audio/ogg;base64,AA==")));

        assertThat(said(decision)).containsExactly("ouvi: qual o prazo de entrega pra BH?");
        assertThat(seen.getFirst().media()).isEmpty();
    }

    @Test
    void shouldAskKindlyToWriteWhenNothingCouldBeRead() {
        Engine engine = new MediaReadingEngine(echo, MediaReader.NONE, () -> messages);

        EngineDecision decision = engine.decide(turn(List.of(""), audio("wamid.1")));

        assertThat(said(decision)).containsExactly("Ainda não consigo ouvir áudios. Pode escrever?");
        assertThat(seen).isEmpty();
    }

    @Test
    void shouldAnswerTheTextAndCaptionWhenTheFileItselfCannotBeRead() {
        Engine engine = new MediaReadingEngine(echo, MediaReader.NONE, () -> messages);
        EngineRequest.Media photo = new EngineRequest.Media("image", "image/jpeg", "wamid.2", "chegou assim", "api");

        EngineDecision decision = engine.decide(turn(List.of("oi"), photo));

        assertThat(said(decision)).containsExactly("ouvi: oi\nchegou assim");
    }

    @Test
    void shouldLeaveATurnWithoutFilesUntouched() {
        Engine engine = new MediaReadingEngine(echo, (c, m) -> {
            throw new AssertionError("no file to read");
        }, () -> messages);

        assertThat(said(engine.decide(turn(List.of("oi", "tudo bem?"))))).containsExactly("ouvi: oi\ntudo bem?");
    }
}

package io.atende.engine.local;

import static io.atende.engine.local.LabelledTurnsTest.said;
import static io.atende.engine.local.LabelledTurnsTest.understood;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.TestPacks;
import io.atende.shared.ConversationId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pack's off-topic examples: a message like them is told kindly that the store cannot help there. */
class OutOfScopeIntentTest {

    private static final Path DEMO = Path.of("packs/demo-store");

    @Test
    void shouldAnswerARequestLikeTheOffTopicExamplesWithTheOutOfScopeMessage() {
        Pack pack = PackLoader.load(DEMO);
        EngineDecision d = decide(pack, "me conta uma piada");

        assertThat(understood(d).route()).isEqualTo("out_of_scope");
        assertThat(said(d)).isEqualTo(pack.messages().render("out_of_scope", Map.of()));
    }

    @Test
    void shouldStillAnswerTheComplaintThatSharesTheWord() {
        EngineDecision d = decide(PackLoader.load(DEMO), "vcs são uma piada");

        assertThat(understood(d).route()).isEqualTo("intent");
        assertThat(understood(d).intent()).isEqualTo("reclamacao_generica");
    }

    @Test
    void shouldTakeAJokeRequestForTheComplaintWhenThePackHasNoOffTopicExamples() throws IOException {
        // why the intent exists: "piada" in common is enough for the nearest example
        Path copy = TestPacks.copyOf(DEMO);
        String intents = Files.readString(copy.resolve("intents.yaml"));
        Files.writeString(copy.resolve("intents.yaml"), intents.substring(0, intents.indexOf("  - name: out_of_scope")));

        EngineDecision d = decide(PackLoader.load(copy), "me conta uma piada");

        assertThat(understood(d).intent()).isEqualTo("reclamacao_generica");
    }

    private static EngineDecision decide(Pack pack, String text) {
        LocalEngine engine = new LocalEngine(pack, KnowledgeBase.inMemory(pack));
        return engine.decide(new EngineRequest(ConversationId.random(), List.of(text), List.of(), Map.of()));
    }
}

package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.privacy.AesGcmFieldCipher;
import io.atende.privacy.KeyRing;
import io.atende.privacy.KeyStoreFiles;
import io.atende.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Key rotation end to end: rotate, re-seal everything, prune the old key, read it all back. */
class ReencryptionTest {

    /** Captures an attribute and opts out, so that conversations.attributes and contact_preferences hold sealed data too. */
    private static final class CepEngine implements io.atende.engine.Engine {
        @Override
        public String name() {
            return "cep";
        }

        @Override
        public EngineDecision decide(io.atende.engine.EngineRequest request) {
            return EngineDecision.of(new EngineCommand.SetAttribute("cep", "30140-071"),
                    new EngineCommand.OptOut(request.combinedText()), new EngineCommand.Say("anotado"));
        }
    }

    @Test
    void shouldResealEveryStoredValueWithTheNewKey() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-rotation-");
        AtomicReference<KeyRing> ring = new AtomicReference<>(KeyStoreFiles.load(dataDir, null, null));
        var cipher = new AesGcmFieldCipher(ring::get);
        var db = TestDatabases.h2();
        try (var pool = db.migrated(4);
             var pipeline = new Pipeline(pool, cipher, new CepEngine(), new Aggregation(0, 0),
                     Duration.ofSeconds(10)).start()) {
            var accepted = pipeline.service.accept(InboundMessage.text(Channel.API, "rita", null, "meu cep é 30140-071"));
            pipeline.service.awaitReplies(accepted.messageId(), Duration.ofSeconds(10)).orElseThrow();

            KeyStoreFiles.rotate(dataDir);
            ring.set(KeyStoreFiles.load(dataDir, null, null));
            var reencryption = new Reencryption(pipeline.jdbc, cipher, pipeline.tx);
            assertThat(reencryption.countStale()).isPositive();
            long rewritten = reencryption.reencryptAll();
            assertThat(rewritten).isPositive();
            assertThat(reencryption.countStale()).isZero();
            assertThat(reencryption.reencryptAll()).as("a second run has nothing left to do").isZero();

            KeyStoreFiles.prune(dataDir);
            ring.set(KeyStoreFiles.load(dataDir, null, null));
            var conversation = pipeline.service.find(accepted.conversationId()).orElseThrow();
            assertThat(conversation.messages()).extracting(MessageView::text).containsExactly("meu cep é 30140-071", "anotado");
            assertThat(conversation.attributes()).containsEntry("cep", "30140-071");
            assertThat(cipher.open(pipeline.jdbc.sql("SELECT opt_out_text FROM contact_preferences").query(String.class)
                    .single())).isEqualTo("meu cep é 30140-071");
        }
    }
}

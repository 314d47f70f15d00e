package io.atende.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.testsupport.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AesGcmFieldCipherTest {

    @Test
    void shouldOpenWhatItSealedAndNeverShowThePlaintext() {
        FieldCipher cipher = TestKeys.cipher();
        String sealed = cipher.seal("Pix para CPF 529.982.247-25 ✓");
        assertThat(sealed).startsWith("enc1:test:").doesNotContain("529");
        assertThat(cipher.open(sealed)).isEqualTo("Pix para CPF 529.982.247-25 ✓");
        assertThat(cipher.seal("igual")).isNotEqualTo(cipher.seal("igual"));
        assertThat(cipher.seal(null)).isNull();
    }

    @Test
    void shouldDetectTamperingAndWrongKeys() {
        FieldCipher cipher = TestKeys.cipher();
        String sealed = cipher.seal("texto");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> cipher.open(tampered)).hasMessageContaining("tampered");
        assertThatThrownBy(() -> TestKeys.cipher().open(sealed)).hasMessageContaining("wrong key");
        assertThatThrownBy(() -> cipher.open("plaintext")).hasMessageContaining("not sealed");
    }

    @Test
    void shouldKeepOldDataReadableAcrossARotationUntilPruned() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-keys-");
        AtomicReference<KeyRing> ring = new AtomicReference<>(KeyStoreFiles.load(dataDir, null, null));
        FieldCipher cipher = new AesGcmFieldCipher(ring::get);
        String old = cipher.seal("antes da rotação");

        String newId = KeyStoreFiles.rotate(dataDir);
        ring.set(KeyStoreFiles.load(dataDir, null, null));
        String fresh = cipher.seal("depois da rotação");
        assertThat(fresh).startsWith("enc1:" + newId + ":");
        assertThat(cipher.open(old)).isEqualTo("antes da rotação");
        assertThat(cipher.isSealedWithActiveKey(old)).isFalse();
        assertThat(cipher.isSealedWithActiveKey(fresh)).isTrue();

        assertThat(KeyStoreFiles.prune(dataDir)).isEqualTo(1);
        ring.set(KeyStoreFiles.load(dataDir, null, null));
        assertThat(cipher.open(fresh)).isEqualTo("depois da rotação");
        assertThatThrownBy(() -> cipher.open(old)).hasMessageContaining("no key with id");
    }

    @Test
    void shouldUseTheEnvironmentKeyAndOldKeysWhenGiven() {
        String oldKey = KeyStoreFiles.newKeyBase64();
        String newKey = KeyStoreFiles.newKeyBase64();
        FieldCipher before = new AesGcmFieldCipher(() -> KeyStoreFiles.load(Path.of("/nonexistent"), oldKey, null));
        String sealed = before.seal("segredo");
        FieldCipher after = new AesGcmFieldCipher(() -> KeyStoreFiles.load(Path.of("/nonexistent"), newKey, oldKey));
        assertThat(after.open(sealed)).isEqualTo("segredo");
        assertThat(after.isSealedWithActiveKey(sealed)).isFalse();
        assertThatThrownBy(() -> KeyStoreFiles.load(Path.of("/x"), "c2hvcnQ=", null)).hasMessageContaining("32 bytes");
    }
}

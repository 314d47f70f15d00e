package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The channel's settings: Meta's Graph API by default, blanks are unset, and secrets never printed. */
class WhatsAppPropertiesTest {

    @Test
    void shouldDefaultToMetasGraphApiAndTreatBlanksAsUnset() {
        var properties = new WhatsAppProperties(" ", "", null, "", null, 10_000, "pt_BR");
        assertThat(properties.apiBaseUrl()).isEqualTo("https://graph.facebook.com/v21.0");
        assertThat(properties.receives()).isFalse();
        assertThat(properties.verifyToken()).isNull();
    }

    @Test
    void shouldRefuseABaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new WhatsAppProperties("v", "s", "t", "1", "graph.facebook.com", 10_000, "pt_BR"))
                .hasMessageContaining("ATENDE_WHATSAPP_API_BASE_URL");
    }

    @Test
    void shouldNeverPrintTheSecrets() {
        var properties = new WhatsAppProperties("verify-123", "secret-456", "token-789", "106540352242922", null, 10_000, "pt_BR");
        assertThat(properties.toString()).doesNotContain("verify-123", "secret-456", "token-789")
                .contains("106540352242922");
    }
}

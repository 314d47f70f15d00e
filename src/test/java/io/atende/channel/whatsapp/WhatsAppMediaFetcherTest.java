package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.engine.EngineRequest;
import io.atende.engine.media.MediaFetcher.MediaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Media by id over real HTTP against the fake Graph API: the lookup, the download with the token, the limits. */
class WhatsAppMediaFetcherTest {

    private FakeGraphApi graph;
    private WhatsAppMediaFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        graph = new FakeGraphApi(WhatsAppOutboundChannelTest.TOKEN);
        fetcher = new WhatsAppMediaFetcher(WhatsAppOutboundChannelTest.properties(graph.baseUrl()));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private static EngineRequest.Media media(String kind, String mime, String id) {
        return new EngineRequest.Media(kind, mime, id, null, "whatsapp");
    }

    @Test
    void shouldLookUpTheMediaIdThenDownloadItWithTheBearerToken() {
        byte[] voice = "OggS-voz".getBytes();
        graph.media("1013859600285441", "audio/ogg", voice, voice.length);

        assertThat(fetcher.handles(media("audio", "audio/ogg", "1013859600285441"))).isTrue();
        assertThat(fetcher.fetch(media("audio", "audio/ogg", "1013859600285441"), 25 * 1024 * 1024)).isEqualTo(voice);
        assertThat(graph.requests).extracting(FakeGraphApi.Request::path)
                .containsExactly("/v21.0/1013859600285441", "/download/1013859600285441");
        assertThat(graph.requests).allMatch(r -> ("Bearer " + WhatsAppOutboundChannelTest.TOKEN).equals(r.authorization()));
    }

    @Test
    void shouldRefuseAnImageOverFiveMegabytesByItsDeclaredSizeWithoutDownloading() {
        graph.media("img1", "image/jpeg", new byte[10], 6L * 1024 * 1024);

        assertThatThrownBy(() -> fetcher.fetch(media("image", "image/jpeg", "img1"), 50 * 1024 * 1024))
                .isInstanceOf(MediaException.class).hasMessageContaining("larger than 5242880");
        assertThat(graph.requests).hasSize(1);
    }

    @Test
    void shouldRefuseAFileLargerThanItDeclaredWhileReading() {
        graph.media("img2", "image/png", new byte[2048], 100);

        assertThatThrownBy(() -> fetcher.fetch(media("image", "image/png", "img2"), 1024))
                .isInstanceOf(MediaException.class).hasMessageContaining("larger than 1024");
    }

    @Test
    void shouldRefuseTypesWhatsAppDoesNotSendAndMediaOfOtherChannels() {
        graph.media("exe1", "application/x-msdownload", new byte[10], 10);

        assertThatThrownBy(() -> fetcher.fetch(media("document", "application/x-msdownload", "exe1"), 1024))
                .isInstanceOf(MediaException.class).hasMessageContaining("not accepted");
        assertThat(fetcher.handles(new EngineRequest.Media("image", "image/png", "1234", null, "api"))).isFalse();
        assertThat(fetcher.handles(media("image", "image/png", "https://example.com/a.png"))).isFalse();
    }

    @Test
    void shouldSayWhenTheGraphApiDoesNotKnowTheMediaId() {
        assertThatThrownBy(() -> fetcher.fetch(media("audio", "audio/ogg", "999"), 1024))
                .isInstanceOf(MediaException.class).hasMessageContaining("error 100");
    }
}

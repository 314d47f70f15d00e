package io.atende.engine.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.atende.engine.EngineRequest;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UrlMediaFetcherTest {

    private final UrlMediaFetcher fetcher = new UrlMediaFetcher(Duration.ofSeconds(2));
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/nota.ogg", exchange -> {
            byte[] body = "OggS-audio".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/sumiu.ogg", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static EngineRequest.Media media(String reference) {
        return new EngineRequest.Media("audio", "audio/ogg", reference, null, "api");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void shouldDecodeABase64DataUrlAndLoadAnHttpUrl() {
        String data = "data:audio/ogg;base64," + Base64.getEncoder().encodeToString("voz".getBytes());

        assertThat(new String(fetcher.fetch(media(data), 1000))).isEqualTo("voz");
        assertThat(new String(fetcher.fetch(media(url("/nota.ogg")), 1000))).isEqualTo("OggS-audio");
        assertThat(fetcher.handles(media("wamid.HBgM"))).isFalse();
    }

    @Test
    void shouldRefuseAFileOverTheLimitAMissingOneAndABadDataUrl() {
        assertThatThrownBy(() -> fetcher.fetch(media(url("/nota.ogg")), 4))
                .isInstanceOf(MediaFetcher.MediaException.class).hasMessageContaining("larger than 4 bytes");
        assertThatThrownBy(() -> fetcher.fetch(media(url("/sumiu.ogg")), 1000))
                .isInstanceOf(MediaFetcher.MediaException.class).hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> fetcher.fetch(media("data:audio/ogg,texto"), 1000))
                .isInstanceOf(MediaFetcher.MediaException.class).hasMessageContaining("base64");
    }
}

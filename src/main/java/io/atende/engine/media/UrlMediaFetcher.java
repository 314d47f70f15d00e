package io.atende.engine.media;

import io.atende.engine.EngineRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Loads media given as a URL: {@code data:} URLs (base64) as the API and the web chat send them, and {@code
 * http(s)} URLs the client points at. The size is checked while reading, so a huge file is never held whole.
 */
public final class UrlMediaFetcher implements MediaFetcher {

    private final HttpClient http;
    private final Duration timeout;

    public UrlMediaFetcher(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public boolean handles(EngineRequest.Media media) {
        String ref = media.reference() == null ? "" : media.reference().toLowerCase(Locale.ROOT);
        return ref.startsWith("data:") || ref.startsWith("https://") || ref.startsWith("http://");
    }

    @Override
    public byte[] fetch(EngineRequest.Media media, int maxBytes) {
        String ref = media.reference();
        if (ref.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = ref.indexOf(',');
            if (comma < 0 || !ref.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw new MediaException("a data: URL must be base64 (data:<type>;base64,<data>)");
            }
            if ((ref.length() - comma) / 4L * 3 > maxBytes) {
                throw new MediaException("the file is larger than " + maxBytes + " bytes");
            }
            try {
                return Base64.getDecoder().decode(ref.substring(comma + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new MediaException("the data: URL is not valid base64");
            }
        }
        try {
            return MediaFetcher.body(http.send(HttpRequest.newBuilder(URI.create(ref)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream()), maxBytes);
        } catch (IOException | IllegalArgumentException e) {
            throw new MediaException("the media URL could not be read: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException("interrupted while reading the media URL", e);
        }
    }
}

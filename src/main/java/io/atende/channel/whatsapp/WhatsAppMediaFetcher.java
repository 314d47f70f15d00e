package io.atende.channel.whatsapp;

import io.atende.engine.EngineRequest;
import io.atende.engine.media.MediaFetcher;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Loads media a WhatsApp customer sent, by its media id: {@code GET {base}/{media-id}} answers the file's url,
 * mime_type and file_size; the url is then downloaded with the same bearer token. WhatsApp's own limits apply
 * (audio and video 16 MB, images 5 MB, documents 100 MB) and only the types WhatsApp sends; the declared size is
 * checked before downloading, the real size while reading.
 */
public final class WhatsAppMediaFetcher implements MediaFetcher {

    static final int MB = 1024 * 1024;
    private static final Set<String> AUDIO = Set.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg");
    private static final Set<String> IMAGE = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Set<String> VIDEO = Set.of("video/mp4", "video/3gpp");
    private static final Set<String> DOCUMENT = Set.of("application/pdf", "text/plain", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final GraphApi api;

    public WhatsAppMediaFetcher(WhatsAppProperties properties) {
        this.api = new GraphApi(properties);
    }

    @Override
    public boolean handles(EngineRequest.Media media) {
        String ref = media.reference() == null ? "" : media.reference().toLowerCase(Locale.ROOT);
        return "whatsapp".equals(media.channel()) && !ref.isBlank() && !ref.startsWith("http") && !ref.startsWith("data:");
    }

    @Override
    public byte[] fetch(EngineRequest.Media media, int maxBytes) {
        if (!media.reference().matches("[A-Za-z0-9_.-]{1,200}")) {
            throw new MediaException("not a WhatsApp media id");
        }
        GraphApi.Reply info = api.media(media.reference());
        if (!info.ok()) {
            throw new MediaException("the Graph API refused the media id: error " + info.errorCode());
        }
        JsonNode body = info.body();
        String mime = body.path("mime_type").asString("").toLowerCase(Locale.ROOT).split(";")[0].strip();
        long limit = Math.min(maxBytes, limitOf(mime));
        long declared = body.path("file_size").asLong(-1);
        if (declared > limit) {
            throw new MediaException("the file is larger than " + limit + " bytes (" + declared + " declared)");
        }
        String url = body.path("url").asString(null);
        if (url == null || !url.startsWith("http")) {
            throw new MediaException("the Graph API gave no media url");
        }
        try {
            return MediaFetcher.body(api.download(url), limit);
        } catch (IOException | IllegalArgumentException e) {
            throw new MediaException("the media could not be downloaded: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException("interrupted while downloading media", e);
        }
    }

    /** WhatsApp's size limit of a media type; a type WhatsApp does not send is refused. */
    static long limitOf(String mime) {
        if (AUDIO.contains(mime) || VIDEO.contains(mime)) {
            return 16L * MB;
        }
        if (IMAGE.contains(mime)) {
            return 5L * MB;
        }
        if (DOCUMENT.contains(mime)) {
            return 100L * MB;
        }
        throw new MediaException("media type not accepted: " + (mime.isBlank() ? "none" : mime));
    }
}

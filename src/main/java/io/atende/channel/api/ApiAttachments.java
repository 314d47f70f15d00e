package io.atende.channel.api;

import io.atende.conversation.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks the attachments of {@code POST /api/v1/messages}; each problem names its field. */
final class ApiAttachments {

    static final int MAX = 5;
    private static final Set<String> KINDS = Set.of("audio", "image", "document", "video");

    private ApiAttachments() {
    }

    static List<Attachment> read(List<ApiMessagesController.AttachmentRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            return List.of();
        }
        if (requests.size() > MAX) {
            throw new ApiException("attachments", "at most " + MAX + " attachments per message");
        }
        List<Attachment> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ApiMessagesController.AttachmentRequest a = requests.get(i);
            String field = "attachments[" + i + "]";
            if (a == null) {
                throw new ApiException(field, "an attachment must be an object with kind and url");
            }
            if (a.kind() == null || !KINDS.contains(a.kind())) {
                throw new ApiException(field + ".kind", "kind must be one of audio, image, document, video");
            }
            String url = a.url() == null ? "" : a.url().strip();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("data:"))) {
                throw new ApiException(field + ".url", "url must be an http(s) URL or a base64 data: URL");
            }
            String mime = a.mimeType() == null || a.mimeType().isBlank() ? mimeOf(lower) : a.mimeType().strip();
            out.add(new Attachment(a.kind(), mime, url, null, a.caption()));
        }
        return out;
    }

    private static String mimeOf(String url) {
        if (url.startsWith("data:") && url.indexOf(';') > 5) {
            return url.substring(5, url.indexOf(';'));
        }
        return null;
    }
}

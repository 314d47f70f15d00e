package io.atende.channel.whatsapp;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of {@code POST /{phone-number-id}/messages}, as Meta's Cloud API documents them ("Send
 * messages": text, interactive button and list, image, template; "Typing indicators": mark as read with
 * {@code typing_indicator}). Each names {@code messaging_product: whatsapp} and the recipient's wa_id as received.
 * Limits Meta enforces are checked here, so a bad message fails before it is sent.
 */
final class GraphPayloads {

    /** WhatsApp's longest text body. */
    static final int MAX_TEXT = 4096;
    static final int MAX_BUTTONS = 3;
    static final int MAX_BUTTON_TITLE = 20;
    static final int MAX_LIST_ROWS = 10;
    static final int MAX_ROW_TITLE = 24;
    static final int MAX_ROW_DESCRIPTION = 72;
    /** The longest body of an interactive message, and the longest caption of an image. */
    static final int MAX_INTERACTIVE_BODY = 1024;
    /** The longest id of a list row (a button's may have 256). */
    static final int MAX_ROW_ID = 200;

    /** A reply button or a list row: the id comes back in the customer's button_reply / list_reply. */
    record Option(String id, String title, String description) {
        Option(String id, String title) {
            this(id, title, null);
        }
    }

    /** A section of a list message. */
    record Section(String title, List<Option> rows) {
    }

    private GraphPayloads() {
    }

    static Map<String, Object> text(String to, String body) {
        require(body != null && !body.isBlank() && body.length() <= MAX_TEXT, "a text must have 1 to 4096 characters");
        Map<String, Object> payload = envelope(to, "text");
        payload.put("text", Map.of("preview_url", false, "body", body));
        return payload;
    }

    static Map<String, Object> buttons(String to, String body, List<Option> buttons) {
        return buttons(to, null, body, buttons);
    }

    /** Reply buttons under a picture ({@code header} of type image), by public link; no picture when null. */
    static Map<String, Object> buttons(String to, String imageLink, String body, List<Option> buttons) {
        require(!buttons.isEmpty() && buttons.size() <= MAX_BUTTONS, "reply buttons: 1 to 3 buttons");
        uniqueIds(buttons);
        List<Map<String, Object>> action = buttons.stream().map(b -> {
            require(b.title() != null && !b.title().isBlank() && b.title().length() <= MAX_BUTTON_TITLE,
                    "a button title must have 1 to 20 characters");
            return Map.<String, Object>of("type", "reply", "reply", Map.of("id", b.id(), "title", b.title()));
        }).toList();
        Map<String, Object> header = null;
        if (imageLink != null) {
            require(isLink(imageLink), "a header image needs a link");
            header = Map.of("type", "image", "image", Map.of("link", imageLink));
        }
        return interactive(to, "button", header, body, Map.of("buttons", action));
    }

    static Map<String, Object> list(String to, String body, String button, List<Section> sections) {
        require(button != null && !button.isBlank() && button.length() <= MAX_BUTTON_TITLE,
                "a list's button must have 1 to 20 characters");
        List<Option> rows = sections.stream().flatMap(s -> s.rows().stream()).toList();
        require(!rows.isEmpty() && rows.size() <= MAX_LIST_ROWS, "a list has 1 to 10 rows");
        uniqueIds(rows);
        List<Map<String, Object>> wire = sections.stream().map(s -> {
            Map<String, Object> section = new LinkedHashMap<>();
            if (s.title() != null) {
                section.put("title", s.title());
            }
            section.put("rows", s.rows().stream().map(r -> {
                require(r.title() != null && !r.title().isBlank() && r.title().length() <= MAX_ROW_TITLE,
                        "a row title must have 1 to 24 characters");
                require(r.id().length() <= MAX_ROW_ID, "a row id has at most 200 characters");
                require(r.description() == null || r.description().length() <= MAX_ROW_DESCRIPTION,
                        "a row description has at most 72 characters");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.id());
                row.put("title", r.title());
                if (r.description() != null) {
                    row.put("description", r.description());
                }
                return row;
            }).toList());
            return section;
        }).toList();
        return interactive(to, "list", null, body, Map.of("button", button, "sections", wire));
    }

    /** An image by public link ({@code http(s)://}) or by the id of uploaded media. */
    static Map<String, Object> image(String to, String linkOrMediaId, String caption) {
        require(linkOrMediaId != null && !linkOrMediaId.isBlank(), "an image needs a link or a media id");
        Map<String, Object> image = new LinkedHashMap<>();
        image.put(isLink(linkOrMediaId) ? "link" : "id", linkOrMediaId);
        if (caption != null && !caption.isBlank()) {
            require(caption.length() <= MAX_INTERACTIVE_BODY, "an image caption has at most 1024 characters");
            image.put("caption", caption);
        }
        Map<String, Object> payload = envelope(to, "image");
        payload.put("image", image);
        return payload;
    }

    /** An approved template; {@code components} as Meta's template components (may be empty). */
    static Map<String, Object> template(String to, String name, String language, List<Map<String, Object>> components) {
        require(name != null && name.matches("[a-z0-9_]{1,512}"), "a template name is lower case letters, digits and _");
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", name);
        template.put("language", Map.of("code", language));
        if (!components.isEmpty()) {
            template.put("components", components);
        }
        Map<String, Object> payload = envelope(to, "template");
        payload.put("template", template);
        return payload;
    }

    /** Marks the customer's message (and those before it) as read and shows "typing…" for up to 25 seconds. */
    static Map<String, Object> readWithTyping(String messageId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("messaging_product", "whatsapp");
        payload.put("status", "read");
        payload.put("message_id", messageId);
        payload.put("typing_indicator", Map.of("type", "text"));
        return payload;
    }

    private static Map<String, Object> interactive(String to, String type, Map<String, Object> header, String body,
                                                   Map<String, Object> action) {
        require(body != null && !body.isBlank() && body.length() <= MAX_INTERACTIVE_BODY,
                "an interactive body has 1 to 1024 characters");
        Map<String, Object> interactive = new LinkedHashMap<>();
        interactive.put("type", type);
        if (header != null) {
            interactive.put("header", header);
        }
        interactive.put("body", Map.of("text", body));
        interactive.put("action", action);
        Map<String, Object> payload = envelope(to, "interactive");
        payload.put("interactive", interactive);
        return payload;
    }

    private static Map<String, Object> envelope(String to, String type) {
        require(to != null && !to.isBlank(), "a recipient is required");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("messaging_product", "whatsapp");
        payload.put("recipient_type", "individual");
        // a customer who shares no number is reached by the business-scoped user id, in "recipient" ("to" is for
        // phone numbers and would win if both were sent)
        payload.put(isBusinessScopedUserId(to) ? "recipient" : "to", to);
        payload.put("type", type);
        return payload;
    }

    /**
     * Meta's business-scoped user ids (2026): the user's ISO country code, a period, then letters and digits
     * ({@code BR.13491208655302741918}; parent ids {@code US.ENT.11815799212886844830}). A wa_id is digits only.
     */
    static boolean isBusinessScopedUserId(String contact) {
        return BSUID.matcher(contact).matches();
    }

    private static final java.util.regex.Pattern BSUID = java.util.regex.Pattern.compile("[A-Z]{2}\\.[A-Za-z0-9.]{1,160}");

    /** A public http(s) link, its scheme in any case ("HTTPS://" is a link too); anything else is a media id. */
    static boolean isLink(String value) {
        return value.regionMatches(true, 0, "https://", 0, 8) || value.regionMatches(true, 0, "http://", 0, 7);
    }

    private static void uniqueIds(List<Option> choices) {
        var seen = new HashSet<String>();
        choices.forEach(c -> require(c.id() != null && !c.id().isBlank() && seen.add(c.id()), "choice ids must be unique"));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

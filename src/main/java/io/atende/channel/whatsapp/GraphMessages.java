package io.atende.channel.whatsapp;

import io.atende.conversation.OutboundMessage;
import io.atende.shared.Choice;
import io.atende.shared.PixCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Graph API messages one outbound message goes out as, in order. The text is split into bubbles
 * ({@link Bubbles}); the answers it offers ride on its last bubble that can carry them (never a Pix code, which stays
 * alone to be copied): up to three short ones as reply buttons, up to ten as a list, more as the text alone, which
 * always reads on its own. A picture goes as an image captioned with the first bubble, or as the header of reply
 * buttons. The same message always gives the same parts, so a retry resumes after the parts already sent.
 */
final class GraphMessages {

    /** What ends a title too long for WhatsApp; the id still carries the whole answer. */
    static final String CUT = "…";

    private GraphMessages() {
    }

    /**
     * @param listButton the pack's label of a list's button ({@code whatsapp_list_button}); without it a message with
     *                   more answers than fit in buttons goes as text
     */
    static List<Map<String, Object>> of(OutboundMessage message, String listButton) {
        String to = message.recipient();
        List<String> bubbles = Bubbles.split(message.text());
        List<Choice> choices = distinct(message.choices());
        int anchor = bubbles.isEmpty() ? -1 : anchor(bubbles, choices);
        boolean buttons = anchor >= 0 && fitButtons(choices);
        boolean list = anchor >= 0 && !buttons && choices.size() <= GraphPayloads.MAX_LIST_ROWS && listButton != null
                && !listButton.isBlank() && listButton.strip().length() <= GraphPayloads.MAX_BUTTON_TITLE;
        String image = link(message.image());
        boolean imageOnButtons = buttons && image != null;
        // the bubble that carries the answers cannot be a caption too
        int carrier = buttons || list ? anchor : -1;

        List<Map<String, Object>> parts = new ArrayList<>();
        int captioned = -1;
        if (image != null && !imageOnButtons) {
            boolean caption = !bubbles.isEmpty() && carrier != 0 && carries(bubbles.getFirst());
            parts.add(GraphPayloads.image(to, image, caption ? bubbles.getFirst() : null));
            captioned = caption ? 0 : -1;
        }
        for (int i = 0; i < bubbles.size(); i++) {
            String bubble = bubbles.get(i);
            if (i == captioned) {
                continue;
            }
            if (i == carrier && buttons) {
                parts.add(GraphPayloads.buttons(to, imageOnButtons ? image : null, bubble, choices.stream()
                        .map(c -> new GraphPayloads.Option(c.title(), c.title())).toList()));
            } else if (i == carrier && list) {
                parts.add(GraphPayloads.list(to, bubble, listButton.strip(), List.of(new GraphPayloads.Section(null,
                        choices.stream().map(GraphMessages::row).toList()))));
            } else {
                parts.add(GraphPayloads.text(to, bubble));
            }
        }
        return parts;
    }

    /** The last bubble that can be the body of an interactive message, or -1 (none, or nothing to offer). */
    private static int anchor(List<String> bubbles, List<Choice> choices) {
        if (choices.isEmpty()) {
            return -1;
        }
        for (int i = bubbles.size() - 1; i >= 0; i--) {
            if (carries(bubbles.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A bubble that can be a caption or an interactive body: short enough, and not a Pix code to copy. */
    private static boolean carries(String bubble) {
        return bubble.length() <= GraphPayloads.MAX_INTERACTIVE_BODY && PixCodes.find(bubble) == null;
    }

    private static boolean fitButtons(List<Choice> choices) {
        return choices.size() <= GraphPayloads.MAX_BUTTONS
                && choices.stream().allMatch(c -> c.title().length() <= GraphPayloads.MAX_BUTTON_TITLE);
    }

    /**
     * A list row: the title cut at a word to fit, the rest of it and the detail (a price) in the description, and the
     * whole title as the id, which is what comes back when the customer taps it.
     */
    static GraphPayloads.Option row(Choice choice) {
        String title = choice.title();
        String shown = shorten(title, GraphPayloads.MAX_ROW_TITLE);
        String rest = shown.equals(title) ? "" : title.substring(shown.length() - CUT.length()).strip();
        String description = rest.isEmpty() ? choice.detail()
                : choice.detail() == null ? rest : rest + " · " + choice.detail();
        return new GraphPayloads.Option(title, shown,
                description == null ? null : shorten(description, GraphPayloads.MAX_ROW_DESCRIPTION));
    }

    /** {@code text} whole when it fits in {@code max} characters, else cut at a space (or mid-word) and marked. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int room = max - CUT.length();
        int cut = text.lastIndexOf(' ', room);
        cut = cut < room / 2 ? room : cut;
        return text.substring(0, cut).stripTrailing() + CUT;
    }

    /** The answer a tapped button or row stands for: its id when the title shown was a cut of it, else the title. */
    static String answer(String title, String id) {
        if (id != null && title.endsWith(CUT) && id.startsWith(title.substring(0, title.length() - CUT.length()))) {
            return id;
        }
        return title;
    }

    private static List<Choice> distinct(List<Choice> choices) {
        Map<String, Choice> byTitle = new LinkedHashMap<>();
        choices.forEach(c -> byTitle.putIfAbsent(c.title(), c));
        return List.copyOf(byTitle.values());
    }

    /** A picture's public link; WhatsApp fetches images by http(s) link only. */
    private static String link(String image) {
        return image != null && (image.startsWith("https://") || image.startsWith("http://")) ? image : null;
    }
}

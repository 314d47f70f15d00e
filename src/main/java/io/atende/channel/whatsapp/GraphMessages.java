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
 * always reads on its own. A picture goes as an image of its own before the text, or as the header of reply
 * buttons; never with the text as its caption, because a picture WhatsApp cannot fetch fails its whole message, and
 * the text must arrive anyway. The same message always gives the same parts, so a retry resumes after the parts
 * already sent.
 */
final class GraphMessages {

    /** What ends a title too long for WhatsApp; the id still carries the whole answer. */
    static final String CUT = "…";
    /** Between the rest of a row's title and its detail. */
    private static final String SEPARATOR = " · ";
    /** With less room than this left by the detail, a row's description is the detail alone. */
    private static final int MIN_REST = 12;

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

        List<Map<String, Object>> parts = new ArrayList<>();
        if (image != null && !imageOnButtons && !bubbles.isEmpty()) {
            parts.add(GraphPayloads.image(to, image, null));
        }
        for (int i = 0; i < bubbles.size(); i++) {
            String bubble = bubbles.get(i);
            if (i == anchor && buttons) {
                parts.add(GraphPayloads.buttons(to, imageOnButtons ? image : null, bubble, choices.stream()
                        .map(c -> new GraphPayloads.Option(c.title(), c.title())).toList()));
            } else if (i == anchor && list) {
                parts.add(GraphPayloads.list(to, bubble, listButton.strip(), List.of(new GraphPayloads.Section(null,
                        rows(choices)))));
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

    /** A bubble that can be an interactive body: short enough, and not a Pix code to copy. */
    private static boolean carries(String bubble) {
        return bubble.length() <= GraphPayloads.MAX_INTERACTIVE_BODY && PixCodes.find(bubble) == null;
    }

    private static boolean fitButtons(List<Choice> choices) {
        return choices.size() <= GraphPayloads.MAX_BUTTONS
                && choices.stream().allMatch(c -> c.title().length() <= GraphPayloads.MAX_BUTTON_TITLE);
    }

    /**
     * The rows of a list. A title too long for a row leaves out the words it starts with like another title
     * ("Smartphone Samsung Galaxy" of the A15 and the A16), so each row shows what tells it apart; the message's text
     * names them whole.
     */
    static List<GraphPayloads.Option> rows(List<Choice> choices) {
        return choices.stream().map(c -> row(c, sharedStart(c, choices))).toList();
    }

    /**
     * A list row: its own words cut at a word to fit, the rest of them and the detail (a price, always kept) in the
     * description, and the whole title as the id, which is what comes back when the customer taps it.
     */
    private static GraphPayloads.Option row(Choice choice, String shared) {
        String title = choice.title();
        String own = title.substring(shared.length()).strip();
        String shown = shorten(own, GraphPayloads.MAX_ROW_TITLE);
        String rest = shown.equals(own) ? "" : own.substring(shown.length() - CUT.length()).strip();
        String detail = choice.detail();
        int room = GraphPayloads.MAX_ROW_DESCRIPTION - (detail == null ? 0 : detail.length() + SEPARATOR.length());
        String description;
        if (rest.isEmpty() || room < MIN_REST) {
            description = detail == null ? (rest.isEmpty() ? null : rest) : detail;
        } else {
            description = detail == null ? rest : shorten(rest, room) + SEPARATOR + detail;
        }
        return new GraphPayloads.Option(title, shown,
                description == null ? null : shorten(description, GraphPayloads.MAX_ROW_DESCRIPTION));
    }

    /**
     * The most whole words {@code choice}'s title starts with like another title, and the space after them; nothing
     * for a title that fits a row.
     */
    private static String sharedStart(Choice choice, List<Choice> choices) {
        String title = choice.title();
        if (title.length() <= GraphPayloads.MAX_ROW_TITLE) {
            return "";
        }
        String[] words = title.split(" ");
        int most = 0;
        for (Choice other : choices) {
            if (other == choice) {
                continue;
            }
            String[] theirs = other.title().split(" ");
            int same = 0;
            // never the whole title: a row shows at least its last word
            while (same < words.length - 1 && same < theirs.length && theirs[same].equals(words[same])) {
                same++;
            }
            most = Math.max(most, same);
        }
        String shared = most == 0 ? "" : String.join(" ", java.util.Arrays.copyOf(words, most)) + " ";
        return title.startsWith(shared) ? shared : "";
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

    /**
     * The answer a tapped button or row stands for: its id, which holds the whole answer, when the title shown was a
     * part of it (cut to fit, or without the words every row shared); else the title.
     */
    static String answer(String title, String id) {
        String stem = title.endsWith(CUT) ? title.substring(0, title.length() - CUT.length()).strip() : title;
        return id != null && !stem.isBlank() && id.contains(stem) ? id : title;
    }

    private static List<Choice> distinct(List<Choice> choices) {
        Map<String, Choice> byTitle = new LinkedHashMap<>();
        choices.forEach(c -> byTitle.putIfAbsent(c.title(), c));
        return List.copyOf(byTitle.values());
    }

    /** A picture's public link; WhatsApp fetches images by http(s) link only. */
    private static String link(String image) {
        return image != null && GraphPayloads.isLink(image) ? image : null;
    }
}

package io.atende.channel.whatsapp;

import io.atende.shared.PixCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a reply into WhatsApp bubbles: a short reply stays whole; a long one is cut at paragraphs, a paragraph too
 * long at sentences, and only a sentence longer than WhatsApp's 4096 characters at a space. A Pix copy-and-paste
 * code (an EMV BR Code: starts with {@code 000201}, ends with {@code 6304} and its CRC16) always goes alone in its
 * own bubble, so the customer can copy it with one long press. Deterministic: a retry splits the same way.
 */
final class Bubbles {

    /** A bubble longer than this is cut at a natural boundary (about a phone screen of text). */
    static final int READABLE = 700;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

    private Bubbles() {
    }

    static List<String> split(String text) {
        List<String> bubbles = new ArrayList<>();
        String rest = text == null ? "" : text;
        int[] pix;
        while ((pix = PixCodes.find(rest)) != null) {
            addProse(rest.substring(0, pix[0]), bubbles);
            bubbles.add(rest.substring(pix[0], pix[1]));
            rest = rest.substring(pix[1]);
        }
        addProse(rest, bubbles);
        return bubbles;
    }

    private static void addProse(String prose, List<String> bubbles) {
        String trimmed = prose.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.length() <= READABLE) {
            bubbles.add(trimmed);
            return;
        }
        StringBuilder current = new StringBuilder();
        for (String paragraph : trimmed.split("\\n\\s*\\n")) {
            for (String piece : paragraph.strip().length() <= READABLE ? List.of(paragraph.strip()) : sentences(paragraph.strip())) {
                if (!current.isEmpty() && current.length() + 2 + piece.length() > READABLE) {
                    bubbles.add(current.toString());
                    current.setLength(0);
                }
                if (!current.isEmpty()) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
            // a paragraph ends a bubble once the bubble is long enough to stand alone
            if (current.length() > READABLE / 2) {
                bubbles.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            bubbles.add(current.toString());
        }
    }

    /** A long paragraph as sentence groups of readable size; a sentence over the hard limit is cut at a space. */
    private static List<String> sentences(String paragraph) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            for (String part : hardCut(sentence)) {
                if (!group.isEmpty() && group.length() + 1 + part.length() > READABLE) {
                    groups.add(group.toString());
                    group.setLength(0);
                }
                group.append(group.isEmpty() ? "" : " ").append(part);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group.toString());
        }
        return groups;
    }

    private static List<String> hardCut(String sentence) {
        List<String> parts = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > GraphPayloads.MAX_TEXT) {
            int cut = rest.lastIndexOf(' ', GraphPayloads.MAX_TEXT);
            cut = cut <= 0 ? GraphPayloads.MAX_TEXT : cut;
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        parts.add(rest);
        return parts;
    }
}

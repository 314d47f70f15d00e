package io.atende.pack;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code knowledge/*.txt}: plain text whose headings are lines that a person would read as headings:
 * <ul>
 *   <li>a line underlined with {@code ===} (level 1) or {@code ---} (level 2), three or more;</li>
 *   <li>a line in UPPER CASE standing alone between blank lines (at most 80 characters, not ending in
 *       {@code .}, {@code ,} or {@code ;}), level 2;</li>
 *   <li>a Markdown-style {@code # Heading} or {@code ## Heading} line, as in Markdown files.</li>
 * </ul>
 * When the file's first non-blank line is a heading, it names the document. A file without headings is one
 * section. The text is kept as written, with whitespace tidied.
 */
final class TextDocuments {

    private static final Pattern UNDERLINE = Pattern.compile("\\s*(={3,}|-{3,})\\s*");
    private static final Pattern HASHES = Pattern.compile("(#{1,2})\\s+(\\S.*)");
    private static final int MAX_HEADING = 80;

    private record Heading(String text, int level, int lines) {
    }

    private TextDocuments() {
    }

    static KnowledgeDocument read(List<String> lines) {
        var document = new KnowledgeDocument.Builder(KnowledgeDocument::tidy);
        boolean textSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            Heading h = heading(lines, i);
            if (h == null) {
                document.text().append(lines.get(i)).append('\n');
                textSeen |= !lines.get(i).isBlank();
                continue;
            }
            if (textSeen) {
                document.heading(h.text(), h.level(), i + 1);
            } else {
                document.title(h.text(), i + h.lines() + 1);
                textSeen = true;
            }
            i += h.lines() - 1;
        }
        return document.build();
    }

    private static Heading heading(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
            return null;
        }
        Matcher hashes = HASHES.matcher(line);
        if (hashes.matches()) {
            return new Heading(hashes.group(2).strip(), hashes.group(1).length(), 1);
        }
        if (i + 1 < lines.size()) {
            Matcher under = UNDERLINE.matcher(lines.get(i + 1));
            if (under.matches() && line.length() <= MAX_HEADING) {
                return new Heading(line, under.group(1).charAt(0) == '=' ? 1 : 2, 2);
            }
        }
        boolean alone = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
        return alone && upperCase(line) ? new Heading(line, 2, 1) : null;
    }

    private static boolean upperCase(String line) {
        if (line.length() > MAX_HEADING || line.endsWith(".") || line.endsWith(",") || line.endsWith(";")) {
            return false;
        }
        long letters = line.chars().filter(Character::isLetter).count();
        return letters >= 2 && line.equals(line.toUpperCase(Locale.ROOT));
    }
}

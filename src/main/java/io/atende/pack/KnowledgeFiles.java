package io.atende.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code knowledge/*.md} and {@code *.txt}: the first {@code # Title} names the document, and
 * each {@code ## Heading} starts one entry. A document without {@code ##} headings is one entry.
 */
final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    static List<KnowledgeEntry> read(Path packDir, List<PackProblem> problems) {
        Path dir = packDir.resolve("knowledge");
        List<KnowledgeEntry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (Path file : PackFiles.list(dir, ".md", ".txt")) {
            String name = packDir.relativize(file).toString();
            try {
                readDocument(name, file, Files.readAllLines(file, StandardCharsets.UTF_8), out, ids, problems);
            } catch (IOException e) {
                problems.add(new PackProblem(name, 0, "cannot read: " + e.getMessage()));
            }
        }
        return out;
    }

    private static void readDocument(String name, Path file, List<String> lines, List<KnowledgeEntry> out,
                                     Set<String> ids, List<PackProblem> problems) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String docTitle = stem;
        String heading = null;
        int headingLine = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# ")) {
                docTitle = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                add(name, stem, docTitle, heading, headingLine, body, out, ids, problems);
                heading = line.substring(3).strip();
                headingLine = i + 1;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        add(name, stem, docTitle, heading == null ? docTitle : heading, headingLine, body, out, ids, problems);
    }

    private static void add(String file, String stem, String docTitle, String heading, int line, StringBuilder body,
                            List<KnowledgeEntry> out, Set<String> ids, List<PackProblem> problems) {
        String text = plain(body.toString());
        if (heading == null || text.isBlank()) {
            if (heading != null && line > 0) {
                problems.add(new PackProblem(file, line, "section '" + heading + "' has no text"));
            }
            return;
        }
        String id = stem + "/" + PackFiles.slug(heading);
        if (!ids.add(id)) {
            problems.add(new PackProblem(file, line, "duplicate section heading '" + heading + "' (id " + id + ")"));
            return;
        }
        out.add(new KnowledgeEntry(id, heading, text, docTitle));
    }

    /** Markdown to plain text: emphasis and link syntax go, the words stay. */
    static String plain(String markdown) {
        return markdown
                .replaceAll("\\[([^]]+)]\\(([^)]+)\\)", "$1 ($2)")
                .replaceAll("(\\*\\*|__|`)", "")
                .replaceAll("(?m)^\\s*[-*+]\\s+", "- ")
                .replaceAll("(?m)^#{3,6}\\s*", "")
                .replaceAll("[ \\t]+", " ")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}

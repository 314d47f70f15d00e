package io.atende.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code knowledge/}: Markdown ({@link MarkdownDocuments}), plain text ({@link TextDocuments}) and HTML
 * ({@link HtmlDocuments}), in file-name order. Each section becomes an entry with id
 * {@code <file stem>/<heading slug>}, its heading as title and the document's title as source; the text before
 * the first heading, if any, is an entry titled after the document.
 */
final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    static List<Sourced<KnowledgeEntry>> read(Path packDir, List<PackProblem> problems) {
        Path dir = packDir.resolve("knowledge");
        List<Sourced<KnowledgeEntry>> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Map<String, Sourced<KnowledgeEntry>> ids = new HashMap<>();
        for (Path file : PackFiles.list(dir, ".md", ".txt", ".html", ".htm")) {
            String name = PackFiles.name(packDir, file);
            KnowledgeDocument document;
            try {
                document = parse(name, PackFiles.text(file));
            } catch (IOException e) {
                problems.add(new PackProblem(name, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            entries(name, stem, document, out, ids, problems);
        }
        return out;
    }

    private static KnowledgeDocument parse(String name, String text) {
        String lower = name.toLowerCase();
        if (lower.endsWith(".md")) {
            return MarkdownDocuments.read(text.lines().toList());
        }
        if (lower.endsWith(".txt")) {
            return TextDocuments.read(text.lines().toList());
        }
        return HtmlDocuments.read(text);
    }

    private static void entries(String file, String stem, KnowledgeDocument document, List<Sourced<KnowledgeEntry>> out,
                                Map<String, Sourced<KnowledgeEntry>> ids, List<PackProblem> problems) {
        String source = document.title() == null ? stem : document.title();
        List<KnowledgeDocument.Section> sections = document.sections();
        for (int i = 0; i < sections.size(); i++) {
            KnowledgeDocument.Section s = sections.get(i);
            if (s.text().isBlank()) {
                boolean groupsSubsections = i + 1 < sections.size() && sections.get(i + 1).level() > s.level();
                if (s.heading() != null && !groupsSubsections) {
                    problems.add(new PackProblem(file, s.line(), "section '" + s.heading() + "' has no text"));
                }
                continue;
            }
            String title = s.heading() == null ? source : s.heading();
            String slug = PackFiles.slug(title);
            if (slug.isEmpty()) {
                problems.add(new PackProblem(file, s.line(), "heading '" + title + "' has no letters or digits to make an id from"));
                continue;
            }
            String id = stem + "/" + slug;
            var entry = new Sourced<>(new KnowledgeEntry(id, title, s.text(), source), file, s.line());
            Sourced<KnowledgeEntry> earlier = ids.putIfAbsent(id, entry);
            if (earlier != null) {
                problems.add(new PackProblem(file, s.line(), "duplicate section heading '" + title + "' (id " + id
                        + ", first at " + earlier.where() + ")"));
            } else {
                out.add(entry);
            }
        }
    }
}

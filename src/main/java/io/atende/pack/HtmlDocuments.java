package io.atende.pack;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * {@code knowledge/*.html} and {@code *.htm}, cleaned to text with a real HTML parser (jsoup). Only
 * {@code <main>} is read when the page has one, else {@code <body>}. Scripts, styles, forms, embedded objects,
 * {@code <nav>}, {@code <aside>}, hidden elements and the page's own {@code <header>}/{@code <footer>} (those
 * outside an {@code <article>} or {@code <main>}) are dropped; comments never count as text; entities are decoded.
 * The first {@code <h1>} names the document (else {@code <title>}); every other {@code <h1>}-{@code <h3>} starts a
 * section. Paragraphs stay apart, list items become {@code - item} lines, table cells are joined by {@code |},
 * and a link keeps its address after the words, as in Markdown files.
 */
final class HtmlDocuments {

    private static final String BOILERPLATE = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, select, input, textarea, nav, aside, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=banner], [role=contentinfo], [role=complementary], [role=search]";
    private static final Set<String> PARAGRAPHS = Set.of("p", "h4", "h5", "h6", "ul", "ol", "dl", "table",
            "blockquote", "pre", "figure", "section", "article", "details", "address", "hr", "fieldset");
    private static final Set<String> LINES = Set.of("li", "tr", "div", "dt", "dd", "br", "caption", "summary",
            "figcaption", "header", "footer", "main", "tbody", "thead", "tfoot");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");

    private HtmlDocuments() {
    }

    static KnowledgeDocument read(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element root = page.selectFirst("main");
        if (root == null) {
            root = page.body();
        }
        root.select(BOILERPLATE).remove();
        root.select("header, footer").stream().filter(e -> e.parent() == null || e.parent().closest("article, main") == null)
                .forEach(Element::remove);
        Element h1 = root.selectFirst("h1");
        Sections sections = new Sections(h1 != null && !h1.text().isBlank() ? h1 : null);
        if (sections.titleHeading == null && !page.title().isBlank()) {
            sections.document.title(page.title().strip(), 1);
        }
        root.filter(sections);
        return sections.document.build();
    }

    /** Walks the cleaned page in order, cutting a section at each heading. */
    private static final class Sections implements NodeFilter {

        private final Element titleHeading;
        private final KnowledgeDocument.Builder document = new KnowledgeDocument.Builder(KnowledgeDocument::tidy);
        private final StringBuilder body = document.text();

        Sections(Element titleHeading) {
            this.titleHeading = titleHeading;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                boolean pre = text.parent() instanceof Element e && e.closest("pre") != null;
                body.append(pre ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " "));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (HEADINGS.contains(tag)) {
                heading(element, tag);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("li")) {
                lineBreaks(1);
                body.append("- ");
            } else if ((tag.equals("td") || tag.equals("th")) && element.previousElementSibling() != null) {
                body.append(" | ");
            } else {
                breakFor(tag);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("a")) {
                    linkAddress(element);
                }
                if (!tag.equals("br")) {
                    breakFor(tag);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void heading(Element element, String tag) {
            int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
            String text = KnowledgeDocument.tidy(element.text());
            if (element == titleHeading) {
                document.title(text, line);
            } else if (!text.isEmpty()) {
                document.heading(text, tag.charAt(1) - '0', line);
            }
        }

        private void linkAddress(Element link) {
            String href = link.attr("href").strip();
            String shown = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
            boolean absolute = href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:");
            if (absolute && !link.text().isBlank() && !link.text().contains(shown)) {
                body.append(" (").append(shown).append(')');
            }
        }

        private void breakFor(String tag) {
            if (PARAGRAPHS.contains(tag)) {
                lineBreaks(2);
            } else if (LINES.contains(tag)) {
                lineBreaks(1);
            }
        }

        /** Ends the text so far with {@code count} line breaks, without adding to those already there. */
        private void lineBreaks(int count) {
            int end = body.length();
            while (end > 0 && body.charAt(end - 1) == ' ') {
                end--;
            }
            body.setLength(end);
            int present = 0;
            while (present < end && body.charAt(end - 1 - present) == '\n') {
                present++;
            }
            body.append("\n".repeat(Math.max(0, count - present)));
        }
    }
}

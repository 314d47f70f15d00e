package io.atende.engine.llm;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineRequest;
import io.atende.engine.Prices;
import io.atende.nlu.extract.Texts;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Product;
import io.atende.pack.PromptTemplates;
import io.atende.shared.Choice;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What this turn may say: the sections and products retrieved, the store tools' answers, the journey's messages
 * already sent, the captured attributes and the customer's own words. The conversation model writes from them, and
 * the grounding guardrail checks every figure of its draft against them.
 */
final class TurnSources {

    private final EngineRequest request;
    private final Locale locale;
    private final List<KnowledgeEntry> sections = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<String> toolResults = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private final Prices prices;

    TurnSources(EngineRequest request, Locale locale, Prices prices) {
        this.request = request;
        this.locale = locale;
        this.prices = prices;
    }

    /**
     * The written reply, offering to tap the products found that it names by their whole title (two or more, each
     * with its price), or showing the picture of the one product it names. A reply that names none offers nothing.
     */
    EngineCommand.Say reply(String text) {
        String said = Texts.fold(text);
        List<Product> named = products.stream().filter(p -> said.contains(Texts.fold(p.title()))).toList();
        if (named.size() == 1) {
            return new EngineCommand.Say(text, List.of(), named.getFirst().image());
        }
        return new EngineCommand.Say(text, named.stream().map(p -> new Choice(p.title(),
                p.price() == null ? null : prices.format(p.price()))).toList(), null);
    }

    void addSections(List<KnowledgeEntry> found) {
        found.stream().filter(e -> !sections.contains(e)).forEach(sections::add);
    }

    void addProducts(List<Product> found) {
        found.stream().filter(p -> !products.contains(p)).forEach(products::add);
    }

    void addToolResult(String tool, String content) {
        toolResults.add(tool + ": " + content);
    }

    /** A message the journey already sent this turn (its figures came from the pack or a tool). */
    void addSaid(String text) {
        said.add(text);
    }

    /** The {@code knowledge_context} prompt filled with what was found. */
    String context(PromptTemplates prompts) {
        String sectionText = sections.isEmpty() ? PromptParts.get("none") : sections.stream()
                .map(s -> PromptParts.get("section", s.title(), s.source(), s.text().strip()))
                .collect(Collectors.joining("\n\n"));
        String productText = products.isEmpty() ? PromptParts.get("none") : products.stream().map(this::product)
                .collect(Collectors.joining("\n"));
        String tools = toolResults.isEmpty() ? PromptParts.get("none") : String.join("\n", toolResults);
        String context = prompts.render("knowledge_context",
                Map.of("sections", sectionText, "products", productText, "tool_results", tools));
        return said.isEmpty() ? context
                : context + "\n\n" + PromptParts.get("said", String.join("\n", said.stream().map(s -> "> " + s).toList()));
    }

    /** The captured attributes as the prompts list them. */
    String attributes() {
        return request.attributes().isEmpty() ? PromptParts.get("none") : request.attributes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> "- " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** Everything a figure of the reply may come from. */
    String grounding(PromptTemplates prompts) {
        StringBuilder out = new StringBuilder(context(prompts)).append('\n').append(attributes()).append('\n')
                .append(request.combinedText());
        request.history().stream().filter(EngineRequest.HistoryEntry::fromCustomer)
                .forEach(h -> out.append('\n').append(h.text()));
        return out.toString();
    }

    private String product(Product p) {
        StringBuilder line = new StringBuilder("- ").append(p.title()).append(" — ")
                .append(price(p.price())).append(" — ")
                .append(p.inStock() ? PromptParts.get("product.in_stock", p.stock())
                        : PromptParts.get("product.out_of_stock"));
        if (p.category() != null) {
            line.append(" — ").append(PromptParts.get("product.category", p.category()));
        }
        p.attributes().forEach((k, v) -> line.append(" — ").append(k).append(": ").append(v));
        if (p.url() != null) {
            line.append(" — ").append(p.url());
        }
        return line.toString();
    }

    private String price(BigDecimal price) {
        if (price == null) {
            return PromptParts.get("product.no_price");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return PromptParts.get("product.price", format.format(price));
    }
}

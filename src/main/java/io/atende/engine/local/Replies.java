package io.atende.engine.local;

import io.atende.engine.Choices;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineCommand.RequestHandoff;
import io.atende.engine.EngineCommand.Say;
import io.atende.engine.EngineCommand.Understood;
import io.atende.engine.EngineRequest;
import io.atende.engine.Prices;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.ProductHit;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.MessageTemplates;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import io.atende.shared.Choice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a route into commands. Every word the customer reads comes from the pack (intent answers and message
 * templates), so a store changes its voice without touching code.
 */
final class Replies {

    /** The pack convention for "I want a person": its answer is sent and a handoff is requested. */
    static final String HANDOFF_INTENT = "falar_com_humano";
    static final String HANDOFF_REASON = "customer asked for a person";
    private static final int EXCERPT_SENTENCES = 3;
    /** The pack's message for a search that found one product; without it the product is listed like several. */
    static final String PRODUCT_DETAIL = "product_detail";

    private final MessageTemplates templates;
    private final KnowledgeBase knowledge;
    private final Escalation escalation;
    private final Prices prices;

    Replies(Pack pack, KnowledgeBase knowledge, Escalation escalation) {
        this.templates = pack.messages();
        this.escalation = escalation;
        this.knowledge = knowledge;
        this.prices = Prices.of(pack);
    }

    List<EngineCommand> reply(Route route, EngineRequest request) {
        return switch (route) {
            case Route.Social s -> social(s, request);
            case Route.Knowledge k -> List.of(
                    new Understood(k.hit().entry().id(), k.hit().coverage(), "knowledge"),
                    new Say(knowledgeAnswer(k.hit().entry(), k.question())));
            case Route.Unknown u -> unknown(u, request);
            case Route.Products p -> List.of(new Understood("product_search", p.confidence(), "products"),
                    new Say(p.hits().size() == 1 && templates.has(PRODUCT_DETAIL) ? productDetail(p.hits().getFirst())
                            : productList(p.hits()), choices(p.hits()), image(p.hits())));
            case Route.Compare c -> List.of(new Understood("product_compare",
                    Math.min(c.first().coverage(), c.second().coverage()), "compare"),
                    new Say(comparison(c), choices(List.of(c.first(), c.second())), null));
            case Route.NoProducts n -> List.of(new Understood("product_search", n.confidence(), "products_none"),
                    new Say(templates.render("products_none", Map.of())));
            case Route.OutOfScope o -> outOfScope(o, request);
            case Route.Fallback f -> fallback(request);
        };
    }

    private List<EngineCommand> social(Route.Social s, EngineRequest request) {
        List<String> answers = s.intent().answers();
        List<EngineCommand> out = new ArrayList<>();
        out.add(new Understood(s.intent().name(), s.confidence(), "intent"));
        if (!answers.isEmpty()) {
            // Rotating by history length varies the wording over a conversation and keeps tests repeatable.
            out.add(new Say(answers.get(request.history().size() % answers.size())));
        }
        if (HANDOFF_INTENT.equals(s.intent().name())) {
            if (answers.isEmpty() && templates.has("handoff_registered")) {
                out.add(new Say(templates.render("handoff_registered", Map.of())));
            }
            out.add(new RequestHandoff(HANDOFF_REASON));
        }
        return out;
    }

    /** The pack's "I don't know that" message; a pack without one gets its fallback. */
    private List<EngineCommand> unknown(Route.Unknown u, EngineRequest request) {
        if (!templates.has("knowledge_unknown")) {
            return fallback(request);
        }
        return List.of(new Understood("knowledge_unknown", u.coverage(), "knowledge_unknown"),
                new Say(templates.render("knowledge_unknown", Map.of())));
    }

    /** The pack's kind "that is not something I can help with"; without it, its "I don't know" (or fallback). */
    private List<EngineCommand> outOfScope(Route.OutOfScope o, EngineRequest request) {
        if (!templates.has("out_of_scope")) {
            return unknown(new Route.Unknown(1 - o.confidence()), request);
        }
        return List.of(new Understood("out_of_scope", o.confidence(), "out_of_scope"),
                new Say(templates.render("out_of_scope", Map.of())));
    }

    private String knowledgeAnswer(KnowledgeEntry entry, String question) {
        String answer = templates.render("knowledge_answer",
                Map.of("answer", knowledge.excerpt(entry, question, EXCERPT_SENTENCES), "section", entry.title()));
        if (!templates.has("knowledge_source")) {
            return answer;
        }
        return answer + "\n\n" + templates.render("knowledge_source",
                Map.of("source", entry.source(), "section", entry.title()));
    }

    /** The one product found (or tapped in a list): what it is, its price and where to buy it. */
    private String productDetail(ProductHit hit) {
        return templates.render(PRODUCT_DETAIL, productValues(hit.product()));
    }

    /** A product's placeholders; what the catalog leaves out (a category, a link) reads as nothing. */
    private Map<String, String> productValues(Product p) {
        return Map.of("title", p.title(), "price", price(p.price()),
                "url", p.url() == null ? "" : p.url(), "category", p.category() == null ? "" : p.category(),
                "description", p.description() == null ? "" : p.description(),
                "stock_note", p.inStock() ? "" : templates.render("product_out_of_stock", Map.of()));
    }

    private String productList(List<ProductHit> hits) {
        List<String> parts = new ArrayList<>();
        parts.add(templates.render("products_intro", Map.of()));
        for (ProductHit hit : hits) {
            parts.add(templates.render("product_line", productValues(hit.product())));
        }
        parts.add(templates.render("products_outro", Map.of()));
        return String.join("\n", parts);
    }

    /** Each product of a list, to tap for more about it: its title, and its price under it. One alone offers none. */
    private List<Choice> choices(List<ProductHit> hits) {
        return hits.size() < 2 ? List.of()
                : hits.stream().map(h -> new Choice(h.product().title(), price(h.product().price()))).toList();
    }

    /** The picture of the one product a reply is about; a list of several shows none. */
    private static String image(List<ProductHit> hits) {
        return hits.size() == 1 ? hits.getFirst().product().image() : null;
    }

    /** Both products, then what differs between them; a pack without comparison templates gets the plain list. */
    private String comparison(Route.Compare c) {
        if (!templates.has("products_compare_intro")) {
            return productList(List.of(c.first(), c.second()));
        }
        Product a = c.first().product();
        Product b = c.second().product();
        List<String> parts = new ArrayList<>();
        parts.add(templates.render("products_compare_intro", Map.of()));
        for (Product p : List.of(a, b)) {
            parts.add(templates.render("product_line", productValues(p)));
        }
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> attribute : a.attributes().entrySet()) {
            String other = b.attributes().get(attribute.getKey());
            if (other != null && !other.equalsIgnoreCase(attribute.getValue())) {
                String label = templates.has("attribute_" + attribute.getKey())
                        ? templates.render("attribute_" + attribute.getKey(), Map.of()) : attribute.getKey();
                differences.add(templates.render("product_compare_difference",
                        Map.of("name", label, "first", attribute.getValue(), "second", other)));
            }
        }
        parts.add(differences.isEmpty() ? templates.render("products_compare_same", Map.of())
                : templates.render("products_compare_differences", Map.of("differences", String.join("; ", differences),
                "cheaper", (a.price().compareTo(b.price()) <= 0 ? a : b).title(),
                "price_gap", price(a.price().subtract(b.price()).abs()))));
        parts.add(templates.render("products_outro", Map.of()));
        return String.join("\n", parts);
    }

    /** Not understood: the fallback, then the offer of a person, then the person (a fourth apology helps no one). */
    private List<EngineCommand> fallback(EngineRequest request) {
        if (escalation.offered(request)) {
            return escalation.afterOffer();
        }
        String fallback = templates.render("fallback", Map.of());
        boolean again = fallback.equals(Escalation.lastAgentMessage(request));
        // the repeat offers a person: sim or não to tap
        return List.of(new Understood(again ? "fallback_repeat" : "fallback", 0, "fallback"),
                again ? new Say(templates.render("fallback_repeat", Map.of()), Choices.yesNo(templates), null)
                        : new Say(fallback));
    }

    /** BRL the Brazilian way, "R$ 1.299,90", from the pack's currency and language. */
    String price(BigDecimal amount) {
        return prices.format(amount);
    }
}

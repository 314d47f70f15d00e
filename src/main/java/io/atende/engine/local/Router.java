package io.atende.engine.local;

import io.atende.engine.EngineRequest;
import io.atende.knowledge.Abstention;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.KnowledgeHit;
import io.atende.knowledge.ProductHit;
import io.atende.knowledge.ProductQuery;
import io.atende.knowledge.SectionAnswer;
import io.atende.pack.IntentDefinition;
import io.atende.pack.Pack;
import java.util.List;

/**
 * Decides the route of one turn: small talk, a knowledge answer, a product list, or the fallback. Retrieval
 * scores decide between knowledge and products, and cue words break the ties that scores alone get wrong.
 */
final class Router {

    private static final int PRODUCTS_SHOWN = 3;

    private final KnowledgeBase knowledge;
    private final IntentClassifier classifier;
    private final GreetingStripper greetings;
    private final Cues cues;
    private final Calibration calibration;
    private final Comparisons comparisons;
    private final Abstention abstention;
    private final Scope scope;
    private final ListedProducts listed;

    Router(Pack pack, KnowledgeBase knowledge, Calibration calibration) {
        this.knowledge = knowledge;
        this.classifier = new IntentClassifier(pack.intents(), knowledge::normalize);
        this.greetings = new GreetingStripper(classifier, calibration.greetingPrefix());
        this.cues = new Cues(pack, knowledge);
        this.calibration = calibration;
        this.comparisons = new Comparisons(pack, knowledge, calibration.productMin());
        this.abstention = Abstention.forPack(pack);
        this.scope = new Scope(knowledge, cues);
        this.listed = new ListedProducts(pack.products(), knowledge);
    }

    Route route(String text) {
        return route(text, List.of());
    }

    /** @param history the conversation so far: "qual a diferença entre os dois?" compares the products it listed */
    Route route(String text, List<EngineRequest.HistoryEntry> history) {
        IntentClassifier.Prediction whole = classifier.classify(text);
        if (whole.score() >= calibration.socialSure()) {
            return socialRoute(whole);
        }
        String question = greetings.strip(text);
        if (question.isBlank()) {
            return whole.intent() == null ? new Route.Fallback() : socialRoute(whole);
        }
        var compared = comparisons.find(question);
        if (compared.isEmpty()) {
            compared = listed.comparison(question, history);
        }
        if (compared.isPresent()) {
            return new Route.Compare(compared.get().getFirst(), compared.get().getLast());
        }
        IntentClassifier.Prediction social = question.equals(text) ? whole : classifier.classify(question);
        List<KnowledgeHit> sections = knowledge.searchKnowledge(question, 1);
        KnowledgeHit section = sections.isEmpty() ? null : sections.getFirst();
        ProductQuery productQuery = knowledge.parseProductQuery(question);
        List<ProductHit> products = knowledge.searchProducts(productQuery, PRODUCTS_SHOWN);
        // a product tapped in a list (its whole title) is that product, however many others share its words
        String asked = products.isEmpty() ? null : knowledge.normalize(question);
        for (ProductHit hit : products) {
            if (knowledge.normalize(hit.product().title()).equals(asked)) {
                return new Route.Products(List.of(hit), 1);
            }
        }
        boolean sectionFound = section != null && section.coverage() >= calibration.knowledgeMin();
        boolean productsFound = !products.isEmpty() && products.getFirst().coverage() >= calibration.productMin();
        boolean policyCue = cues.policy(question);
        boolean productCue = productQuery.hasPriceRange() || cues.product(question);

        if (social.score() >= calibration.socialMin() && !(sectionFound && policyCue) && !(productsFound && productCue)) {
            return socialRoute(social);
        }
        // A policy word lowers the bar: "quero cancelar meu pedido" is about the policy even if few words match.
        // So does a section that holds the policy word itself: "minha air fryer parou" -> "defeito", "garantia".
        boolean policySection = section != null && (section.coverage() >= calibration.knowledgeMin() / 2
                || cues.sharePolicy(question, section.entry().title() + "\n" + section.entry().text()));
        if (policyCue && policySection && !(productQuery.hasPriceRange() && productsFound)) {
            return knowledgeOrUnknown(section, question);
        }
        // what neither a section nor a product answers may be about something else entirely
        boolean offTopic = scope.offTopic(question, productQuery.hasPriceRange());
        double unanswered = 1 - Math.max(section == null ? 0 : section.coverage(),
                products.isEmpty() ? 0 : products.getFirst().coverage());
        if (productCue) {
            if (productsFound) {
                return new Route.Products(products, products.getFirst().coverage());
            }
            if (sectionFound && !productQuery.hasPriceRange()) {
                return knowledgeOrUnknown(section, question);
            }
            return offTopic ? new Route.OutOfScope(unanswered)
                    : new Route.NoProducts(section == null ? 0 : 1 - section.coverage());
        }
        if (productsFound && (!sectionFound || products.getFirst().coverage() > section.coverage())) {
            return new Route.Products(products, products.getFirst().coverage());
        }
        if (sectionFound) {
            return knowledgeOrUnknown(section, question);
        }
        return offTopic ? new Route.OutOfScope(unanswered) : new Route.Fallback();
    }

    /**
     * Small talk, or a message like the pack's {@code out_of_scope} examples ("me conta uma história"): those are
     * told kindly that the store cannot help there, as an off-topic question is.
     */
    private static Route socialRoute(IntentClassifier.Prediction prediction) {
        return IntentDefinition.OUT_OF_SCOPE.equals(prediction.intent().name())
                ? new Route.OutOfScope(prediction.score()) : new Route.Social(prediction.intent(), prediction.score());
    }

    /** The social intent of a text alone, without searching the knowledge and the catalog. */
    IntentClassifier.Prediction social(String text) {
        return classifier.classify(text);
    }

    /**
     * The routed section, or "I don't know" when even the best section for the question's policy part covers
     * too little of it: a question routed to the policies ("vcs entregam no japão?") must not get the nearest
     * policy (cash on delivery) as if it were the answer. The answer stays the section the whole question found,
     * which the labelled turns were tuned on; the policy part only decides whether the store knows.
     */
    private Route knowledgeOrUnknown(KnowledgeHit section, String question) {
        SectionAnswer best = knowledge.bestSection(question).orElse(null);
        if (abstention.answers(best)) {
            return new Route.Knowledge(section, question);
        }
        // the best section does not answer, but the customer named another one by its heading: that one does
        if (best != null && best.namedBelow() != null) {
            return new Route.Knowledge(best.namedBelow(), question);
        }
        double coverage = best == null ? 0 : best.hit().coverage();
        return scope.offTopic(question, false) ? new Route.OutOfScope(1 - coverage) : new Route.Unknown(coverage);
    }
}

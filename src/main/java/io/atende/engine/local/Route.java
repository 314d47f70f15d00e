package io.atende.engine.local;

import io.atende.knowledge.KnowledgeHit;
import io.atende.knowledge.ProductHit;
import io.atende.pack.IntentDefinition;
import java.util.List;

/** Where one turn goes; {@link Replies} turns each into commands. */
sealed interface Route {

    /** Small talk and requests the pack answers with its own intents (greeting, thanks, a person). */
    record Social(IntentDefinition intent, double confidence) implements Route {
    }

    /** A policy or FAQ question answered from one knowledge section. */
    record Knowledge(KnowledgeHit hit, String question) implements Route {
    }

    /**
     * A policy question the store's knowledge does not answer: the best section covers too little of it
     * ({@link io.atende.knowledge.Abstention}), so the customer is told so instead of being given a wrong policy.
     */
    record Unknown(double coverage) implements Route {
    }

    /** A product question with matches from the catalog, best first. */
    record Products(List<ProductHit> hits, double confidence) implements Route {
    }

    /** Two catalog products the customer asked to compare ("qual a diferença entre o A15 e o A16?"). */
    record Compare(ProductHit first, ProductHit second) implements Route {
    }

    /** A product question the catalog has nothing for. */
    record NoProducts(double confidence) implements Route {
    }

    /**
     * A message about something other than the store ("qual a capital da França?", "me conta uma piada"): no intent,
     * section or product answers it and it neither asks for a product nor names a policy ({@link Scope}).
     */
    record OutOfScope(double confidence) implements Route {
    }

    /** Nothing understood well enough to answer. */
    record Fallback() implements Route {
    }
}

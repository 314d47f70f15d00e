package io.atende.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Gives both kinds a place in a mixed ranking when a question asks about both ("minha air fryer parou":
 * "air fryer" is catalog vocabulary, "parou" reads as warranty). Products and sections compete in one fused
 * ranking, and a product name matches several products on both sides at once, so without this the products
 * fill the top five and the policy that answers the question comes sixth.
 */
final class KindMix {

    /** A word is policy vocabulary when its {@link #affinity} is at least this: nine times as common among sections. */
    static final double POLICY_AFFINITY = 0.9;
    /** A word is catalog vocabulary when its knowledge affinity is at most this. */
    static final double PRODUCT_AFFINITY = 0.1;
    /** Sections a policy word must occur in: one section that happens to name a product is no evidence. */
    static final int MIN_SECTIONS = 2;

    private KindMix() {
    }

    /**
     * The question without its catalog words when it holds both a policy word (one of its terms occurs in at
     * least two sections and is, as a share of each kind, nine times as common among sections as among products)
     * and a catalog word (a word products have and none of whose terms leans to the sections); null otherwise.
     * "minha air fryer parou de esquentar" becomes "parou esquentar" for ranking the sections: the product's
     * name otherwise favours whichever section happens to mention an appliance.
     */
    static QueryTerms policyPart(QueryTerms terms, HybridIndex index) {
        boolean policy = false;
        List<QueryTerms.Group> kept = new ArrayList<>();
        for (QueryTerms.Group group : terms.groups()) {
            double most = -1;
            boolean inProducts = false;
            for (String term : group.all()) {
                double a = affinity(term, index);
                inProducts |= index.docFreq(HitKind.PRODUCT, term) > 0;
                policy |= a >= POLICY_AFFINITY && index.docFreq(HitKind.KNOWLEDGE, term) >= MIN_SECTIONS;
                most = Math.max(most, a);
            }
            if (!(inProducts && most <= PRODUCT_AFFINITY)) {
                kept.add(group);
            }
        }
        return policy && kept.size() < terms.groups().size() ? new QueryTerms(kept) : null;
    }

    /**
     * One ranking from the mixed one's products and the policy part's sections, by fused score (both are
     * reciprocal-rank scores of the same scale), with at least two sections and one product in the top five.
     */
    static <T> List<T> merge(List<T> mixed, List<T> sections, Function<T, HitKind> kind, ToDoubleFunction<T> score,
                             int k) {
        List<T> all = new ArrayList<>(mixed.stream().filter(h -> kind.apply(h) == HitKind.PRODUCT).toList());
        all.addAll(sections);
        all.sort(Comparator.comparingDouble(score).reversed());
        all = atLeast(all, kind, 5, HitKind.KNOWLEDGE, 3);
        all = atLeast(all, kind, 5, HitKind.PRODUCT, 1);
        return all.stream().limit(k).toList();
    }

    /**
     * How much a term belongs to the sections rather than the products, 0..1: its document frequency as a
     * share of each kind (there are three products per section in the demo pack), -1 when neither has it.
     */
    static double affinity(String term, HybridIndex index) {
        double sections = (double) index.docFreq(HitKind.KNOWLEDGE, term) / Math.max(1, index.documents(HitKind.KNOWLEDGE));
        double products = (double) index.docFreq(HitKind.PRODUCT, term) / Math.max(1, index.documents(HitKind.PRODUCT));
        return sections + products == 0 ? -1 : sections / (sections + products);
    }

    /**
     * The ranking with at least {@code count} hits of kind {@code wanted} among its first {@code top} when it
     * has them further down: the best of those move up, in their order, in place of the lowest hits of the other
     * kind, which come right after the top.
     */
    static <T> List<T> atLeast(List<T> ranked, Function<T, HitKind> kind, int top, HitKind wanted, int count) {
        int head = Math.min(top, ranked.size());
        List<T> first = ranked.subList(0, head);
        int missing = count - (int) first.stream().filter(h -> kind.apply(h) == wanted).count();
        List<T> rest = ranked.subList(head, ranked.size());
        List<T> moved = rest.stream().filter(h -> kind.apply(h) == wanted).limit(Math.max(0, missing)).toList();
        List<T> others = first.stream().filter(h -> kind.apply(h) != wanted).toList();
        List<T> dropped = others.subList(Math.max(0, others.size() - moved.size()), others.size());
        if (moved.isEmpty() || dropped.size() < moved.size()) {
            return ranked;
        }
        List<T> out = new ArrayList<>(first.stream().filter(h -> !dropped.contains(h)).toList());
        out.addAll(moved);
        out.addAll(dropped);
        rest.stream().filter(h -> !moved.contains(h)).forEach(out::add);
        return out;
    }
}

package io.atende.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the BM25 side's queries: per word of the question, the best of its own stem, its synonyms and its
 * spelling corrections (a document holding "frete" and "entrega" is not twice as relevant), each searched in
 * every field with the field's boost; and the filter query of {@link SearchFilters}.
 */
final class Bm25Queries {

    /** A synonym is the store's own equivalence, nearly as good as the word typed. */
    static final float SYNONYM_WEIGHT = 0.8f;
    /** A correction is a guess. */
    static final float CORRECTION_WEIGHT = 0.7f;
    /** Share of the other field's score added to the best field's. */
    static final float FIELD_TIE = 0.5f;

    /** Makes the query for one term of one field; the index's own keeps the term's statistics. */
    private final java.util.function.Function<Term, Query> termQuery;

    Bm25Queries() {
        this(TermQuery::new);
    }

    Bm25Queries(java.util.function.Function<Term, Query> termQuery) {
        this.termQuery = termQuery;
    }

    /** Documents matching at least {@code minimumShouldMatch} words of the question, within the filter. */
    Query bm25(QueryTerms terms, int minimumShouldMatch, Query filter) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (QueryTerms.Group group : terms.groups()) {
            List<Query> alternatives = new ArrayList<>();
            group.terms().forEach(t -> alternatives.add(anyField(t, 1f)));
            group.synonyms().stream().filter(t -> !group.terms().contains(t))
                    .forEach(t -> alternatives.add(anyField(t, SYNONYM_WEIGHT)));
            group.corrections().forEach(t -> alternatives.add(anyField(t, CORRECTION_WEIGHT)));
            q.add(alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f),
                    Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch(minimumShouldMatch);
        if (filter != null) {
            q.add(filter, Occur.FILTER);
        }
        return q.build();
    }

    /** The filters as one query, or {@code null} when nothing is filtered. */
    Query filter(SearchFilters filters) {
        Query knowledge = kind(HitKind.KNOWLEDGE);
        if (filters.kind() == HitKind.KNOWLEDGE) {
            return knowledge;
        }
        if (!filters.constrainsProducts()) {
            return filters.kind() == null ? null : kind(filters.kind());
        }
        BooleanQuery.Builder products = new BooleanQuery.Builder().add(kind(HitKind.PRODUCT), Occur.FILTER);
        if (filters.category() != null) {
            products.add(new TermQuery(new Term(IndexSchema.CATEGORY_KEY, IndexSchema.categoryKey(filters.category()))),
                    Occur.FILTER);
        }
        if (filters.minPrice() != null || filters.maxPrice() != null) {
            double min = filters.minPrice() == null ? Double.NEGATIVE_INFINITY : filters.minPrice().doubleValue();
            double max = filters.maxPrice() == null ? Double.POSITIVE_INFINITY : filters.maxPrice().doubleValue();
            products.add(DoublePoint.newRangeQuery(IndexSchema.PRICE, min, max), Occur.FILTER);
        }
        if (filters.inStockOnly()) {
            products.add(new TermQuery(new Term(IndexSchema.IN_STOCK, "1")), Occur.FILTER);
        }
        if (filters.kind() == HitKind.PRODUCT) {
            return products.build();
        }
        return new BooleanQuery.Builder().add(products.build(), Occur.SHOULD).add(knowledge, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
    }

    private static Query kind(HitKind kind) {
        return new TermQuery(new Term(IndexSchema.KIND, kind.key()));
    }

    /** The better field for a term, plus half the other: a word in the title and the body counts, but not twice. */
    private Query anyField(String term, float weight) {
        List<Query> fields = new ArrayList<>(IndexSchema.BOOSTS.size());
        for (Map.Entry<String, Float> field : IndexSchema.BOOSTS.entrySet()) {
            fields.add(new BoostQuery(termQuery.apply(new Term(field.getKey(), term)), field.getValue() * weight));
        }
        return new DisjunctionMaxQuery(fields, FIELD_TIE);
    }
}

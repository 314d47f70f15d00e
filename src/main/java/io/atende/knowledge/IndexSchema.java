package io.atende.knowledge;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Product;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * One index holds products and knowledge sections, so BM25 statistics and the vector space are shared and one
 * query ranks both; a {@code kind} filter gives either side alone. Products and sections keep separate body
 * fields because their texts weigh differently: a section's text is its answer, a product's description
 * mostly marketing.
 */
final class IndexSchema {

    /** Bump when fields or analysis change: an index on disk built by another version is rebuilt. */
    static final int VERSION = 4;

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    /** Everything but the title: a product's category, attributes and description; a section's document and text. */
    static final String BODY = "body";
    /**
     * Every indexed text once more, in a field per kind ({@code all_product}, {@code all_knowledge}): document
     * frequencies for the coverage measure, which weighs a word by how rare it is among documents of the hit's
     * own kind ("air fryer" is rare among products, unheard of among policies).
     */
    static String all(HitKind kind) {
        return "all_" + kind.key();
    }
    /** Surface words, for typo correction. */
    static final String WORDS = "words";
    /** The document's distinct terms: the coverage measure reads them for the listed hits only. */
    static final String TERMS = "terms";
    /** The title's distinct terms, for the title rule of {@link LuceneRetriever}. */
    static final String TITLE_TERMS = "title_terms";
    static final String CATEGORY_KEY = "category_key";
    static final String PRICE = "price";
    static final String IN_STOCK = "in_stock";
    static final String VECTOR = "vector";

    /**
     * Field boosts: the title over the rest. Two fields, tuned on the development queries: a layout with brand,
     * category, attributes and description apart (boosted 3 / 2 / 1.5 / 1 / 0.4) ranked worse than this, and a
     * title boost of 2 or 3 worse than 1.5 (BM25's length normalisation already favours short titles).
     */
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 1.5f, BODY, 1.0f);

    private static final FieldType DOCS_ONLY = docsOnly();

    private IndexSchema() {
    }

    /**
     * Only the surface vocabulary is analysed by the index writer. Title and body arrive as terms the language's
     * analyzer produced once, which also give the coverage measure its term lists: analysing each text again for
     * every field cost a fifth of the indexing time.
     */
    static Analyzer indexAnalyzer(TextAnalyzer language) {
        return new PerFieldAnalyzerWrapper(language, Map.of(WORDS, new SurfaceAnalyzer()));
    }

    /** The text a product is embedded from; also what the surface vocabulary holds. */
    static String productText(Product p) {
        return String.join("\n", p.title(), p.category(), String.join(" ", p.attributes().values()), p.description());
    }

    /**
     * A section's title twice: for the vector side it is the store's own summary of the answer. Also what the
     * built-in embedder learns its word weights from, which is why the questions are not in it: written in chat
     * words, they would reweigh those words for every product too.
     */
    static String knowledgeText(KnowledgeEntry e) {
        return e.title() + "\n" + e.title() + "\n" + e.text();
    }

    /** What a section is embedded from: its text and the ways customers ask for it. */
    static String knowledgeVectorText(KnowledgeEntry e) {
        return knowledgeText(e) + questions(e);
    }

    /** The section's questions as more body text: they weigh like its words, and the coverage measure counts them. */
    private static String questions(KnowledgeEntry e) {
        return e.questions().isEmpty() ? "" : "\n" + String.join("\n", e.questions());
    }

    static Document product(Product p, TextAnalyzer analyzer, float[] vector) {
        String body = String.join("\n", p.category(), String.join(" ", p.attributes().values()), p.description());
        Document doc = base(p.id(), HitKind.PRODUCT, p.title(), body, analyzer, vector);
        doc.add(new StringField(CATEGORY_KEY, categoryKey(p.category()), Field.Store.NO));
        doc.add(new DoublePoint(PRICE, p.price().doubleValue()));
        doc.add(new StringField(IN_STOCK, p.inStock() ? "1" : "0", Field.Store.NO));
        return doc;
    }

    static Document knowledge(KnowledgeEntry e, TextAnalyzer analyzer, float[] vector) {
        return base(e.id(), HitKind.KNOWLEDGE, e.title(), e.source() + "\n" + e.text() + questions(e), analyzer,
                vector);
    }

    /** Categories compare folded and trimmed: "Calçados" and "calcados " are one category. */
    static String categoryKey(String category) {
        return ChatNormalizer.fold(category).strip();
    }

    private static Document base(String id, HitKind kind, String title, String body, TextAnalyzer analyzer,
                                 float[] vector) {
        Document doc = new Document();
        // Doc values rather than stored fields: a query reads them for ~100 candidates, and stored fields would
        // decompress a whole block for each.
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new StringField(KIND, kind.key(), Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(kind.key())));
        List<String> titleTerms = analyzer.terms(title);
        List<String> bodyTerms = analyzer.terms(body);
        doc.add(new TextField(TITLE, new TermListTokenStream(titleTerms)));
        doc.add(new TextField(BODY, new TermListTokenStream(bodyTerms)));
        Set<String> terms = new LinkedHashSet<>(titleTerms);
        terms.addAll(bodyTerms);
        doc.add(new Field(all(kind), new TermListTokenStream(List.copyOf(terms)), DOCS_ONLY));
        doc.add(new BinaryDocValuesField(TERMS, new BytesRef(String.join(" ", terms))));
        doc.add(new BinaryDocValuesField(TITLE_TERMS,
                new BytesRef(String.join(" ", new LinkedHashSet<>(titleTerms)))));
        doc.add(new Field(WORDS, title + "\n" + body, DOCS_ONLY));
        if (vector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    private static FieldType docsOnly() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}

package io.atende.knowledge;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Product;
import java.util.LinkedHashSet;
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
    static final int VERSION = 1;

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String BRAND = "brand";
    static final String CATEGORY = "category";
    static final String ATTRIBUTES = "attributes";
    static final String DESCRIPTION = "description";
    static final String TEXT = "text";
    static final String SOURCE = "source";
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

    /** Field boosts: a title is the store's own summary; product descriptions repeat generic selling words. */
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3.0f, BRAND, 2.0f, CATEGORY, 1.5f, ATTRIBUTES, 1.0f,
            DESCRIPTION, 0.4f, TEXT, 1.0f, SOURCE, 0.5f);

    private static final FieldType DOCS_ONLY = docsOnly();

    private IndexSchema() {
    }

    static Analyzer indexAnalyzer(TextAnalyzer language) {
        return new PerFieldAnalyzerWrapper(language, Map.of(WORDS, new SurfaceAnalyzer()));
    }

    /** The text a product is embedded from; also what the surface vocabulary holds. */
    static String productText(Product p) {
        return String.join("\n", p.title(), p.category(), String.join(" ", p.attributes().values()), p.description());
    }

    /** A section's title twice: for the vector side it is the store's own summary of the answer. */
    static String knowledgeText(KnowledgeEntry e) {
        return e.title() + "\n" + e.title() + "\n" + e.text();
    }

    static Document product(Product p, TextAnalyzer analyzer, float[] vector) {
        Document doc = base(p.id(), HitKind.PRODUCT, productText(p), p.title(), analyzer, vector);
        doc.add(new TextField(TITLE, p.title(), Field.Store.NO));
        doc.add(new TextField(BRAND, p.attributes().getOrDefault("marca", p.attributes().getOrDefault("brand", "")),
                Field.Store.NO));
        doc.add(new TextField(CATEGORY, p.category(), Field.Store.NO));
        doc.add(new TextField(ATTRIBUTES, String.join(" ", p.attributes().values()), Field.Store.NO));
        doc.add(new TextField(DESCRIPTION, p.description(), Field.Store.NO));
        doc.add(new StringField(CATEGORY_KEY, categoryKey(p.category()), Field.Store.NO));
        doc.add(new DoublePoint(PRICE, p.price().doubleValue()));
        doc.add(new StringField(IN_STOCK, p.inStock() ? "1" : "0", Field.Store.NO));
        return doc;
    }

    static Document knowledge(KnowledgeEntry e, TextAnalyzer analyzer, float[] vector) {
        Document doc = base(e.id(), HitKind.KNOWLEDGE, knowledgeText(e), e.title(), analyzer, vector);
        doc.add(new TextField(TITLE, e.title(), Field.Store.NO));
        doc.add(new TextField(TEXT, e.text(), Field.Store.NO));
        doc.add(new TextField(SOURCE, e.source(), Field.Store.NO));
        return doc;
    }

    /** Categories compare folded and trimmed: "Calçados" and "calcados " are one category. */
    static String categoryKey(String category) {
        return ChatNormalizer.fold(category).strip();
    }

    private static Document base(String id, HitKind kind, String text, String title, TextAnalyzer analyzer,
                                 float[] vector) {
        Document doc = new Document();
        // Doc values rather than stored fields: a query reads them for ~100 candidates, and stored fields would
        // decompress a whole block for each.
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new StringField(KIND, kind.key(), Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(kind.key())));
        doc.add(new Field(all(kind), text, DOCS_ONLY));
        doc.add(new Field(WORDS, text, DOCS_ONLY));
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(text));
        doc.add(new BinaryDocValuesField(TERMS, new BytesRef(String.join(" ", terms))));
        Set<String> titleTerms = new LinkedHashSet<>(analyzer.terms(title));
        doc.add(new BinaryDocValuesField(TITLE_TERMS, new BytesRef(String.join(" ", titleTerms))));
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

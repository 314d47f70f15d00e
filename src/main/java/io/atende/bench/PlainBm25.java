package io.atende.bench;

import io.atende.knowledge.AnalyzedTerms;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline: plain Lucene BM25 over the same products and sections, as anyone would set it up first. Two
 * fields (title, boosted 2x, and everything else), the question's analyzed terms OR-ed, nothing more: no chat
 * normalization, synonyms, typo correction, price filter or vectors.
 */
final class PlainBm25 implements AutoCloseable {

    private static final float TITLE_BOOST = 2f;

    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PlainBm25(Pack pack, Analyzer analyzer) {
        this.analyzer = analyzer;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (KnowledgeEntry e : pack.knowledge()) {
                writer.addDocument(document(e.id(), e.title(), e.source() + "\n" + e.text()));
            }
            for (Product p : pack.products()) {
                writer.addDocument(document(p.id(), p.title(), String.join("\n", p.category(),
                        String.join(" ", p.attributes().values()), p.description())));
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the baseline index", e);
        }
    }

    /** The ids of the best {@code k} documents. */
    List<String> rank(String question, int k) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms(question)) {
            q.add(new BoostQuery(new TermQuery(new Term("title", term)), TITLE_BOOST), Occur.SHOULD);
            q.add(new TermQuery(new Term("text", term)), Occur.SHOULD);
        }
        try {
            ScoreDoc[] hits = searcher.search(q.build(), k).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                ids.add(stored.document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String text) {
        return AnalyzedTerms.of(analyzer, "text", text);
    }

    private static Document document(String id, String title, String text) {
        Document doc = new Document();
        doc.add(new StoredField("id", id));
        doc.add(new TextField("title", title, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        return doc;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

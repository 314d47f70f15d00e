package io.atende.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One Lucene index in memory, plus each document's set of terms and the terms' document frequencies, which
 * the coverage measure and excerpt selection need and which are cheap to keep for a store-sized corpus.
 */
final class InMemoryIndex {

    /** A document to index: its id, its Lucene fields and the text whose terms count for coverage. */
    record Entry(String id, Document document, String coverageText) {
    }

    /** A raw search hit: the document's id and its BM25 score. */
    record Found(String id, float score) {
    }

    private final IndexSearcher searcher;
    private final Map<String, Set<String>> termsById = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    InMemoryIndex(List<Entry> entries, PortugueseAnalyzer analyzer) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Entry entry : entries) {
                writer.addDocument(entry.document());
                Set<String> terms = new HashSet<>(analyzer.terms(entry.coverageText()));
                termsById.put(entry.id(), terms);
                terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
    }

    List<Found> search(Query query, int n) {
        try {
            TopDocs top = searcher.search(query, n);
            StoredFields stored = searcher.storedFields();
            List<Found> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new Found(stored.document(sd.doc).get(LuceneRetriever.ID), sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    Set<String> terms(String id) {
        return termsById.getOrDefault(id, Set.of());
    }

    boolean knows(String term) {
        return documentFrequency.containsKey(term);
    }

    double coverage(QueryTerms query, String id) {
        return query.coverage(terms(id), documentFrequency, termsById.size());
    }

    double weight(Set<String> group) {
        return QueryTerms.weight(group, documentFrequency, termsById.size());
    }
}

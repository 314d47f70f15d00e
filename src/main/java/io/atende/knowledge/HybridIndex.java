package io.atende.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * An open index of products and sections (see {@link IndexSchema}): BM25 and vector search, stored fields of
 * hits, document frequencies for the coverage measure, and the vocabulary for typo correction.
 */
final class HybridIndex implements Closeable {

    /** What is stored for a document. */
    record Stored(String id, HitKind kind, Set<String> terms) {
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Spelling spelling;

    HybridIndex(Directory directory) {
        try {
            this.directory = directory;
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.spelling = new Spelling(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index", e);
        }
    }

    TopDocs bm25(Query query, int n) {
        try {
            return searcher.search(query, n);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** Nearest documents to a unit vector among those passing {@code filter} (null for all). */
    TopDocs nearest(float[] vector, Query filter, int n) {
        try {
            return searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, vector, n, filter), n);
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        }
    }

    Stored stored(int doc) {
        try {
            Document d = searcher.storedFields().document(doc);
            String terms = d.get(IndexSchema.TERMS);
            return new Stored(d.get(IndexSchema.ID), HitKind.valueOf(d.get(IndexSchema.KIND).toUpperCase(java.util.Locale.ROOT)),
                    terms == null || terms.isEmpty() ? Set.of() : Set.of(terms.split(" ")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a hit", e);
        }
    }

    int docFreq(String term) {
        try {
            return reader.docFreq(new Term(IndexSchema.ALL, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int documents() {
        return reader.numDocs();
    }

    Spelling spelling() {
        return spelling;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

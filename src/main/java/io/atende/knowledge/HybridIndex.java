package io.atende.knowledge;

import io.atende.shared.Memo;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * An open index of products and sections (see {@link IndexSchema}): BM25 and vector search, the id and kind of
 * hits, their terms for the coverage measure, document frequencies, and the vocabulary for typo correction.
 */
final class HybridIndex implements Closeable {

    /** Which document a hit is. */
    record Identity(String id, HitKind kind) {
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    /** Every document's id and kind, read once: the index never changes while open, and a lookup per hit is hot. */
    private final Identity[] identities;
    private final Spelling spelling;
    /** Exact in-memory vectors for small indexes; empty for large ones, which search the HNSW graph. */
    private final java.util.Optional<ExactVectors> exact;
    /** Decoded term sets of the documents hits come from; the coverage of every candidate reads them. */
    private final Memo<Integer, Set<String>> terms = new Memo<>(20_000);
    private final Memo<Integer, Set<String>> titleTerms = new Memo<>(20_000);
    /**
     * Statistics of the terms questions use: building a term query's weight looks each term up in every segment,
     * and a question's few words become dozens of field terms (stems, synonyms, corrections, in every field).
     */
    private final Memo<Term, TermStates> termStates = new Memo<>(50_000);
    private final Memo<Term, Integer> docFreqs = new Memo<>(50_000);
    /** The BM25 scorers of those terms, and the enumerators each searching thread reuses. */
    private final ReusingTermQuery.Scorers scorers = new ReusingTermQuery.Scorers(new PostingsReuse(),
            new Memo<>(50_000));

    HybridIndex(Directory directory) {
        try {
            this.directory = directory;
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.leaves = reader.leaves();
            this.identities = readIdentities(reader);
            this.spelling = new Spelling(reader);
            this.exact = ExactVectors.load(reader, searcher, IndexSchema.VECTOR);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index", e);
        }
    }

    TopDocs bm25(Query query, int n) {
        scorers.reuse().begin();
        try {
            return searcher.search(query, n);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            scorers.reuse().end();
        }
    }

    /** Nearest documents to a unit vector among those passing {@code filter} (null for all). */
    TopDocs nearest(float[] vector, Query filter, int n) {
        if (exact.isPresent()) {
            return exact.get().nearest(vector, filter, n);
        }
        try {
            return searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, vector, n, filter), n);
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        }
    }

    Identity identity(int doc) {
        return identities[doc];
    }

    /** The document's distinct terms. */
    Set<String> terms(int doc) {
        return terms.get(doc, d -> termSet(d, IndexSchema.TERMS));
    }

    /** The distinct terms of the document's title. */
    Set<String> titleTerms(int doc) {
        return titleTerms.get(doc, d -> termSet(d, IndexSchema.TITLE_TERMS));
    }

    private Set<String> termSet(int doc, String field) {
        try {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                return Set.of();
            }
            String terms = values.binaryValue().utf8ToString();
            return terms.isEmpty() ? Set.of() : Set.of(terms.split(" "));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a hit", e);
        }
    }

    /** Documents of any kind holding a term. */
    int docFreq(String term) {
        return docFreq(HitKind.PRODUCT, term) + docFreq(HitKind.KNOWLEDGE, term);
    }

    /** Documents of one kind holding a term. */
    int docFreq(HitKind kind, String term) {
        return docFreqs.get(new Term(IndexSchema.all(kind), term), t -> {
            try {
                return reader.docFreq(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A query for one term whose statistics and scorer are made once per index, not once per question, and whose
     * postings reuse the searching thread's enumerators.
     */
    Query termQuery(Term term) {
        return new ReusingTermQuery(term, termStates.get(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), scorers);
    }

    /** Documents of one kind. */
    int documents(HitKind kind) {
        try {
            return reader.getDocCount(IndexSchema.all(kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Spelling spelling() {
        return spelling;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Identity[] readIdentities(DirectoryReader reader) throws IOException {
        Identity[] out = new Identity[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
            SortedDocValues kindValues = leaf.reader().getSortedDocValues(IndexSchema.KIND);
            if (ids == null || kindValues == null) {
                continue;
            }
            HitKind[] kindByOrd = new HitKind[kindValues.getValueCount()];
            for (int ord = 0; ord < kindByOrd.length; ord++) {
                kindByOrd[ord] = HitKind.valueOf(kindValues.lookupOrd(ord).utf8ToString().toUpperCase(Locale.ROOT));
            }
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                kindValues.advanceExact(doc);
                out[leaf.docBase + doc] = new Identity(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                        kindByOrd[kindValues.ordValue()]);
            }
        }
        return out;
    }
}

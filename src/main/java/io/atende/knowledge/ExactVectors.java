package io.atende.knowledge;

import io.atende.shared.Memo;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact nearest neighbours for a small index, with every vector in memory. A store's pack holds hundreds or a
 * few thousand documents: comparing the question with each of them is a few microseconds, while a Lucene vector
 * query pays for rewriting, per-segment tasks and graph search on every call, and is only approximate. Large
 * catalogs keep the HNSW graph ({@link #load} declines them).
 */
final class ExactVectors {

    /** Up to this many documents the vectors are kept in memory (20,000 x 256 floats is 20 MB). */
    static final int MAX_DOCS = 20_000;

    private final float[][] vectors;
    private final IndexSearcher searcher;
    /** The documents each filter lets through: filters repeat (a kind, a kind with a price range). */
    private final Memo<Query, FixedBitSet> allowed = new Memo<>(1_024);

    private ExactVectors(float[][] vectors, IndexSearcher searcher) {
        this.vectors = vectors;
        this.searcher = searcher;
    }

    /** The vectors of {@code field} in memory, or empty when the index is too large for it. */
    static Optional<ExactVectors> load(DirectoryReader reader, IndexSearcher searcher, String field) throws IOException {
        if (reader.maxDoc() > MAX_DOCS) {
            return Optional.empty();
        }
        float[][] vectors = new float[reader.maxDoc()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    vectors[leaf.docBase + doc] = values.vectorValue(it.index()).clone();
                }
            }
        }
        return Optional.of(new ExactVectors(vectors, searcher));
    }

    /** The {@code n} documents passing {@code filter} (null for all) nearest to a unit vector, scored as Lucene does. */
    TopDocs nearest(float[] vector, Query filter, int n) {
        FixedBitSet pass = filter == null ? null : allowed.get(filter, this::matching);
        PriorityQueue<ScoreDoc> best = new PriorityQueue<>(n + 1, ExactVectors::worseFirst);
        for (int doc = 0; doc < vectors.length; doc++) {
            float[] v = vectors[doc];
            if (v == null || (pass != null && !pass.get(doc))) {
                continue;
            }
            best.add(new ScoreDoc(doc, VectorSimilarityFunction.DOT_PRODUCT.compare(vector, v)));
            if (best.size() > n) {
                best.poll();
            }
        }
        ScoreDoc[] top = best.toArray(new ScoreDoc[0]);
        Arrays.sort(top, (a, b) -> worseFirst(b, a));
        return new TopDocs(new TotalHits(top.length, TotalHits.Relation.EQUAL_TO), top);
    }

    /** Lower score first; on a tie the later document, so that the earlier one wins as in Lucene. */
    private static int worseFirst(ScoreDoc a, ScoreDoc b) {
        int byScore = Float.compare(a.score, b.score);
        return byScore != 0 ? byScore : Integer.compare(b.doc, a.doc);
    }

    private FixedBitSet matching(Query filter) {
        FixedBitSet bits = new FixedBitSet(Math.max(1, vectors.length));
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(new ConstantScoreQuery(filter)),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    bits.set(leaf.docBase + doc);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot apply a search filter", e);
        }
        return bits;
    }
}

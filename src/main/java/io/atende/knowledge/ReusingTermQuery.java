package io.atende.knowledge;

import io.atende.shared.Memo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * A term query that scores exactly as Lucene's {@link TermQuery} (the searcher's BM25, the same statistics) but
 * costs less per search: its BM25 scorer is made once per term and boost for the open index, not once per search
 * (each holds a 256-entry table), and its postings come from {@link PostingsReuse}. Terms in many documents
 * ({@value #SKIPPING_DOC_FREQ} or more in a segment) go through Lucene's own query, whose block-max scores let a
 * large catalog's search skip documents that cannot reach the top.
 */
final class ReusingTermQuery extends Query {

    /** From this many documents on, skipping blocks saves more than reusing an enumerator. */
    static final int SKIPPING_DOC_FREQ = 512;

    /** What the scorers of this index's terms are made from; shared by the queries of one index. */
    record Scorers(PostingsReuse reuse, Memo<ScorerKey, SimScorer> memo) {
    }

    record ScorerKey(Term term, float boost) {
    }

    private final Term term;
    private final TermStates states;
    private final Scorers scorers;

    ReusingTermQuery(Term term, TermStates states, Scorers scorers) {
        this.term = Objects.requireNonNull(term);
        this.states = Objects.requireNonNull(states);
        this.scorers = Objects.requireNonNull(scorers);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores() || states.docFreq() == 0) {
            return new TermQuery(term, states).createWeight(searcher, scoreMode, boost);
        }
        SimScorer simScorer = scorers.memo().get(new ScorerKey(term, boost), key -> simScorer(searcher, boost));
        return new ReusingWeight(searcher, scoreMode, boost, simScorer);
    }

    private SimScorer simScorer(IndexSearcher searcher, float boost) {
        try {
            CollectionStatistics collection = searcher.collectionStatistics(term.field());
            TermStatistics statistics = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
            return searcher.getSimilarity().scorer(boost, collection, statistics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class ReusingWeight extends Weight {

        private final IndexSearcher searcher;
        private final ScoreMode scoreMode;
        private final float boost;
        private final SimScorer simScorer;
        /** Lucene's own weight, made only for a term it should score (many documents) or to explain a score. */
        private Weight lucene;

        ReusingWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost, SimScorer simScorer) {
            super(ReusingTermQuery.this);
            this.searcher = searcher;
            this.scoreMode = scoreMode;
            this.boost = boost;
            this.simScorer = simScorer;
        }

        private Weight lucene() throws IOException {
            if (lucene == null) {
                lucene = new TermQuery(term, states).createWeight(searcher, scoreMode, boost);
            }
            return lucene;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
            org.apache.lucene.util.IOSupplier<TermState> found = states.get(leaf);
            TermState state = found == null ? null : found.get();
            if (state == null) {
                return null;
            }
            long docFreq = state instanceof BlockTermState block ? block.docFreq : states.docFreq();
            if (docFreq >= SKIPPING_DOC_FREQ) {
                return lucene().scorerSupplier(leaf);
            }
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    PostingsEnum postings = scorers.reuse().postings(leaf, term, state, PostingsEnum.FREQS);
                    return new TermScorer(postings, simScorer, leaf.reader().getNormValues(term.field()));
                }

                @Override
                public long cost() {
                    return docFreq;
                }
            };
        }

        @Override
        public boolean isCacheable(LeafReaderContext leaf) {
            return true;
        }

        @Override
        public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
            return lucene().explain(leaf, doc);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(term.field())) {
            visitor.consumeTerms(this, term);
        }
    }

    @Override
    public String toString(String field) {
        return term.field().equals(field) ? term.text() : term.toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((ReusingTermQuery) other).term);
    }

    @Override
    public int hashCode() {
        return classHash() ^ term.hashCode();
    }
}

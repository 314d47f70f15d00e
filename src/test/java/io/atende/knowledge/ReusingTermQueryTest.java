package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.shared.Memo;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ReusingTermQueryTest {

    private static final int DOCS = 3_000;
    /** Word i is in about DOCS / (i + 1) documents: common words go past the skipping threshold, rare ones not. */
    private static final int WORDS = 400;

    @Test
    void shouldRankAndScoreExactlyAsLucenesTermQueryAcrossSegmentsAndRepeatedSearches() throws Exception {
        Random random = new Random(12);
        try (ByteBuffersDirectory dir = index(random); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(2);
            IndexSearcher searcher = new IndexSearcher(reader);
            ReusingTermQuery.Scorers scorers = new ReusingTermQuery.Scorers(new PostingsReuse(), new Memo<>(1_000));
            Function<Term, Query> reusing = t -> {
                try {
                    return new ReusingTermQuery(t, TermStates.build(searcher, t, true), scorers);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            for (int q = 0; q < 200; q++) {
                long seed = random.nextLong();
                Query expected = question(new Random(seed), TermQuery::new);
                Query actual = question(new Random(seed), reusing);

                TopDocs lucene = searcher.search(expected, 20);
                scorers.reuse().begin();
                TopDocs reused;
                try {
                    reused = searcher.search(actual, 20);
                } finally {
                    scorers.reuse().end();
                }

                assertThat(reused.totalHits.value()).as("matches of question %d", q).isPositive();
                assertThat(render(reused)).as("question %d", q).isEqualTo(render(lucene));
            }
        }
    }

    @Test
    void shouldHandTheSameEnumeratorsToTheNextSearchOnTheThreadOnly() throws Exception {
        try (ByteBuffersDirectory dir = index(new Random(3)); DirectoryReader reader = DirectoryReader.open(dir)) {
            LeafReaderContext leaf = reader.leaves().getFirst();
            PostingsReuse reuse = new PostingsReuse();

            reuse.begin();
            PostingsEnum first = postings(reuse, leaf, "w7");
            PostingsEnum second = postings(reuse, leaf, "w9");
            reuse.end();
            reuse.begin();
            PostingsEnum again = postings(reuse, leaf, "w8");
            reuse.end();
            PostingsEnum outside = postings(reuse, leaf, "w8");

            assertThat(second).as("two terms of one search read at once").isNotSameAs(first);
            assertThat(again).as("the next search's first term").isSameAs(first);
            assertThat(outside).as("outside a search").isNotSameAs(first).isNotSameAs(second);
            // reused, it reads the new term's documents, not the old one's
            assertThat(again.docID()).isEqualTo(-1);
            assertThat(docs(again)).isEqualTo(docs(postings(new PostingsReuse(), leaf, "w8")));
        }
    }

    private static PostingsEnum postings(PostingsReuse reuse, LeafReaderContext leaf, String word) throws Exception {
        TermsEnum terms = leaf.reader().terms("body").iterator();
        assertThat(terms.seekExact(new org.apache.lucene.util.BytesRef(word))).isTrue();
        return reuse.postings(leaf, new org.apache.lucene.index.Term("body", word), terms.termState(),
                PostingsEnum.FREQS);
    }

    private static List<Integer> docs(PostingsEnum postings) throws Exception {
        List<Integer> docs = new ArrayList<>();
        for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
            docs.add(d);
        }
        return docs;
    }

    /** The shape {@link Bm25Queries} builds: per word, the best of its alternatives, each the best of two fields. */
    private static Query question(Random random, Function<Term, Query> term) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int words = 1 + random.nextInt(4);
        for (int w = 0; w < words; w++) {
            List<Query> alternatives = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int a = 0; a < count; a++) {
                String word = "w" + random.nextInt(WORDS);
                alternatives.add(new DisjunctionMaxQuery(List.of(
                        new BoostQuery(term.apply(new Term("title", word)), 1.5f * (a == 0 ? 1f : 0.8f)),
                        new BoostQuery(term.apply(new Term("body", word)), a == 0 ? 1f : 0.8f)), 0.5f));
            }
            q.add(alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f),
                    Occur.SHOULD);
        }
        return q.build();
    }

    private static List<String> render(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc s : top.scoreDocs) {
            out.add(s.doc + ":" + Float.floatToIntBits(s.score));
        }
        return out;
    }

    private static ByteBuffersDirectory index(Random random) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new TextField("title", words(random, 3), Field.Store.NO));
                doc.add(new TextField("body", words(random, 5 + random.nextInt(40)), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 1_000 == 999) {
                    writer.commit(); // several segments: one enumerator set per segment
                }
            }
        }
        return dir;
    }

    private static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // Zipf-like: low word numbers are common
            text.append(" w").append((int) Math.floor(Math.pow(WORDS, random.nextDouble())) - 1);
        }
        return text.toString();
    }
}

package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ExactVectorsTest {

    private static final int DOCS = 300;
    private static final int DIMS = 32;

    @Test
    void shouldReturnTheTrueNearestDocumentsPassingTheFilterScoredAsLucene() throws Exception {
        Random random = new Random(7);
        float[][] vectors = new float[DOCS][];
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < DOCS; i++) {
                    vectors[i] = unit(random);
                    Document doc = new Document();
                    doc.add(new StringField("kind", i % 3 == 0 ? "knowledge" : "product", Field.Store.NO));
                    doc.add(new KnnFloatVectorField("vector", vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
                    writer.addDocument(doc);
                    if (i % 100 == 99) {
                        writer.commit(); // several segments: document numbers must be global
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ExactVectors exact = ExactVectors.load(reader, searcher, "vector").orElseThrow();
                float[] question = unit(random);
                TermQuery knowledge = new TermQuery(new Term("kind", "knowledge"));

                TopDocs found = exact.nearest(question, knowledge, 10);

                List<Integer> expected = IntStream.range(0, DOCS).filter(d -> d % 3 == 0).boxed()
                        .sorted(Comparator.comparingDouble((Integer d) -> -dot(question, vectors[d]))).limit(10).toList();
                assertThat(Arrays.stream(found.scoreDocs).map(s -> s.doc).toList()).isEqualTo(expected);
                // the same scores as Lucene's own vector query, which the fusion's thresholds were tuned on
                TopDocs lucene = searcher.search(new KnnFloatVectorQuery("vector", question, 10, knowledge), 10);
                assertThat(Arrays.stream(found.scoreDocs).map(s -> s.score).toList())
                        .isEqualTo(Arrays.stream(lucene.scoreDocs).map(s -> s.score).toList());
                assertThat(exact.nearest(question, null, 5).scoreDocs).extracting((ScoreDoc s) -> s.doc)
                        .containsExactlyElementsOf(IntStream.range(0, DOCS).boxed()
                                .sorted(Comparator.comparingDouble((Integer d) -> -dot(question, vectors[d]))).limit(5).toList());
            }
        }
    }

    @Test
    void shouldLeaveLargeIndexesToTheGraph() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i <= ExactVectors.MAX_DOCS; i++) {
                    writer.addDocument(new Document());
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(ExactVectors.load(reader, new IndexSearcher(reader), "vector")).isEmpty();
            }
        }
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMS];
        double norm = 0;
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < DIMS; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

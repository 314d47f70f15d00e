package io.atende.knowledge;

import io.atende.knowledge.embedding.Embedder;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/**
 * Writes products and sections, with their vectors, into an empty Lucene directory. Products are indexed by a
 * few threads at once: each builds its own segment and HNSW graph, which is most of the work.
 */
final class IndexBuilder {

    /** HNSW links per node: Lucene's default. */
    private static final int MAX_CONN = 16;
    /**
     * Candidates kept while inserting a node. Half Lucene's default of 100: building the graph was half the
     * indexing time, and at 100,000 products the vector side's recall did not suffer measurably.
     */
    private static final int BEAM_WIDTH = 50;
    /** Texts sent to the embedder at once (remote models answer batches faster than single texts). */
    private static final int BATCH = 64;
    private static final double RAM_BUFFER_MB = 64;
    private static final int MAX_THREADS = 2;

    private IndexBuilder() {
    }

    static void write(Directory directory, List<Product> products, List<KnowledgeEntry> sections,
                      TextAnalyzer analyzer, Embedder embedder) {
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer(analyzer))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCodec(new Lucene104Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return new Lucene99HnswVectorsFormat(MAX_CONN, BEAM_WIDTH);
                    }
                });
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int from = 0; from < sections.size(); from += BATCH) {
                List<KnowledgeEntry> batch = sections.subList(from, Math.min(sections.size(), from + BATCH));
                List<float[]> vectors = embedder.embedAll(batch.stream().map(IndexSchema::knowledgeVectorText).toList());
                List<Document> docs = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    docs.add(IndexSchema.knowledge(batch.get(i), analyzer, vectors.get(i)));
                }
                writer.addDocuments(docs);
            }
            writeProducts(writer, products, analyzer, embedder, threads);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index", e);
        }
    }

    /** Each thread takes every n-th batch, so that the threads finish together. */
    private static void writeProducts(IndexWriter writer, List<Product> products, TextAnalyzer analyzer,
                                      Embedder embedder, int threads) throws IOException {
        if (threads == 1 || products.size() < BATCH * threads) {
            writeBatches(writer, products, analyzer, embedder, 0, 1);
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    writeBatches(writer, products, analyzer, embedder, first, threads);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void writeBatches(IndexWriter writer, List<Product> products, TextAnalyzer analyzer,
                                     Embedder embedder, int first, int step) throws IOException {
        for (int from = first * BATCH; from < products.size(); from += step * BATCH) {
            List<Product> batch = products.subList(from, Math.min(products.size(), from + BATCH));
            List<float[]> vectors = embedder.embedAll(batch.stream().map(IndexSchema::productText).toList());
            for (int i = 0; i < batch.size(); i++) {
                writer.addDocument(IndexSchema.product(batch.get(i), analyzer, vectors.get(i)));
            }
        }
    }
}

package io.atende.knowledge;

import io.atende.knowledge.embedding.Embedder;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/** Writes products and sections, with their vectors, into an empty Lucene directory. */
final class IndexBuilder {

    /** HNSW graph: links per node and candidates kept while inserting; Lucene's defaults, fine at catalog sizes. */
    private static final int MAX_CONN = 16;
    private static final int BEAM_WIDTH = 100;
    /** Texts sent to the embedder at once (remote models answer batches faster than single texts). */
    private static final int BATCH = 64;
    private static final double RAM_BUFFER_MB = 64;

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
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int from = 0; from < sections.size(); from += BATCH) {
                List<KnowledgeEntry> batch = sections.subList(from, Math.min(sections.size(), from + BATCH));
                List<float[]> vectors = embedder.embedAll(batch.stream().map(IndexSchema::knowledgeText).toList());
                List<Document> docs = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    docs.add(IndexSchema.knowledge(batch.get(i), analyzer, vectors.get(i)));
                }
                writer.addDocuments(docs);
            }
            for (int from = 0; from < products.size(); from += BATCH) {
                List<Product> batch = products.subList(from, Math.min(products.size(), from + BATCH));
                List<float[]> vectors = embedder.embedAll(batch.stream().map(IndexSchema::productText).toList());
                for (int i = 0; i < batch.size(); i++) {
                    writer.addDocument(IndexSchema.product(batch.get(i), analyzer, vectors.get(i)));
                }
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index", e);
        }
    }
}

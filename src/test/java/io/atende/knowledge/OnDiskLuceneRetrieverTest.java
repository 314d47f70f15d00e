package io.atende.knowledge;

import io.atende.pack.Pack;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The retriever contract on an index written to disk and opened again, as {@code serve} does after a restart. */
class OnDiskLuceneRetrieverTest extends RetrieverContract {

    @TempDir
    Path data;

    @Override
    protected Retriever retriever(Pack pack) throws Exception {
        IndexStore.open(pack, KnowledgeProperties.DEFAULTS, data, false).retriever().close();
        return IndexStore.open(pack, KnowledgeProperties.DEFAULTS, data, false).retriever();
    }
}

package io.atende.knowledge;

import io.atende.pack.Pack;

/** The retriever contract on an index built in memory. */
class InMemoryLuceneRetrieverTest extends RetrieverContract {

    @Override
    protected Retriever retriever(Pack pack) {
        return LuceneRetriever.inMemory(pack);
    }
}

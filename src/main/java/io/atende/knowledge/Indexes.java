package io.atende.knowledge;

import io.atende.knowledge.embedding.Embedder;
import io.atende.pack.Pack;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Builds the retriever of a pack: analyzer and synonyms of its language, the embedder, the index. */
final class Indexes {

    private Indexes() {
    }

    static LuceneRetriever inMemory(Pack pack, KnowledgeProperties settings) {
        Language language = Language.of(pack.identity().language());
        TextAnalyzer analyzer = language.analyzer();
        Embedder embedder = Embedders.create(settings.embedding(), analyzer, corpus(pack));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexBuilder.write(directory, pack.products(), pack.knowledge(), analyzer, embedder);
        return open(pack, language, analyzer, embedder, new HybridIndex(directory), settings);
    }

    static LuceneRetriever open(Pack pack, Language language, TextAnalyzer analyzer, Embedder embedder,
                                HybridIndex index, KnowledgeProperties settings) {
        Synonyms synonyms = Synonyms.compile(pack.synonyms(), language.normalizer(), analyzer);
        QueryReader reader = new QueryReader(language, analyzer, synonyms, index.spelling(), index::docFreq);
        return new LuceneRetriever(pack, index, embedder, reader, settings.fusion().fusion());
    }

    /** The texts the index holds, in the form the embedder sees them. */
    static List<String> corpus(Pack pack) {
        List<String> texts = new ArrayList<>(pack.products().size() + pack.knowledge().size());
        pack.knowledge().forEach(e -> texts.add(IndexSchema.knowledgeText(e)));
        pack.products().forEach(p -> texts.add(IndexSchema.productText(p)));
        return texts;
    }
}

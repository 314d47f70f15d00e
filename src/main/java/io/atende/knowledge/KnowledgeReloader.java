package io.atende.knowledge;

import io.atende.pack.PackChange;
import io.atende.pack.PackListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live reload for retrieval: an edited pack whose products, sections, language or synonyms changed gets its
 * index before the engine is rebuilt on it (the engine's listener runs after this one, {@link #ORDER}).
 */
final class KnowledgeReloader implements PackListener {

    /** Before the engine's listener (order 100), which searches the new index. */
    static final int ORDER = 50;

    private static final Logger log = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final KnowledgeBase knowledge;

    KnowledgeReloader(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void packChanged(PackChange change) {
        boolean synonyms = !change.previous().synonyms().equals(change.current().synonyms());
        if (change.products().isEmpty() && change.knowledge().isEmpty() && !change.identityChanged() && !synonyms) {
            return;
        }
        long start = System.nanoTime();
        knowledge.reload(change.current());
        log.info("knowledge re-indexed in {} ms ({}{})", (System.nanoTime() - start) / 1_000_000, change.summary(),
                synonyms ? ", synonyms changed" : "");
    }
}

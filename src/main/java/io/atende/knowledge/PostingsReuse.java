package io.atende.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * The terms and postings enumerators a thread reuses from one BM25 search of an index to its next. Lucene's own
 * term query makes a new postings enumerator (with its block buffers) for every term in every segment of every
 * search: a question's few words become dozens of field terms, and at hundreds of turns a second those buffers
 * were the largest share of the server's allocation, so of its collections (docs/benchmarks.md, session 12).
 *
 * <p>Safe because a search runs on the thread that started it (the index's searcher has no executor) and every
 * enumerator handed out during one search is used up before {@link #end}: the next search of the thread takes the
 * same ones again from the start. Outside {@link #begin}/{@link #end} nothing is reused.
 */
final class PostingsReuse {

    /** Enumerators kept per segment and field; a question with more clauses allocates the rest. */
    private static final int MAX_KEPT = 64;

    private final ThreadLocal<Slots> slots = ThreadLocal.withInitial(Slots::new);

    /** Marks the start of a search on this thread: every enumerator kept is free again. */
    void begin() {
        Slots mine = slots.get();
        mine.active = true;
        mine.byField.values().forEach(field -> field.next = 0);
    }

    /** Marks the end of the search begun on this thread. */
    void end() {
        slots.get().active = false;
    }

    /**
     * Postings of {@code term}, found with its {@code state} in this segment: while a search is on, through the
     * thread's terms enumerator of the segment and field (the postings taken from it do not depend on where it is
     * positioned later) and into a reused postings enumerator when one is free; else through new ones.
     */
    PostingsEnum postings(LeafReaderContext leaf, Term term, TermState state, int flags) throws IOException {
        Slots mine = slots.get();
        if (!mine.active) {
            TermsEnum terms = iterator(leaf, term.field());
            terms.seekExact(term.bytes(), state);
            return terms.postings(null, flags);
        }
        FieldSlots kept = mine.field(leaf, term.field());
        if (kept.terms == null) {
            kept.terms = iterator(leaf, term.field());
        }
        kept.terms.seekExact(term.bytes(), state);
        PostingsEnum reuse = kept.next < kept.postings.size() ? kept.postings.get(kept.next) : null;
        PostingsEnum postings = kept.terms.postings(reuse, flags);
        if (kept.next < kept.postings.size()) {
            kept.postings.set(kept.next++, postings);
        } else if (kept.postings.size() < MAX_KEPT) {
            kept.postings.add(postings);
            kept.next++;
        }
        return postings;
    }

    /** The field's terms in this segment, which a term state of the segment says are there. */
    private static TermsEnum iterator(LeafReaderContext leaf, String field) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            throw new IllegalStateException("no terms of field " + field + " in segment " + leaf.ord);
        }
        return terms.iterator();
    }

    private record Key(int leaf, String field) {
    }

    private static final class FieldSlots {
        private TermsEnum terms;
        private final List<PostingsEnum> postings = new ArrayList<>();
        private int next;
    }

    private static final class Slots {
        private final Map<Key, FieldSlots> byField = new HashMap<>();
        private boolean active;

        FieldSlots field(LeafReaderContext leaf, String field) {
            return byField.computeIfAbsent(new Key(leaf.ord, field), k -> new FieldSlots());
        }
    }
}

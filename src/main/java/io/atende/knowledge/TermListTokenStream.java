package io.atende.knowledge;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Terms already analysed, replayed to the index: a field's text is analysed once, and the same terms feed both
 * the inverted index and the coverage measure's term list.
 */
final class TermListTokenStream extends TokenStream {

    private final List<String> terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    TermListTokenStream(List<String> terms) {
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        if (next == terms.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next++));
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }
}

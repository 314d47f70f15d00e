package io.atende.knowledge;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A number glued to its unit ("127v", "128gb", "4l", "50mp") also yields the number alone, at the same position:
 * catalogs write "220V" while customers write "220" or "220 v", and "128 gb" must meet "128GB".
 */
final class NumberUnitFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String pending;

    NumberUnitFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int digits = 0;
        while (digits < term.length() && (Character.isDigit(term.charAt(digits))
                || (digits > 0 && (term.charAt(digits) == '.' || term.charAt(digits) == ',')))) {
            digits++;
        }
        if (digits > 0 && digits < term.length() && Character.isLetter(term.charAt(digits))
                && Character.isDigit(term.charAt(digits - 1))) {
            boolean lettersOnly = true;
            for (int i = digits; i < term.length(); i++) {
                lettersOnly &= Character.isLetter(term.charAt(i));
            }
            if (lettersOnly) {
                pending = term.subSequence(0, digits).toString();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}

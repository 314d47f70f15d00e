package io.atende.engine.llm;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Lets a reply stream to the customer a sentence at a time, each sentence only once the guardrails have passed it:
 * a figure no source holds or a leaked instruction is never shown, not even for a moment. At the first sentence
 * that fails, the gate closes for the rest of the reply; the turn's final message (rewritten, or the local
 * engine's) then replaces the draft.
 */
final class DraftGate implements Consumer<String> {

    private final StringBuilder text = new StringBuilder();
    private final Predicate<String> acceptable;
    private final Consumer<String> shown;
    private int passed;
    private boolean closed;

    /**
     * @param acceptable whether the text so far, up to a sentence's end, may be shown
     * @param shown      receives the whole text passed so far each time it grows
     */
    DraftGate(Predicate<String> acceptable, Consumer<String> shown) {
        this.acceptable = acceptable;
        this.shown = shown;
    }

    @Override
    public void accept(String piece) {
        if (closed) {
            return;
        }
        text.append(piece);
        int end = lastSentenceEnd();
        if (end > passed) {
            release(end);
        }
    }

    /** The stream ended: what is left is the last sentence. */
    void finish() {
        if (!closed && text.length() > passed) {
            release(text.length());
        }
    }

    private void release(int end) {
        String candidate = text.substring(0, end).strip();
        if (!acceptable.test(candidate)) {
            closed = true;
            return;
        }
        passed = end;
        if (!candidate.isEmpty()) {
            shown.accept(candidate);
        }
    }

    /** The index just after the last sentence end (. ! ? or a line break followed by white space). */
    private int lastSentenceEnd() {
        for (int i = text.length() - 2; i >= passed; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return passed;
    }
}

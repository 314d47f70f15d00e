package io.atende.knowledge.eval;

import java.util.List;

/**
 * One judged question.
 *
 * @param line     line in the file, for messages
 * @param query    what the customer wrote
 * @param relevant product and section ids that answer it
 * @param kind     the file's optional {@code kind} ({@code policy}, {@code product}, {@code mixed}); "" if absent
 */
public record EvalQuery(int line, String query, List<String> relevant, String kind) {

    public EvalQuery {
        relevant = List.copyOf(relevant);
    }
}

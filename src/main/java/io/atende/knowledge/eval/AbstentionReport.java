package io.atende.knowledge.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;

/**
 * How well the "I don't know" decision separates questions the store's knowledge answers from those it does not.
 * Unanswerable questions are the query file's lines with {@code "relevant": []}; answerable ones are the lines
 * that list at least one knowledge section (a product-only question is not a policy question to answer or refuse).
 *
 * @param answerable           answerable questions
 * @param unanswerable         unanswerable questions
 * @param refusedAnswerable    answerable questions refused ("I don't know" where a section answers)
 * @param answeredWrong        answerable questions answered with a section that is not among their relevant ids
 * @param answeredUnanswerable unanswerable questions answered (a policy given where none applies)
 */
public record AbstentionReport(int answerable, int unanswerable, int refusedAnswerable, int answeredWrong,
                               int answeredUnanswerable) {

    /**
     * Runs the decision over the file's policy questions: {@code answer} gives the id of the section the question
     * would be answered with, or empty for "I don't know".
     */
    public static AbstentionReport of(List<EvalQuery> queries, Set<String> sectionIds,
                                      Function<String, Optional<String>> answer) {
        int answerable = 0;
        int unanswerable = 0;
        int refused = 0;
        int wrong = 0;
        int answered = 0;
        for (EvalQuery q : queries) {
            if (q.relevant().isEmpty()) {
                unanswerable++;
                answered += answer.apply(q.query()).isPresent() ? 1 : 0;
            } else if (q.relevant().stream().anyMatch(sectionIds::contains)) {
                answerable++;
                Optional<String> given = answer.apply(q.query());
                refused += given.isEmpty() ? 1 : 0;
                wrong += given.filter(id -> !q.relevant().contains(id)).isPresent() ? 1 : 0;
            }
        }
        return new AbstentionReport(answerable, unanswerable, refused, wrong, answered);
    }

    /** Share of the refusals that were right: unanswerable questions among all refused. */
    public double precision() {
        int refusals = refusedAnswerable + unanswerable - answeredUnanswerable;
        return refusals == 0 ? 1 : (double) (unanswerable - answeredUnanswerable) / refusals;
    }

    /** Share of the unanswerable questions refused. */
    public double recall() {
        return unanswerable == 0 ? 0 : (double) (unanswerable - answeredUnanswerable) / unanswerable;
    }

    /** The JSON keys of {@code eval retrieval --json}'s {@code abstention} object. */
    public Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("answerable", answerable);
        json.put("unanswerable", unanswerable);
        json.put("answerable_refused", rate(refusedAnswerable, answerable));
        json.put("answerable_answered_wrong", rate(answeredWrong, answerable));
        json.put("unanswerable_answered", rate(answeredUnanswerable, unanswerable));
        json.put("precision", round(precision()));
        json.put("recall", round(recall()));
        return json;
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : round((double) part / whole);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}

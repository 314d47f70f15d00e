package io.atende.dataset;

import java.util.List;

/**
 * The result of running a pack's conversation tests.
 *
 * @param tests    how many tests ran
 * @param passed   how many passed every turn
 * @param failures the first failing turn of each failed test, in the order the tests ran
 */
public record ConversationTestReport(int tests, int passed, List<Failure> failures) {

    public ConversationTestReport {
        failures = List.copyOf(failures);
    }

    /** How many tests failed. */
    public int failed() {
        return tests - passed;
    }

    /**
     * A turn whose expectations did not hold.
     *
     * @param test       the test's name
     * @param file       where the test is written, relative to the pack
     * @param line       the line of the turn's customer message
     * @param turn       the turn's number in its test, from 1
     * @param customer   the customer's message
     * @param mismatches every expectation of the turn that did not hold
     * @param replies    what the agent answered
     */
    public record Failure(String test, String file, int line, int turn, String customer, List<Mismatch> mismatches,
                          List<String> replies) {

        public Failure {
            mismatches = List.copyOf(mismatches);
            replies = List.copyOf(replies);
        }
    }

    /** One expectation that did not hold: which ({@code intent}, {@code reply_contains}...), expected and actual. */
    public record Mismatch(String expectation, String expected, String actual) {
    }
}

package io.atende.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One step of a {@link Journey}. Every step has an id unique within its journey. Steps that continue name their
 * {@code next} step (the loader fills in the following step of the file when the pack leaves it out); branch,
 * handoff and finish decide where the conversation goes themselves. Texts are message templates with
 * {@code {{attribute}}} and {@code {{tool_result.field}}} placeholders.
 */
public sealed interface Step {

    String id();

    /** The ids of the steps this one can lead to, in the order written. */
    default List<String> targets() {
        List<String> out = new ArrayList<>();
        switch (this) {
            case Say s -> out.add(s.next());
            case Ask a -> Stream.of(a.next(), a.onFail()).filter(Objects::nonNull).forEach(out::add);
            case Consent c -> out.add(c.next());
            case CallTool t -> Stream.of(t.next(), t.onError()).filter(Objects::nonNull).forEach(out::add);
            case Branch b -> {
                b.rules().forEach(w -> out.add(w.go()));
                Stream.of(b.otherwise(), b.onError()).filter(Objects::nonNull).forEach(out::add);
            }
            case Handoff h -> {
            }
            case Finish f -> {
            }
        }
        return out;
    }

    /** Sends a message. */
    record Say(String id, String text, String next) implements Step {
    }

    /**
     * Asks for a value and captures it as {@code attribute}, validated by the extractor of {@code type}. An
     * attribute already known is not asked again.
     *
     * @param retry      sent when the answer holds no value of the type; {@code null} repeats the question. An answer
     *                   holding an invalid value (a CPF with wrong check digits) gets the extractor's own message,
     *                   which says what is wrong
     * @param maxRetries retries after the first question before giving up
     * @param onFail     where to go after the last retry; {@code null} hands the conversation to a person
     * @param choices    answers offered to tap (templates), read like typed ones; empty offers the type's own (sim
     *                   and não for yes_no) or none
     */
    record Ask(String id, String attribute, AttributeType type, String text, String retry, int maxRetries,
               String next, String onFail, List<String> choices) implements Step {

        public Ask {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public Ask(String id, String attribute, AttributeType type, String text, String retry, int maxRetries,
                   String next, String onFail) {
            this(id, attribute, type, text, retry, maxRetries, next, onFail, List.of());
        }
    }

    /**
     * Asks for an opt-in. The answer (true or false) is captured as {@code attribute}, and the runtime records the
     * time and the exact text shown; the journey continues to {@code next} either way and branches on the answer.
     */
    record Consent(String id, String attribute, String text, String next) implements Step {
    }

    /**
     * Calls a tool the pack declares. Each parameter is a rule expression over the attributes (usually just an
     * attribute name). The tool's JSON answer is kept as {@code saveAs}, so later rules read {@code saveAs.field}.
     *
     * @param onError where to go when the call fails (timeout, HTTP error); {@code null} hands off to a person. An
     *                answer the tool sends on purpose, such as a refusal code, is a result, not an error
     */
    record CallTool(String id, String tool, Map<String, Rule> parameters, String saveAs, String next,
                    String onError) implements Step {

        public CallTool {
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * Goes to the first rule that holds, else to {@code otherwise}.
     *
     * @param onError where to go when a rule cannot be decided (a missing value, a wrong kind of value);
     *                {@code null} hands off to a person. A rule that cannot be decided never counts as false
     */
    record Branch(String id, List<When> rules, String otherwise, String onError) implements Step {

        public Branch {
            rules = List.copyOf(rules);
        }
    }

    /** One arm of a {@link Branch}. */
    record When(Rule rule, String go) {
    }

    /**
     * Hands the conversation to a person: {@code reason} (a template too) is shown in the console queue,
     * {@code text} is sent to the customer.
     */
    record Handoff(String id, String reason, String text) implements Step {
    }

    /** Ends the journey with a named outcome (recorded for KPIs and tests), optionally sending {@code text}. */
    record Finish(String id, String outcome, String text) implements Step {
    }
}

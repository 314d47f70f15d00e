package io.atende.pack;

import io.atende.journey.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that need the whole journey: unique step ids, links to steps that exist, where each step goes when the
 * file does not say, steps nothing leads to, the tools it calls and the attributes it reads.
 */
final class JourneyChecks {

    /** A {@code {{name}}} or {@code {{result.field}}} placeholder in a journey text. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*}}");

    private final String file;
    private final List<PackProblem> problems;
    private final List<PackProblem> warnings;

    JourneyChecks(String file, List<PackProblem> problems, List<PackProblem> warnings) {
        this.file = file;
        this.problems = problems;
        this.warnings = warnings;
    }

    /**
     * The steps with every {@code next} filled in, or null when something is wrong (already reported).
     *
     * @param written  every step id written in the file, also of steps that could not be read
     * @param complete false when some step could not be read: then only the links and tools are checked, since
     *                 the order of steps and what reaches what are not known
     */
    List<Step> check(String journey, List<JourneySteps.Read> steps, Set<String> written, boolean complete,
                     ToolDeclarations tools) {
        Map<String, Integer> lines = new HashMap<>();
        for (JourneySteps.Read read : steps) {
            Integer first = lines.putIfAbsent(read.step().id(), read.line());
            if (first != null) {
                problem(read.line(), "duplicate step id '" + read.step().id() + "' (first at line " + first + ")");
            }
        }
        int before = problems.size();
        List<Step> filled = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JourneySteps.Read read = steps.get(i);
            String following = i + 1 < steps.size() ? steps.get(i + 1).step().id() : null;
            if (complete) {
                filled.add(withNext(read, following));
            }
            for (JourneySteps.Link link : read.links()) {
                if (!written.contains(link.target())) {
                    problem(link.line(), "step '" + read.step().id() + "' goes to '" + link.target()
                            + "', which is not a step of journey '" + journey + "'");
                }
            }
            if (read.step() instanceof Step.CallTool call && call.tool() != null) {
                tools.check(call, read.line(), file, problems, warnings);
            }
        }
        if (!complete || problems.size() > before) {
            return null;
        }
        unreachable(filled, lines);
        unknownReads(journey, steps);
        return filled;
    }

    private Step withNext(JourneySteps.Read read, String following) {
        Step step = read.step();
        boolean continues = step instanceof Step.Say || step instanceof Step.Ask || step instanceof Step.Consent
                || step instanceof Step.CallTool;
        boolean hasNext = switch (step) {
            case Step.Say s -> s.next() != null;
            case Step.Ask a -> a.next() != null;
            case Step.Consent c -> c.next() != null;
            case Step.CallTool t -> t.next() != null;
            default -> true;
        };
        if (!continues || hasNext) {
            return step;
        }
        if (following == null) {
            problem(read.line(), "step '" + step.id() + "' is the last one and does not say where to go: add 'next', "
                    + "or end the journey with a finish or handoff step");
            return step;
        }
        return switch (step) {
            case Step.Say s -> new Step.Say(s.id(), s.text(), following);
            case Step.Ask a -> new Step.Ask(a.id(), a.attribute(), a.type(), a.text(), a.retry(), a.maxRetries(),
                    following, a.onFail(), a.choices());
            case Step.Consent c -> new Step.Consent(c.id(), c.attribute(), c.text(), following);
            case Step.CallTool t -> new Step.CallTool(t.id(), t.tool(), t.parameters(), t.saveAs(), following,
                    t.onError());
            default -> step;
        };
    }

    /** A step nothing leads to is dead text; worth a warning, since the pack still works. */
    private void unreachable(List<Step> steps, Map<String, Integer> lines) {
        Map<String, Step> byId = new HashMap<>();
        steps.forEach(s -> byId.putIfAbsent(s.id(), s));
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(steps.getFirst().id()));
        while (!queue.isEmpty()) {
            String id = queue.pop();
            if (seen.add(id)) {
                queue.addAll(byId.get(id).targets());
            }
        }
        for (Step step : steps) {
            if (!seen.contains(step.id())) {
                warnings.add(new PackProblem(file, lines.get(step.id()), "step '" + step.id()
                        + "' is never reached: no step leads to it from the first step '" + steps.getFirst().id() + "'"));
            }
        }
    }

    /**
     * A rule or text reading an attribute no step captures works only if something else set it before the journey
     * started; usually it is a typo, so it is a warning.
     */
    private void unknownReads(String journey, List<JourneySteps.Read> steps) {
        Set<String> captured = new HashSet<>();
        steps.forEach(s -> captured.addAll(s.captures()));
        for (JourneySteps.Read read : steps) {
            for (Sourced<String> path : read.reads()) {
                String root = path.value().split("\\.", 2)[0];
                if (!captured.contains(root)) {
                    warnings.add(new PackProblem(file, path.line(), "'" + path.value() + "' is read here, but no step of "
                            + "journey '" + journey + "' captures '" + root + "' (a typo, or it must be known before the journey starts)"));
                }
            }
        }
    }

    private void problem(int line, String message) {
        problems.add(new PackProblem(file, line, message));
    }
}

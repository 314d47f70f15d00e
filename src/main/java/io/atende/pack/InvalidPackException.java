package io.atende.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be used; carries every problem found, not just the first. */
public class InvalidPackException extends RuntimeException {

    private final transient List<PackProblem> problems;

    public InvalidPackException(List<PackProblem> problems) {
        super(problems.size() + " problem(s) in the pack:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}

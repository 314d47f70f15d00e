package io.atende.pack;

import io.atende.journey.Step;
import java.util.List;

/** Checks the tools and parameters that journeys call against what {@code tools.yaml} declares. */
final class ToolDeclarations {

    private final PackTools tools;

    ToolDeclarations(PackTools tools) {
        this.tools = tools;
    }

    /** Reports a call of an undeclared tool or parameter; without tools.yaml, a warning per call. */
    void check(Step.CallTool call, int line, String file, List<PackProblem> problems, List<PackProblem> warnings) {
        if (!tools.declared()) {
            warnings.add(new PackProblem(file, line, "tool '" + call.tool() + "' is not declared: the pack has no "
                    + ToolFiles.FILE + " (the journey cannot call it until it is declared)"));
            return;
        }
        var tool = tools.tool(call.tool());
        if (tool.isEmpty()) {
            List<String> names = tools.tools().stream().map(ToolDefinition::name).sorted().toList();
            problems.add(new PackProblem(file, line, "tool '" + call.tool() + "' is not declared in " + ToolFiles.FILE
                    + (names.isEmpty() ? "" : " (declared: " + String.join(", ", names) + ")")));
            return;
        }
        if (tool.get().url().isEmpty() && tool.get().parameters().isEmpty()) {
            return; // a declaration by name only (the short form) leaves its parameters unchecked
        }
        List<String> declared = tool.get().parameters().stream().map(ToolParameter::name).toList();
        for (String parameter : call.parameters().keySet().stream().sorted().toList()) {
            if (!declared.contains(parameter)) {
                problems.add(new PackProblem(file, line, "tool '" + call.tool() + "' has no parameter '" + parameter
                        + "' (its parameters: " + String.join(", ", declared) + ")"));
            }
        }
        // a required parameter the journey does not pass would fail every call at run time: say so now
        if (tool.get().url().isEmpty()) {
            return; // not callable yet: whether every required parameter is passed matters once it is
        }
        tool.get().parameters().stream().filter(p -> p.required() && !call.parameters().containsKey(p.name()))
                .forEach(p -> problems.add(new PackProblem(file, line, "tool '" + call.tool()
                        + "' needs parameter '" + p.name() + "', which this call does not pass")));
    }
}

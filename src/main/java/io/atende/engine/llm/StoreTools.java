package io.atende.engine.llm;

import io.atende.tool.ToolCaller;
import io.atende.tool.ToolResult;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the store tools the decision model asked for and words their results for it. Arguments were checked against
 * the tool's declaration when the call was parsed, and the tool runtime checks each value's type again (a CPF with
 * wrong check digits is {@code INVALID_ARGUMENT}: nothing was sent). A failure is a result too: the model reads the
 * failure kind, never an exception.
 */
final class StoreTools {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolCaller tools;

    StoreTools(ToolCaller tools) {
        this.tools = tools;
    }

    /** The result as the model reads it (JSON text). */
    String run(Proposal proposal) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (proposal) {
            case Proposal.BadToolCall bad -> {
                out.put("erro", ToolResult.FailureKind.INVALID_ARGUMENT.name());
                out.put("mensagem", bad.problem());
            }
            case Proposal.CallTool call -> {
                switch (tools.call(call.tool(), call.arguments())) {
                    case ToolResult.Ok ok -> {
                        out.put("status", ok.status());
                        out.put("resultado", ok.fields());
                        ok.reply().ifPresent(r -> out.put("resumo", r));
                    }
                    case ToolResult.Failed failed -> {
                        out.put("erro", failed.kind().name());
                        out.put("mensagem", failed.message());
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a store tool call: " + proposal.function());
        }
        return JSON.writeValueAsString(out);
    }
}

package io.atende.engine.llm;

import io.atende.llm.Feature;
import io.atende.llm.LlmException;
import io.atende.llm.LlmReply;
import io.atende.llm.LlmRequest;
import io.atende.llm.ModelGateway;
import io.atende.llm.ToolCall;
import io.atende.llm.Usage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A model gateway that answers from a script: each call takes the next reply (or throws the next exception) and is
 * recorded. With the script spent, a call fails as a provider that is down would.
 */
final class ScriptedGateway implements ModelGateway {

    private final Deque<Object> script = new ArrayDeque<>();
    final List<LlmRequest> requests = new ArrayList<>();

    ScriptedGateway then(LlmReply reply) {
        script.add(reply);
        return this;
    }

    ScriptedGateway thenFail(LlmException.Kind kind) {
        script.add(new LlmException(kind, "scripted failure"));
        return this;
    }

    /** A decision that calls these functions. */
    ScriptedGateway thenCall(ToolCall... calls) {
        return then(new LlmReply("", List.of(calls), Usage.reported(10, 5, 0), "scripted", "decision", 1));
    }

    /** An answer in words. */
    ScriptedGateway thenSay(String text) {
        return then(new LlmReply(text, List.of(), Usage.reported(10, 5, 0), "scripted", "conversation", 1));
    }

    static ToolCall call(String name, String argumentsJson) {
        return new ToolCall("call-" + name + "-" + System.nanoTime(), name, argumentsJson);
    }

    List<LlmRequest> requests(Feature feature) {
        return requests.stream().filter(r -> r.feature() == feature).toList();
    }

    @Override
    public LlmReply chat(LlmRequest request) {
        requests.add(request);
        Object next = script.poll();
        if (next == null) {
            throw new LlmException(LlmException.Kind.UNREACHABLE, "the script is spent");
        }
        if (next instanceof LlmException e) {
            throw e;
        }
        return (LlmReply) next;
    }

    @Override
    public LlmReply stream(LlmRequest request, Consumer<String> partial) {
        LlmReply reply = chat(request);
        partial.accept(reply.text());
        return reply;
    }

    @Override
    public boolean serves(Feature feature) {
        return true;
    }
}

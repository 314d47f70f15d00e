package io.atende.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A provider port double for the gateway's own logic (retries, breaker, masking, ledger): it answers from a queue
 * and keeps what it was sent. The wire protocols themselves are tested against FakeLlmServer.
 */
final class ScriptedProvider implements ChatProvider {

    private final Deque<Object> script = new ArrayDeque<>();
    final List<LlmRequest> received = new ArrayList<>();

    ScriptedProvider answer(String text, Usage usage) {
        script.add(new Answer(text, List.of(), usage));
        return this;
    }

    ScriptedProvider answer(Answer answer) {
        script.add(answer);
        return this;
    }

    ScriptedProvider fail(LlmException.Kind kind) {
        script.add(new LlmException(kind, "scripted " + kind.wireName()));
        return this;
    }

    ScriptedProvider fail(LlmException failure) {
        script.add(failure);
        return this;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public synchronized Answer call(String model, LlmRequest request, Consumer<String> partial) {
        received.add(request);
        Object next = script.isEmpty() ? new Answer("ok", List.of(), Usage.reported(10, 2, 0)) : script.poll();
        if (next instanceof LlmException e) {
            throw e;
        }
        Answer answer = (Answer) next;
        if (partial != null) {
            for (String word : answer.text().split("(?<= )")) {
                partial.accept(word);
            }
        }
        return answer;
    }
}

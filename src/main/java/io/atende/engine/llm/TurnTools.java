package io.atende.engine.llm;

import io.atende.journey.ToolCaller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Journey tools shared by the local engine's run and the models' run of one turn. Both may walk the same journey
 * step ("é o 123456" answers the order number in either), and a store call that opens an exchange or creates a Pix
 * charge must happen once: within a turn, a call with the same tool and parameters gets the first call's result.
 * Outside a turn (and on another thread) every call goes through.
 */
final class TurnTools implements ToolCaller {

    private final ToolCaller tools;
    private final ThreadLocal<Map<List<Object>, Result>> turn = new ThreadLocal<>();

    TurnTools(ToolCaller tools) {
        this.tools = tools;
    }

    void begin() {
        turn.set(new HashMap<>());
    }

    void end() {
        turn.remove();
    }

    @Override
    public Result call(String tool, Map<String, Object> parameters) {
        Map<List<Object>, Result> calls = turn.get();
        if (calls == null) {
            return tools.call(tool, parameters);
        }
        // HashMap, not Map.copyOf: an evaluated parameter may be null (not given)
        List<Object> key = List.of(tool, new HashMap<>(parameters));
        Result known = calls.get(key);
        if (known != null) {
            return known;
        }
        Result result = tools.call(tool, parameters);
        calls.put(key, result);
        return result;
    }
}

package io.atende.engine.llm;

import io.atende.engine.EngineRequest;
import io.atende.llm.LlmMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The conversation as model messages. The customer's words only ever go in {@link LlmMessage.User} messages, inside
 * a fence the prompts name as data; a fence tag the customer writes is removed, so the text cannot close the fence.
 */
final class Dialogue {

    /** Earlier messages sent with each call: enough for "e o outro?" without paying for the whole conversation. */
    static final int HISTORY = 10;

    private static final String OPEN = "<mensagem_do_cliente>";
    private static final String CLOSE = "</mensagem_do_cliente>";
    private static final Pattern FENCE_TAG = Pattern.compile("(?i)</?\\s*mensagem_do_cliente\\s*>");

    private Dialogue() {
    }

    /** The system text, the recent history, then the turn's customer text. */
    static List<LlmMessage> messages(String system, EngineRequest request) {
        List<LlmMessage> out = new ArrayList<>();
        out.add(new LlmMessage.System(system));
        List<EngineRequest.HistoryEntry> history = request.history();
        for (EngineRequest.HistoryEntry entry : history.subList(Math.max(0, history.size() - HISTORY),
                history.size())) {
            out.add(entry.fromCustomer() ? new LlmMessage.User(fenced(entry.text()))
                    : new LlmMessage.Assistant(entry.text()));
        }
        out.add(new LlmMessage.User(fenced(request.combinedText())));
        return out;
    }

    static String fenced(String customerText) {
        return OPEN + "\n" + FENCE_TAG.matcher(customerText).replaceAll("") + "\n" + CLOSE;
    }
}

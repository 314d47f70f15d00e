package io.atende.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Ollama chat: {@code POST /api/chat}, one JSON object or (the default) newline-delimited JSON objects. */
final class OllamaWire implements ChatWire {

    @Override
    public FakeChat read(JsonNode body) {
        // Ollama streams unless told otherwise
        FakeChat chat = ChatWire.chat(body, List.of(), ChatWire::text, m -> false, true);
        return new FakeChat(chat.model(), chat.texts(), chat.lastUser(), body.path("stream").asBoolean(true), true);
    }

    @Override
    public void answer(HttpExchange exchange, FakeChat chat, FakeReply reply, long id) throws IOException {
        FakeUsage usage = reply instanceof FakeReply.Text t ? t.usage() : ((FakeReply.ToolCalls) reply).usage();
        if (chat.stream()) {
            try (FakeHttp.Stream out = FakeHttp.stream(exchange, "application/x-ndjson")) {
                if (reply instanceof FakeReply.Text t) {
                    for (String piece : ChatWire.pieces(t.text())) {
                        ObjectNode line = line(chat, false);
                        line.putObject("message").put("role", "assistant").put("content", piece);
                        out.line(JSON.writeValueAsString(line));
                    }
                } else {
                    ObjectNode line = line(chat, false);
                    toolMessage(line, ((FakeReply.ToolCalls) reply).calls());
                    out.line(JSON.writeValueAsString(line));
                }
                ObjectNode last = done(chat, usage);
                last.putObject("message").put("role", "assistant").put("content", "");
                out.line(JSON.writeValueAsString(last));
            }
            return;
        }
        ObjectNode root = done(chat, usage);
        if (reply instanceof FakeReply.Text t) {
            root.putObject("message").put("role", "assistant").put("content", t.text());
        } else {
            toolMessage(root, ((FakeReply.ToolCalls) reply).calls());
        }
        FakeHttp.json(exchange, 200, JSON.writeValueAsString(root));
    }

    @Override
    public String error(int status, String presentedKey) {
        String message = status == 401 ? "unauthorized: " + presentedKey : ChatWire.reasonPhrase(status);
        return JSON.writeValueAsString(JSON.createObjectNode().put("error", message));
    }

    @Override
    public void malformed(HttpExchange exchange, FakeChat chat, String body) throws IOException {
        if (chat.stream()) {
            try (FakeHttp.Stream out = FakeHttp.stream(exchange, "application/x-ndjson")) {
                out.line(body);
            }
        } else {
            FakeHttp.json(exchange, 200, body);
        }
    }

    private static ObjectNode line(FakeChat chat, boolean done) {
        ObjectNode line = JSON.createObjectNode();
        line.put("model", chat.model());
        line.put("created_at", Instant.now().toString());
        line.put("done", done);
        return line;
    }

    private static ObjectNode done(FakeChat chat, FakeUsage usage) {
        ObjectNode root = line(chat, true);
        root.put("done_reason", "stop");
        root.put("total_duration", 1_000_000);
        if (usage != null) {
            root.put("prompt_eval_count", usage.inputTokens());
            root.put("eval_count", usage.outputTokens());
        }
        return root;
    }

    private static void toolMessage(ObjectNode root, List<FakeReply.Call> calls) {
        ObjectNode message = root.putObject("message").put("role", "assistant").put("content", "");
        ArrayNode toolCalls = message.putArray("tool_calls");
        for (FakeReply.Call call : calls) {
            ObjectNode function = toolCalls.addObject().putObject("function").put("name", call.name());
            try {
                function.set("arguments", JSON.readTree(call.argumentsJson())); // Ollama sends an object
            } catch (JacksonException notJson) {
                function.put("arguments", call.argumentsJson());
            }
        }
    }
}

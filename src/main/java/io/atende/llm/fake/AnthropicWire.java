package io.atende.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Anthropic messages: {@code POST /v1/messages}, plain JSON or named server-sent events. */
final class AnthropicWire implements ChatWire {

    @Override
    public FakeChat read(JsonNode body) {
        List<String> system = body.has("system") ? List.of(ChatWire.contentText(body.get("system"))) : List.of();
        // a user turn of tool_result blocks only carries tool output, not the customer's words
        return ChatWire.chat(body, system, ChatWire::contentText, message -> message.path("content").isArray()
                && !message.path("content").isEmpty() && message.path("content").valueStream()
                .allMatch(b -> "tool_result".equals(ChatWire.text(b.get("type")))), true);
    }

    @Override
    public void answer(HttpExchange exchange, FakeChat chat, FakeReply reply, long id) throws IOException {
        FakeUsage usage = reply instanceof FakeReply.Text t ? t.usage() : ((FakeReply.ToolCalls) reply).usage();
        if (chat.stream()) {
            stream(exchange, chat, reply, usage, id);
            return;
        }
        ObjectNode root = message(chat, id);
        ArrayNode content = root.putArray("content");
        if (reply instanceof FakeReply.Text t) {
            content.addObject().put("type", "text").put("text", t.text());
            root.put("stop_reason", "end_turn");
        } else {
            List<FakeReply.Call> calls = ((FakeReply.ToolCalls) reply).calls();
            for (int i = 0; i < calls.size(); i++) {
                ObjectNode block = content.addObject();
                block.put("type", "tool_use").put("id", toolId(id, i)).put("name", calls.get(i).name());
                try {
                    block.set("input", JSON.readTree(calls.get(i).argumentsJson()));
                } catch (JacksonException notJson) {
                    block.put("input", calls.get(i).argumentsJson());
                }
            }
            root.put("stop_reason", "tool_use");
        }
        root.putNull("stop_sequence");
        if (usage != null) {
            ObjectNode node = inputUsage(usage);
            node.put("output_tokens", usage.outputTokens());
            root.set("usage", node);
        }
        FakeHttp.json(exchange, 200, JSON.writeValueAsString(root));
    }

    private void stream(HttpExchange exchange, FakeChat chat, FakeReply reply, FakeUsage usage, long id) throws IOException {
        try (FakeHttp.Stream out = FakeHttp.stream(exchange, "text/event-stream")) {
            ObjectNode start = JSON.createObjectNode().put("type", "message_start");
            ObjectNode message = message(chat, id);
            message.putArray("content");
            message.putNull("stop_reason");
            message.putNull("stop_sequence");
            if (usage != null) {
                message.set("usage", inputUsage(usage).put("output_tokens", 1));
            }
            start.set("message", message);
            out.event("message_start", JSON.writeValueAsString(start));
            out.event("ping", "{\"type\": \"ping\"}");
            if (reply instanceof FakeReply.Text t) {
                ObjectNode block = JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
                block.putObject("content_block").put("type", "text").put("text", "");
                out.event("content_block_start", JSON.writeValueAsString(block));
                for (String piece : ChatWire.pieces(t.text())) {
                    out.event("content_block_delta", JSON.writeValueAsString(delta(0, "text_delta", "text", piece)));
                }
                out.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
            } else {
                List<FakeReply.Call> calls = ((FakeReply.ToolCalls) reply).calls();
                for (int i = 0; i < calls.size(); i++) {
                    ObjectNode block = JSON.createObjectNode().put("type", "content_block_start").put("index", i);
                    ObjectNode use = block.putObject("content_block");
                    use.put("type", "tool_use").put("id", toolId(id, i)).put("name", calls.get(i).name());
                    use.putObject("input");
                    out.event("content_block_start", JSON.writeValueAsString(block));
                    for (String piece : OpenAiWire.argumentPieces(calls.get(i).argumentsJson())) {
                        out.event("content_block_delta", JSON.writeValueAsString(delta(i, "input_json_delta", "partial_json", piece)));
                    }
                    out.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + i + "}");
                }
            }
            ObjectNode end = JSON.createObjectNode().put("type", "message_delta");
            end.putObject("delta").put("stop_reason", reply instanceof FakeReply.Text ? "end_turn" : "tool_use").putNull("stop_sequence");
            if (usage != null) {
                end.putObject("usage").put("output_tokens", usage.outputTokens());
            }
            out.event("message_delta", JSON.writeValueAsString(end));
            out.event("message_stop", "{\"type\":\"message_stop\"}");
        }
    }

    @Override
    public String error(int status, String presentedKey) {
        String type = switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
        ObjectNode root = JSON.createObjectNode().put("type", "error");
        root.putObject("error").put("type", type)
                .put("message", status == 401 ? "invalid x-api-key: " + presentedKey : ChatWire.reasonPhrase(status));
        return JSON.writeValueAsString(root);
    }

    @Override
    public void malformed(HttpExchange exchange, FakeChat chat, String body) throws IOException {
        if (chat.stream()) {
            try (FakeHttp.Stream out = FakeHttp.stream(exchange, "text/event-stream")) {
                out.event("message_start", body);
                out.event("message_stop", "{\"type\":\"message_stop\"}");
            }
        } else {
            FakeHttp.json(exchange, 200, body);
        }
    }

    private static ObjectNode message(FakeChat chat, long id) {
        ObjectNode message = JSON.createObjectNode();
        message.put("id", "msg_fake_" + id);
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", chat.model());
        return message;
    }

    private static ObjectNode inputUsage(FakeUsage usage) {
        ObjectNode node = JSON.createObjectNode();
        node.put("input_tokens", usage.uncachedInputTokens());
        node.put("cache_creation_input_tokens", usage.cacheWriteTokens());
        node.put("cache_read_input_tokens", usage.cachedTokens());
        return node;
    }

    private static ObjectNode delta(int index, String type, String field, String value) {
        ObjectNode node = JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
        node.putObject("delta").put("type", type).put(field, value);
        return node;
    }

    private static String toolId(long id, int index) {
        return "toolu_fake_" + id + "_" + index;
    }
}

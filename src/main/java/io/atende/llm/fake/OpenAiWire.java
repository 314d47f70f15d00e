package io.atende.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** OpenAI chat completions: {@code POST /v1/chat/completions}, plain JSON or server-sent chunks. */
final class OpenAiWire implements ChatWire {

    @Override
    public FakeChat read(JsonNode body) {
        return ChatWire.chat(body, List.of(), ChatWire::contentText, m -> false,
                body.path("stream_options").path("include_usage").asBoolean(false));
    }

    @Override
    public FakeUsage reported(FakeChat chat, FakeUsage usage) {
        return chat.stream() && !chat.streamUsage() ? null : usage;
    }

    @Override
    public void answer(HttpExchange exchange, FakeChat chat, FakeReply reply, long id) throws IOException {
        String text = reply instanceof FakeReply.Text t ? t.text() : null;
        List<FakeReply.Call> calls = reply instanceof FakeReply.ToolCalls c ? c.calls() : List.of();
        FakeUsage usage = reply instanceof FakeReply.Text t ? t.usage() : ((FakeReply.ToolCalls) reply).usage();
        if (chat.stream()) {
            stream(exchange, chat, text, calls, usage, id);
            return;
        }
        ObjectNode root = envelope(chat, id, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (text != null) {
            message.put("content", text);
        } else {
            message.putNull("content");
            ArrayNode toolCalls = message.putArray("tool_calls");
            for (int i = 0; i < calls.size(); i++) {
                ObjectNode call = toolCalls.addObject();
                call.put("id", callId(id, i));
                call.put("type", "function");
                call.putObject("function").put("name", calls.get(i).name()).put("arguments", calls.get(i).argumentsJson());
            }
        }
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", text != null ? "stop" : "tool_calls");
        if (usage != null) {
            root.set("usage", usage(usage));
        }
        root.put("system_fingerprint", "fp_fake");
        FakeHttp.json(exchange, 200, JSON.writeValueAsString(root));
    }

    private void stream(HttpExchange exchange, FakeChat chat, String text, List<FakeReply.Call> calls,
                             FakeUsage usage, long id) throws IOException {
        try (FakeHttp.Stream out = FakeHttp.stream(exchange, "text/event-stream")) {
            ObjectNode first = chunk(chat, id);
            ObjectNode delta = (ObjectNode) first.get("choices").get(0).get("delta");
            delta.put("role", "assistant");
            if (text != null) {
                delta.put("content", "");
                out.data(JSON.writeValueAsString(first));
                for (String piece : ChatWire.pieces(text)) {
                    ObjectNode next = chunk(chat, id);
                    ((ObjectNode) next.get("choices").get(0).get("delta")).put("content", piece);
                    out.data(JSON.writeValueAsString(next));
                }
            } else {
                delta.putNull("content");
                out.data(JSON.writeValueAsString(first));
                for (int i = 0; i < calls.size(); i++) {
                    ObjectNode start = chunk(chat, id);
                    ObjectNode call = ((ObjectNode) start.get("choices").get(0).get("delta")).putArray("tool_calls").addObject();
                    call.put("index", i).put("id", callId(id, i)).put("type", "function");
                    call.putObject("function").put("name", calls.get(i).name()).put("arguments", "");
                    out.data(JSON.writeValueAsString(start));
                    for (String piece : argumentPieces(calls.get(i).argumentsJson())) {
                        ObjectNode next = chunk(chat, id);
                        ObjectNode more = ((ObjectNode) next.get("choices").get(0).get("delta")).putArray("tool_calls").addObject();
                        more.put("index", i);
                        more.putObject("function").put("arguments", piece);
                        out.data(JSON.writeValueAsString(next));
                    }
                }
            }
            ObjectNode last = chunk(chat, id);
            ((ObjectNode) last.get("choices").get(0)).put("finish_reason", text != null ? "stop" : "tool_calls");
            out.data(JSON.writeValueAsString(last));
            FakeUsage sent = reported(chat, usage);
            if (sent != null) {
                ObjectNode final_ = envelope(chat, id, "chat.completion.chunk");
                final_.putArray("choices");
                final_.set("usage", usage(sent));
                out.data(JSON.writeValueAsString(final_));
            }
            out.data("[DONE]");
        }
    }

    @Override
    public String error(int status, String presentedKey) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        String type = switch (status) {
            case 401 -> "invalid_request_error";
            case 429 -> "rate_limit_exceeded";
            case 400, 404 -> "invalid_request_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
        error.put("message", status == 401 ? "Incorrect API key provided: " + presentedKey + "." : ChatWire.reasonPhrase(status));
        error.put("type", type);
        error.putNull("param");
        error.put("code", status == 401 ? "invalid_api_key" : status == 429 ? "rate_limit_exceeded" : null);
        return JSON.writeValueAsString(root);
    }

    @Override
    public void malformed(HttpExchange exchange, FakeChat chat, String body) throws IOException {
        if (chat.stream()) {
            try (FakeHttp.Stream out = FakeHttp.stream(exchange, "text/event-stream")) {
                out.data(body);
                out.data("[DONE]");
            }
        } else {
            FakeHttp.json(exchange, 200, body);
        }
    }

    static ObjectNode usage(FakeUsage usage) {
        ObjectNode node = JSON.createObjectNode();
        node.put("prompt_tokens", usage.inputTokens());
        node.put("completion_tokens", usage.outputTokens());
        node.put("total_tokens", usage.inputTokens() + usage.outputTokens());
        node.putObject("prompt_tokens_details").put("cached_tokens", usage.cachedTokens()).put("audio_tokens", 0);
        node.putObject("completion_tokens_details").put("reasoning_tokens", 0).put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0);
        return node;
    }

    private static ObjectNode envelope(FakeChat chat, long id, String object) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake-" + id);
        root.put("object", object);
        root.put("created", Instant.now().getEpochSecond());
        root.put("model", chat.model());
        return root;
    }

    private static ObjectNode chunk(FakeChat chat, long id) {
        ObjectNode root = envelope(chat, id, "chat.completion.chunk");
        root.put("system_fingerprint", "fp_fake");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.putNull("logprobs");
        choice.putNull("finish_reason");
        if (chat.streamUsage()) {
            root.putNull("usage");
        }
        return root;
    }

    private static String callId(long id, int index) {
        return "call_fake_" + id + "_" + index;
    }

    /** Arguments stream in pieces of a few characters, as the real service sends them. */
    static List<String> argumentPieces(String arguments) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < arguments.length(); i += 8) {
            pieces.add(arguments.substring(i, Math.min(arguments.length(), i + 8)));
        }
        return pieces;
    }
}

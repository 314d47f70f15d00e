package io.atende.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One chat protocol of the fake: reading its request, writing its answers and errors. */
interface ChatWire {

    JsonMapper JSON = JsonMapper.builder().build();

    /** @throws IllegalArgumentException when the body is not this protocol's request */
    FakeChat read(JsonNode body);

    /**
     * Writes a text or tool-call answer.
     *
     * @param id a number unique to this answer, for the protocol's ids
     */
    void answer(HttpExchange exchange, FakeChat chat, FakeReply reply, long id) throws IOException;

    /** The usage an answer scripted with {@code usage} carries on this protocol ({@code null}: none). */
    default FakeUsage reported(FakeChat chat, FakeUsage usage) {
        return usage;
    }

    /** The protocol's error JSON for a status; {@code presentedKey} is quoted by the 401 one, as providers do. */
    String error(int status, String presentedKey);

    /** A 200 whose body (or, streaming, whose one event) is {@code body}, not the protocol's JSON. */
    void malformed(HttpExchange exchange, FakeChat chat, String body) throws IOException;

    /**
     * The texts of a chat's {@code messages} (after {@code leading}, e.g. Anthropic's separate system prompt) and the
     * last user message's, each read with {@code content}; a user message {@code toolResult} says is only tool
     * results does not count as the user's words.
     */
    static FakeChat chat(JsonNode body, List<String> leading, java.util.function.Function<JsonNode, String> content,
                         java.util.function.Predicate<JsonNode> toolResult, boolean streamUsage) {
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray()) {
            throw new IllegalArgumentException("'messages' must be an array");
        }
        List<String> texts = new java.util.ArrayList<>(leading);
        String lastUser = "";
        for (JsonNode message : messages) {
            String text = content.apply(message.get("content"));
            texts.add(text);
            if ("user".equals(text(message.get("role"))) && !toolResult.test(message)) {
                lastUser = text;
            }
        }
        return new FakeChat(text(body.get("model")), texts, lastUser, body.path("stream").asBoolean(false),
                streamUsage);
    }

    /** The answer's text in the pieces a stream sends: each word with the spaces after it. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("(?<=\\s)(?=\\S)")) {
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** A node's text when it is a string, else empty. */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : "";
    }

    /** The text of a content field: a string, or an array of blocks whose {@code text} (or nested content) counts. */
    static String contentText(JsonNode content) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return "";
        }
        if (content.isString()) {
            return content.stringValue();
        }
        StringBuilder text = new StringBuilder();
        if (content.isArray()) {
            for (JsonNode block : content) {
                text.append(text(block.get("text")));
                if (block.has("content")) {
                    text.append(contentText(block.get("content")));
                }
            }
        }
        return text.toString();
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "the request is not valid";
            case 401 -> "authentication failed";
            case 403 -> "permission denied";
            case 404 -> "not found";
            case 408 -> "request timeout";
            case 429 -> "rate limit reached, try again later";
            case 529 -> "overloaded";
            default -> status >= 500 ? "the server had an error while processing the request" : "request failed";
        };
    }
}

package io.atende.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.TextContent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The gateway's messages and tool calls as LangChain4j's, and back. */
final class LangChainMessages {

    private LangChainMessages() {
    }

    static List<ChatMessage> toLangChain(List<LlmMessage> messages) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (LlmMessage message : messages) {
            out.add(switch (message) {
                case LlmMessage.System s -> SystemMessage.from(s.text());
                case LlmMessage.User u -> user(u);
                case LlmMessage.Assistant a -> assistant(a);
                case LlmMessage.ToolResult r -> ToolExecutionResultMessage.from(r.callId(), r.toolName(), r.content());
                case LlmMessage.Audio a -> throw new LlmException(LlmException.Kind.INVALID_REQUEST,
                        "a voice note goes to the transcription endpoint, not to a chat model");
            });
        }
        return out;
    }

    /** Text and photos; a photo travels inline as base64, so the provider needs no access to where it was kept. */
    private static UserMessage user(LlmMessage.User u) {
        if (u.images().isEmpty()) {
            return UserMessage.from(u.text());
        }
        List<Content> contents = new ArrayList<>();
        for (LlmMessage.Image image : u.images()) {
            contents.add(ImageContent.from(Base64.getEncoder().encodeToString(image.data()), image.mimeType()));
        }
        if (!u.text().isBlank()) {
            contents.add(TextContent.from(u.text()));
        }
        return UserMessage.from(contents);
    }

    private static AiMessage assistant(LlmMessage.Assistant a) {
        if (a.toolCalls().isEmpty()) {
            return AiMessage.from(a.text());
        }
        List<ToolExecutionRequest> requests = a.toolCalls().stream()
                .map(call -> ToolExecutionRequest.builder().id(call.id()).name(call.name())
                        .arguments(call.argumentsJson()).build())
                .toList();
        AiMessage.Builder builder = AiMessage.builder().toolExecutionRequests(requests);
        if (!a.text().isEmpty()) {
            builder.text(a.text());
        }
        return builder.build();
    }

    /** The model's tool calls; a provider that sends no ids (Ollama) gets {@code call-N} by position. */
    static List<ToolCall> toolCalls(AiMessage message) {
        if (message == null || !message.hasToolExecutionRequests()) {
            return List.of();
        }
        List<ToolCall> calls = new ArrayList<>();
        List<ToolExecutionRequest> requests = message.toolExecutionRequests();
        for (int i = 0; i < requests.size(); i++) {
            ToolExecutionRequest request = requests.get(i);
            String id = request.id() == null || request.id().isBlank() ? "call-" + i : request.id();
            calls.add(new ToolCall(id, request.name() == null ? "" : request.name(), request.arguments()));
        }
        return calls;
    }
}

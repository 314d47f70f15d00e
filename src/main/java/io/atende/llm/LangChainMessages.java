package io.atende.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
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
                case LlmMessage.User u -> UserMessage.from(u.text());
                case LlmMessage.Assistant a -> assistant(a);
                case LlmMessage.ToolResult r -> ToolExecutionResultMessage.from(r.callId(), r.toolName(), r.content());
            });
        }
        return out;
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

package io.atende.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * What the three adapters share: the request in LangChain4j's terms, one plain or streamed call, the answer back,
 * and every failure as an {@link LlmException}. A subclass builds its provider's models and reads its usage.
 */
abstract class LangChainChatProvider implements ChatProvider {

    private final String name;
    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;
    private final Duration timeout;

    LangChainChatProvider(String name, ChatModel chatModel, StreamingChatModel streamingModel, Duration timeout) {
        this.name = name;
        this.chatModel = chatModel;
        this.streamingModel = streamingModel;
        this.timeout = timeout;
    }

    /** The usage the provider reported, or {@code null} when it sent none. */
    abstract Usage usage(TokenUsage tokenUsage);

    /** Whether the provider takes a JSON response format without a schema. */
    abstract boolean supportsJsonOutput();

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Answer call(String model, LlmRequest request, Consumer<String> partial) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(request, "request");
        ChatRequest chatRequest;
        try {
            chatRequest = chatRequest(model, request);
        } catch (RuntimeException e) {
            // nothing was sent: a tool schema or a message the library refuses
            throw new LlmException(LlmException.Kind.INVALID_REQUEST, name + " request could not be built: "
                    + e.getClass().getSimpleName(), e);
        }
        ChatResponse response;
        try {
            response = partial == null ? chatModel.chat(chatRequest) : streamed(chatRequest, partial);
        } catch (PartialConsumerFailure failure) {
            throw failure.getCause();
        } catch (RuntimeException e) {
            throw ProviderFailures.unexpected(name, e, timeout);
        }
        if (response == null || response.aiMessage() == null) {
            throw new LlmException(LlmException.Kind.MALFORMED_RESPONSE, name + "'s answer had no message");
        }
        return new Answer(response.aiMessage().text(), LangChainMessages.toolCalls(response.aiMessage()),
                usage(response.tokenUsage()));
    }

    /** A builder of the provider's request parameters, with the model and the length limit set. */
    DefaultChatRequestParameters.Builder<?> parameters(String model, LlmRequest request) {
        return ChatRequestParameters.builder().modelName(model).maxOutputTokens(request.maxOutputTokens());
    }

    private ChatRequest chatRequest(String model, LlmRequest request) {
        List<ToolSpecification> tools = request.tools().stream().map(ToolSchemas::toSpecification).toList();
        var parameters = parameters(model, request);
        if (!tools.isEmpty()) {
            parameters.toolSpecifications(tools);
        }
        if (request.jsonOutput() && supportsJsonOutput()) {
            parameters.responseFormat(ResponseFormat.JSON);
        }
        return ChatRequest.builder()
                .messages(LangChainMessages.toLangChain(request.messages()))
                .parameters(parameters.build())
                .build();
    }

    private ChatResponse streamed(ChatRequest chatRequest, Consumer<String> partial) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        RuntimeException[] consumerFailure = new RuntimeException[1];
        streamingModel.chat(chatRequest, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String piece) {
                if (piece == null || piece.isEmpty() || consumerFailure[0] != null) {
                    return;
                }
                try {
                    partial.accept(piece);
                } catch (RuntimeException e) {
                    consumerFailure[0] = e; // the caller's own failure, handed back as it was
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        if (consumerFailure[0] != null) {
            throw new PartialConsumerFailure(consumerFailure[0]);
        }
        // ProviderHttpClient runs the whole exchange on this thread: when chat(...) returns, the stream is over
        if (!done.isDone()) {
            throw new LlmException(LlmException.Kind.MALFORMED_RESPONSE,
                    name + "'s streamed answer ended before it was complete");
        }
        try {
            return done.join();
        } catch (CompletionException e) {
            throw ProviderFailures.unexpected(name, e.getCause(), timeout);
        }
    }

    /** Carries an exception the caller's {@code partial} consumer threw, past the provider-failure mapping. */
    private static final class PartialConsumerFailure extends RuntimeException {
        PartialConsumerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /**
     * Whether the provider sent no usage: LangChain4j gives none, counts that are both missing, or — Anthropic's
     * stream, which starts its counters at zero — counts that are both zero. No real call reads zero prompt tokens,
     * so zeros are taken as "not reported" and the gateway estimates.
     */
    static boolean absent(TokenUsage tokenUsage) {
        return tokenUsage == null || (count(tokenUsage.inputTokenCount()) == 0 && count(tokenUsage.outputTokenCount()) == 0);
    }

    static long count(Integer value) {
        return value == null ? 0 : value;
    }
}

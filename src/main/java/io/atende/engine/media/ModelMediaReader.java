package io.atende.engine.media;

import io.atende.engine.EngineRequest;
import io.atende.llm.Feature;
import io.atende.llm.LlmException;
import io.atende.llm.LlmMessage;
import io.atende.llm.LlmRequest;
import io.atende.llm.ModelGateway;
import io.atende.shared.ConversationId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads voice notes with the gateway's transcription model (an OpenAI-compatible endpoint or the local
 * whisper.cpp) and photos with its vision model. A kind with no model configured, a file that cannot be fetched or
 * a model that fails gives empty, and the customer is asked to write.
 */
public final class ModelMediaReader implements MediaReader {

    private static final Logger log = LoggerFactory.getLogger(ModelMediaReader.class);

    /** WhatsApp's limit for audio is 16 MB and for images 5 MB; a larger file here is not a customer's message. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int DESCRIPTION_TOKENS = 300;

    private final ModelGateway gateway;
    private final List<MediaFetcher> fetchers;
    private final Function<Map<String, String>, String> describePrompt;
    private final Locale language;
    private final String storeName;

    /**
     * @param describePrompt the {@code image_description} prompt template, filled with {@code store_name} and
     *                       {@code language}
     */
    public ModelMediaReader(ModelGateway gateway, List<MediaFetcher> fetchers,
                            Function<Map<String, String>, String> describePrompt, Locale language, String storeName) {
        this.gateway = gateway;
        this.fetchers = List.copyOf(fetchers);
        this.describePrompt = describePrompt;
        this.language = language;
        this.storeName = storeName;
    }

    @Override
    public Optional<String> read(ConversationId conversation, EngineRequest.Media media) {
        Feature feature = switch (media.kind() == null ? "" : media.kind()) {
            case "audio" -> Feature.TRANSCRIPTION;
            case "image" -> Feature.VISION;
            default -> null;
        };
        if (feature == null || !gateway.serves(feature)) {
            return Optional.empty();
        }
        Optional<MediaFetcher> fetcher = fetchers.stream().filter(f -> f.handles(media)).findFirst();
        if (fetcher.isEmpty()) {
            log.warn("no way to fetch {} media of channel {}", media.kind(), media.channel());
            return Optional.empty();
        }
        try {
            byte[] bytes = io.atende.shared.CpuGate.whileWaiting(() -> fetcher.get().fetch(media, MAX_BYTES));
            String mime = media.mimeType() == null ? (feature == Feature.VISION ? "image/jpeg" : "audio/ogg")
                    : media.mimeType();
            String text = feature == Feature.TRANSCRIPTION
                    ? gateway.transcribe(conversation, bytes, mime, language.getLanguage()).text()
                    : describe(conversation, bytes, mime, media.caption());
            return Optional.of(text.strip()).filter(t -> !t.isEmpty());
        } catch (MediaFetcher.MediaException | LlmException e) {
            log.warn("{} of conversation {} not read: {}", media.kind(), conversation, e.getMessage());
            return Optional.empty();
        }
    }

    private String describe(ConversationId conversation, byte[] image, String mime, String caption) {
        String system = describePrompt.apply(Map.of("store_name", storeName,
                "language", language.getDisplayLanguage(language)));
        return gateway.chat(LlmRequest.of(conversation, Feature.VISION, List.of(new LlmMessage.System(system),
                new LlmMessage.User(caption == null ? "" : caption, List.of(new LlmMessage.Image(mime, image)))),
                DESCRIPTION_TOKENS)).text();
    }
}

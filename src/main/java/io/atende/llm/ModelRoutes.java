package io.atende.llm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which model serves each feature: the pack's {@code models:} section first, then the operator's configuration
 * (a cheap decision model, the conversation model for replies and insights, the transcription and vision models
 * when set). All of them are models of the one configured provider.
 */
public final class ModelRoutes {

    /** The provider name of voice notes transcribed locally by whisper.cpp. */
    public static final String WHISPER_CPP = "whisper.cpp";

    private final Map<Feature, ModelRef> routes;

    private ModelRoutes(Map<Feature, ModelRef> routes) {
        this.routes = routes;
    }

    /**
     * @param packModels feature wire name to model, from the pack ({@code StoreIdentity.models()}); may be empty
     */
    public static ModelRoutes of(LlmProperties properties, Map<String, String> packModels) {
        Map<Feature, ModelRef> routes = new EnumMap<>(Feature.class);
        if (properties.enabled()) {
            String provider = properties.provider().strip().toLowerCase(java.util.Locale.ROOT);
            put(routes, provider, Feature.CONVERSATION, properties.model(), packModels);
            put(routes, provider, Feature.DECISION, properties.effectiveDecisionModel(), packModels);
            put(routes, provider, Feature.INSIGHT, properties.model(), packModels);
            put(routes, provider, Feature.TRANSCRIPTION, properties.transcriptionModel(), packModels);
            put(routes, provider, Feature.VISION, properties.visionModel(), packModels);
        }
        if (!routes.containsKey(Feature.TRANSCRIPTION) && !properties.whisperCommand().isBlank()
                && !properties.whisperModel().isBlank()) {
            // voice notes transcribed on this machine, also when no provider is configured at all
            routes.put(Feature.TRANSCRIPTION, new ModelRef(WHISPER_CPP,
                    java.nio.file.Path.of(properties.whisperModel()).getFileName().toString()));
        }
        return new ModelRoutes(routes);
    }

    private static void put(Map<Feature, ModelRef> routes, String provider, Feature feature, String configured,
                            Map<String, String> packModels) {
        String model = packModels.getOrDefault(feature.wireName(), configured);
        if (model != null && !model.isBlank()) {
            routes.put(feature, new ModelRef(provider, model.strip()));
        }
    }

    /** The model of a feature, empty when none is configured. */
    public Optional<ModelRef> route(Feature feature) {
        return Optional.ofNullable(routes.get(feature));
    }
}

package io.atende.llm;

import io.atende.pack.PackSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the gateway from {@code atende.llm}: the configured provider behind the one chain of budgets, breaker,
 * masking, retries and ledger. With no provider configured the gateway serves no feature and the local engine
 * answers alone. Models follow the pack in force, so an edited {@code models:} section applies without a restart.
 */
@Configuration(proxyBeanMethods = false)
class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

    @Bean
    ModelGateway modelGateway(LlmProperties properties, CostLedger ledger, PriceTable prices, PackSource packs,
                              Clock clock) {
        ModelCall transcription = transcription(properties);
        Supplier<ModelRoutes> routes = () -> ModelRoutes.of(properties, packs.current().identity().models());
        if (!properties.enabled()) {
            // no chat model: the local engine answers; voice notes may still be transcribed by whisper.cpp
            return RoutingModelGateway.create(null, transcription, routes, ledger, prices, properties, clock);
        }
        ChatProvider provider = ChatProviders.create(properties);
        ModelRoutes first = routes.get();
        if (first.route(Feature.CONVERSATION).isEmpty()) {
            throw new IllegalStateException("ATENDE_LLM_PROVIDER is " + properties.provider()
                    + " but no model is named: set ATENDE_LLM_MODEL (or models.conversation in store.yaml)");
        }
        log.info("LLM provider {} at {}: decision model {}, conversation model {}, voice notes {}, photos {}",
                provider.name(), properties.baseUrl().isBlank() ? "its default address" : properties.baseUrl(),
                model(first, Feature.DECISION), model(first, Feature.CONVERSATION),
                transcription == null ? "not read" : model(first, Feature.TRANSCRIPTION),
                model(first, Feature.VISION));
        return RoutingModelGateway.create(provider, transcription, routes, ledger, prices, properties, clock);
    }

    /** The transcription endpoint of the provider when a model is set, else whisper.cpp when configured. */
    private static ModelCall transcription(LlmProperties properties) {
        Optional<Transcriber> remote = ChatProviders.transcriber(properties);
        if (remote.isPresent()) {
            return new TranscriptionCall(remote.get());
        }
        if (properties.whisperCommand().isBlank() || properties.whisperModel().isBlank()) {
            return null;
        }
        Path command = Path.of(properties.whisperCommand());
        Path model = Path.of(properties.whisperModel());
        String problem = WhisperCppTranscription.problem(command, model);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return new WhisperCppTranscription(command, model, properties.timeoutMs());
    }

    private static String model(ModelRoutes routes, Feature feature) {
        return routes.route(feature).map(ModelRef::model).orElse("none");
    }
}

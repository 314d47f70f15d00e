package io.atende.engine;

import io.atende.engine.llm.LlmEngine;
import io.atende.engine.local.LocalEngine;
import io.atende.engine.local.UnavailableTools;
import io.atende.engine.media.MediaFetcher;
import io.atende.engine.media.MediaReadingEngine;
import io.atende.engine.media.ModelMediaReader;
import io.atende.engine.media.UrlMediaFetcher;
import io.atende.journey.ToolCaller;
import io.atende.knowledge.KnowledgeBase;
import io.atende.llm.Feature;
import io.atende.llm.LlmProperties;
import io.atende.llm.ModelGateway;
import io.atende.pack.Pack;
import io.atende.pack.PromptFiles;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the engine: the LLM engine when the gateway has a decision and a conversation model (with the local engine
 * inside it as the fallback), the local engine otherwise; either one behind the reader of voice notes and photos.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /**
     * Journeys call tools through the HTTP tool runtime when the application has one; without it, every tool call
     * fails softly and the journey takes its {@code on_error} path.
     *
     * @param fetchers channels' ways of loading media (WhatsApp's Graph API); URLs are always understood
     */
    @Bean
    @org.springframework.core.annotation.Order(PackReloadingEngine.ORDER)
    PackReloadingEngine engine(Pack pack, KnowledgeBase knowledge, ObjectProvider<io.atende.tool.ToolCaller> tools,
                               Clock clock, ModelGateway gateway, LlmProperties llm,
                               ObjectProvider<MediaFetcher> fetchers) {
        io.atende.tool.ToolCaller http = tools.getIfAvailable();
        ToolCaller caller = http == null ? new UnavailableTools() : new JourneyTools(http);
        List<MediaFetcher> media = new ArrayList<>(fetchers.orderedStream().toList());
        media.add(new UrlMediaFetcher(Duration.ofMillis(llm.timeoutMs())));
        Function<Pack, Engine> factory = current -> {
            Engine engine = gateway.serves(Feature.DECISION) && gateway.serves(Feature.CONVERSATION)
                    ? LlmEngine.overLocal(current, knowledge, caller, http, gateway, clock, llm.maxToolRounds())
                    : new LocalEngine(current, knowledge, caller, clock);
            var prompts = PromptFiles.load(current.directory());
            return new MediaReadingEngine(engine, new ModelMediaReader(gateway, media,
                    values -> prompts.render("image_description", values), current.identity().language(),
                    current.identity().name()), current::messages);
        };
        return new PackReloadingEngine(pack, factory);
    }
}

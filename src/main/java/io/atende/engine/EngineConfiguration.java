package io.atende.engine;

import io.atende.engine.local.LocalEngine;
import io.atende.engine.local.UnavailableTools;
import io.atende.journey.ToolCaller;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the engine; the local engine is the default (and, later, the LLM engine's fallback). */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /**
     * Journeys call tools through the HTTP tool runtime when the application has one; without it, every tool call
     * fails softly and the journey takes its {@code on_error} path.
     */
    @Bean
    @org.springframework.core.annotation.Order(PackReloadingEngine.ORDER)
    PackReloadingEngine engine(Pack pack, KnowledgeBase knowledge, ObjectProvider<io.atende.tool.ToolCaller> tools,
                                Clock clock) {
        io.atende.tool.ToolCaller http = tools.getIfAvailable();
        ToolCaller caller = http == null ? new UnavailableTools() : new JourneyTools(http);
        return new PackReloadingEngine(pack, current -> new LocalEngine(current, knowledge, caller, clock));
    }
}

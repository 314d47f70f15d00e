package io.atende.engine;

import io.atende.engine.local.LocalEngine;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the engine; the local engine is the default (and, later, the LLM engine's fallback). */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    @org.springframework.core.annotation.Order(PackReloadingEngine.ORDER)
    PackReloadingEngine engine(Pack pack, KnowledgeBase knowledge) {
        return new PackReloadingEngine(pack, current -> new LocalEngine(current, knowledge));
    }
}

package io.atende.knowledge;

import io.atende.pack.Pack;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the knowledge base from the loaded pack at startup (in memory; an index on disk comes later). */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    KnowledgeBase knowledgeBase(Pack pack) {
        return KnowledgeBase.inMemory(pack);
    }
}

package io.atende.knowledge;

import io.atende.pack.Pack;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the knowledge base from the loaded pack at startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

    @Bean
    KnowledgeBase knowledgeBase(Pack pack, KnowledgeProperties properties) {
        return KnowledgeBase.inMemory(pack, properties);
    }
}

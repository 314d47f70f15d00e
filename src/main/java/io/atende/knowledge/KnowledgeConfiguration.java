package io.atende.knowledge;

import io.atende.AtendeProperties;
import io.atende.pack.Pack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Opens the knowledge base of the loaded pack at startup: its index on disk (reused while the pack is unchanged) or in memory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    KnowledgeBase knowledgeBase(Pack pack, KnowledgeProperties properties, AtendeProperties atende) {
        KnowledgeBase knowledge = KnowledgeBase.open(pack, properties, atende.dataDirPath());
        knowledge.index().ifPresent(i -> log.info("{} index in {}: {} products, {} sections, {} s",
                i.built() ? "built" : "reused", i.directory(), i.products(), i.sections(),
                String.format("%.2f", i.seconds())));
        return knowledge;
    }

    @Bean
    @Order(KnowledgeReloader.ORDER)
    KnowledgeReloader knowledgeReloader(KnowledgeBase knowledge) {
        return new KnowledgeReloader(knowledge);
    }
}

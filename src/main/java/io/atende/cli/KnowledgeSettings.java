package io.atende.cli;

import io.atende.knowledge.KnowledgeProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code atende.knowledge.*} for commands that need retrieval without starting the application: bound from the
 * environment ({@code ATENDE_KNOWLEDGE_EMBEDDING_PROVIDER} ...) and system properties, the record's defaults
 * for the rest — the same names {@code serve} reads.
 */
final class KnowledgeSettings {

    private KnowledgeSettings() {
    }

    static KnowledgeProperties fromEnvironment() {
        return Binder.get(new StandardEnvironment()).bindOrCreate("atende.knowledge", KnowledgeProperties.class);
    }
}

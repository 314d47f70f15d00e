package io.atende.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded, validated store pack: everything a store says about itself.
 *
 * @param synonyms the rules of {@code synonyms.txt}, empty when the pack has none
 */
public record Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                   List<IntentDefinition> intents, MessageTemplates messages, List<SynonymRule> synonyms) {

    public Pack {
        products = List.copyOf(products);
        knowledge = List.copyOf(knowledge);
        intents = List.copyOf(intents);
        synonyms = List.copyOf(synonyms);
    }

    /** A pack without synonyms. */
    public Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                List<IntentDefinition> intents, MessageTemplates messages) {
        this(directory, identity, products, knowledge, intents, messages, List.of());
    }
}

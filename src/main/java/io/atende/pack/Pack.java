package io.atende.pack;

import java.nio.file.Path;
import java.util.List;

/** A loaded, validated store pack: everything a store says about itself. */
public record Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                   List<IntentDefinition> intents, MessageTemplates messages) {

    public Pack {
        products = List.copyOf(products);
        knowledge = List.copyOf(knowledge);
        intents = List.copyOf(intents);
    }
}

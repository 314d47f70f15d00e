package io.atende.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded, validated store pack: everything a store says about itself.
 *
 * @param warnings things worth fixing that do not stop the pack (unknown fields, content written twice), each
 *                 with its file and line
 */
public record Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                   List<IntentDefinition> intents, MessageTemplates messages, List<PackProblem> warnings) {

    public Pack {
        products = List.copyOf(products);
        knowledge = List.copyOf(knowledge);
        intents = List.copyOf(intents);
        warnings = List.copyOf(warnings);
    }
}

package io.atende.pack;

import io.atende.journey.Journey;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded, validated store pack: everything a store says about itself.
 *
 * @param warnings things worth fixing that do not stop the pack (unknown fields, content written twice), each
 *                 with its file and line
 * @param synonyms the rules of {@code synonyms.txt}, empty when the pack has none
 * @param journeys the journeys of {@code journeys/}, in file-name order, empty when the pack has none
 * @param tools    the store API and tools of {@code tools.yaml}, {@link PackTools#NONE} when the pack has none
 * @param tests    the conversation tests of {@code tests/}, in file order, empty when the pack has none
 */
public record Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                   List<IntentDefinition> intents, MessageTemplates messages, List<PackProblem> warnings,
                   List<SynonymRule> synonyms, List<Journey> journeys, PackTools tools,
                   List<ConversationTest> tests) {

    public Pack {
        products = List.copyOf(products);
        knowledge = List.copyOf(knowledge);
        intents = List.copyOf(intents);
        warnings = List.copyOf(warnings);
        synonyms = List.copyOf(synonyms);
        journeys = List.copyOf(journeys);
        tools = tools == null ? PackTools.NONE : tools;
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /** A pack without conversation tests. */
    public Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                List<IntentDefinition> intents, MessageTemplates messages, List<PackProblem> warnings,
                List<SynonymRule> synonyms, List<Journey> journeys, PackTools tools) {
        this(directory, identity, products, knowledge, intents, messages, warnings, synonyms, journeys, tools, List.of());
    }

    /** A pack without tools. */
    public Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                List<IntentDefinition> intents, MessageTemplates messages, List<PackProblem> warnings,
                List<SynonymRule> synonyms, List<Journey> journeys) {
        this(directory, identity, products, knowledge, intents, messages, warnings, synonyms, journeys, PackTools.NONE);
    }

    /** A pack without journeys. */
    public Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                List<IntentDefinition> intents, MessageTemplates messages, List<PackProblem> warnings,
                List<SynonymRule> synonyms) {
        this(directory, identity, products, knowledge, intents, messages, warnings, synonyms, List.of());
    }

    /** A pack without synonyms or journeys. */
    public Pack(Path directory, StoreIdentity identity, List<Product> products, List<KnowledgeEntry> knowledge,
                List<IntentDefinition> intents, MessageTemplates messages, List<PackProblem> warnings) {
        this(directory, identity, products, knowledge, intents, messages, warnings, List.of(), List.of());
    }
}

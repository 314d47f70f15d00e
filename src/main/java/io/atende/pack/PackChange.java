package io.atende.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two valid packs, so a component can update itself incrementally: products and knowledge
 * sections by id, and whether the store settings, intents, message templates or journeys changed at all.
 *
 * @param previous the pack that was in force
 * @param current  the pack in force from now on ({@link PackSource#current()} already returns it)
 */
public record PackChange(Pack previous, Pack current, Changes<Product> products, Changes<KnowledgeEntry> knowledge,
                         boolean identityChanged, boolean intentsChanged, boolean messagesChanged,
                         boolean journeysChanged) {

    /**
     * Items compared by id.
     *
     * @param added   ids that are new, as they are now
     * @param changed ids whose content changed, as they are now
     * @param removed ids that are gone, as they were
     */
    public record Changes<T>(List<T> added, List<T> changed, List<T> removed) {

        public Changes {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }

        static <T> Changes<T> between(List<T> before, List<T> after, Function<T, String> id) {
            Map<String, T> old = new LinkedHashMap<>();
            before.forEach(item -> old.put(id.apply(item), item));
            List<T> added = new ArrayList<>();
            List<T> changed = new ArrayList<>();
            for (T item : after) {
                T was = old.remove(id.apply(item));
                if (was == null) {
                    added.add(item);
                } else if (!was.equals(item)) {
                    changed.add(item);
                }
            }
            return new Changes<>(added, changed, new ArrayList<>(old.values()));
        }

        @Override
        public String toString() {
            return "+" + added.size() + " ~" + changed.size() + " -" + removed.size();
        }
    }

    public static PackChange between(Pack previous, Pack current) {
        return new PackChange(previous, current,
                Changes.between(previous.products(), current.products(), Product::id),
                Changes.between(previous.knowledge(), current.knowledge(), KnowledgeEntry::id),
                !Objects.equals(previous.identity(), current.identity()),
                !previous.intents().equals(current.intents()),
                !Objects.equals(previous.messages(), current.messages()),
                !previous.journeys().equals(current.journeys()));
    }

    /** True when nothing a component reads changed (warnings may still differ). */
    public boolean isEmpty() {
        return products.isEmpty() && knowledge.isEmpty() && !identityChanged && !intentsChanged && !messagesChanged
                && !journeysChanged;
    }

    /** One line for the log, e.g. {@code products +1 ~0 -0, knowledge +0 ~2 -1, intents changed}. */
    public String summary() {
        return "products " + products + ", knowledge " + knowledge + (identityChanged ? ", store settings changed" : "")
                + (intentsChanged ? ", intents changed" : "") + (messagesChanged ? ", messages changed" : "")
                + (journeysChanged ? ", journeys changed" : "");
    }
}

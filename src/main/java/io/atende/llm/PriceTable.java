package io.atende.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Models' list prices over time: the table shipped in {@code llm/prices.yaml} and, optionally, an operator's file
 * whose entries replace the shipped ones with the same provider, model and effective date and add the others. A
 * file with a problem is refused whole, naming file, line and problem ({@link InvalidPriceFileException}).
 *
 * <p>{@link #priceFor} takes, among the entries in force on the day (the latest {@code effective_from} on or before
 * it), the first that matches: the provider and model; the provider's {@value #ANY_MODEL} entry (local models); the
 * model under any provider (an OpenAI-compatible endpoint serving Maritaca's or Google's models); the longest model
 * name of which the asked name is a snapshot ({@code gpt-4o-mini-2024-07-18}, {@code claude-haiku-4-5-20251001},
 * {@code llama3.1:8b}: a date, {@code latest}, or an {@code :} or {@code @} tag after the name), the same provider's
 * first. Another model of a family ({@code gpt-5.4}, {@code claude-opus-5-5}, {@code gemini-2.5-flash-lite}) never
 * takes a sibling's price: it stays unpriced until the table has it. Names match without regard to case.
 */
public final class PriceTable {

    /** The shipped table on the classpath. */
    public static final String SHIPPED = "llm/prices.yaml";

    /** The model of an entry that prices every model of its provider (Ollama: local, no charge). */
    public static final String ANY_MODEL = "*";

    /** What may follow a model name in one of its snapshots' names. */
    private static final Pattern SNAPSHOT_SUFFIX =
            Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|latest)([-.:@].*)?|[:@].+");

    private record Key(String provider, String model) {
        static Key of(String provider, String model) {
            return new Key(provider.toLowerCase(Locale.ROOT), model.toLowerCase(Locale.ROOT));
        }
    }

    private final List<ModelPrice> entries;
    private final Map<Key, NavigableMap<LocalDate, ModelPrice>> byKey = new HashMap<>();

    private PriceTable(Collection<ModelPrice> prices) {
        for (ModelPrice p : prices) {
            byKey.computeIfAbsent(Key.of(p.provider(), p.model()), k -> new TreeMap<>()).put(p.effectiveFrom(), p);
        }
        this.entries = byKey.values().stream().flatMap(m -> m.values().stream())
                .sorted(Comparator.comparing((ModelPrice p) -> p.provider().toLowerCase(Locale.ROOT))
                        .thenComparing(p -> p.model().toLowerCase(Locale.ROOT)).thenComparing(ModelPrice::effectiveFrom))
                .toList();
    }

    /** A table of these entries; of two with the same provider, model and effective date, the later wins. */
    public static PriceTable of(Collection<ModelPrice> prices) {
        return new PriceTable(prices);
    }

    /** The shipped table alone. */
    public static PriceTable shipped() {
        return new PriceTable(readShipped());
    }

    /**
     * The shipped table with the operator's file over it.
     *
     * @param override a YAML price file, or {@code null} for none
     * @throws InvalidPriceFileException when either file cannot be read or has a problem
     */
    public static PriceTable load(Path override) {
        List<ModelPrice> layers = new ArrayList<>(readShipped());
        if (override != null) {
            layers.addAll(read(override));
        }
        return new PriceTable(layers);
    }

    private static List<ModelPrice> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PriceFile.read(file.toString(), in);
        } catch (IOException e) {
            throw new InvalidPriceFileException(List.of(new InvalidPriceFileException.Problem(file.toString(), 0,
                    "cannot read the price file: " + e.getMessage())));
        }
    }

    private static List<ModelPrice> readShipped() {
        InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new IllegalStateException("the shipped price table " + SHIPPED + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return PriceFile.read("classpath:" + SHIPPED, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry, by provider, model and effective date. */
    public List<ModelPrice> entries() {
        return entries;
    }

    /** The price in force on {@code day} for what the provider answered with; empty when the table has none. */
    public Optional<ModelPrice> priceFor(String provider, String model, LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (provider == null || model == null || model.isBlank()) {
            return Optional.empty();
        }
        Key asked = Key.of(provider.strip(), model.strip());
        return inForce(asked, day)
                .or(() -> inForce(new Key(asked.provider(), ANY_MODEL), day))
                .or(() -> best(day, k -> k.model().equals(asked.model()), asked, false))
                .or(() -> best(day, k -> isSnapshot(asked.model(), k.model()), asked, true));
    }

    private Optional<ModelPrice> inForce(Key key, LocalDate day) {
        NavigableMap<LocalDate, ModelPrice> dated = byKey.get(key);
        return Optional.ofNullable(dated == null ? null : dated.floorEntry(day)).map(Map.Entry::getValue);
    }

    /** Among the keys that match, the longest model name (if asked), then the asked provider's, then by name. */
    private Optional<ModelPrice> best(LocalDate day, Predicate<Key> matches, Key asked, boolean longest) {
        Comparator<Key> order = Comparator.comparingInt((Key k) -> longest ? -k.model().length() : 0)
                .thenComparing(k -> !k.provider().equals(asked.provider()))
                .thenComparing(Key::provider);
        return byKey.keySet().stream().filter(k -> !k.model().equals(ANY_MODEL)).filter(matches).sorted(order)
                .map(k -> inForce(k, day)).flatMap(Optional::stream).findFirst();
    }

    /** Whether {@code name} names a snapshot or tag of {@code model}. */
    static boolean isSnapshot(String name, String model) {
        return name.length() > model.length() && name.startsWith(model)
                && SNAPSHOT_SUFFIX.matcher(name.substring(model.length())).matches();
    }

    /** A price file that cannot be used, with every problem found: file, line (1-based; 0 for the whole file). */
    public static final class InvalidPriceFileException extends RuntimeException {

        /** One problem of a price file. */
        public record Problem(String file, int line, String message) {
            @Override
            public String toString() {
                return file + ":" + line + ": " + message;
            }
        }

        private final List<Problem> problems;

        public InvalidPriceFileException(List<Problem> problems) {
            super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}

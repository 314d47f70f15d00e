package io.atende.llm;

import io.atende.llm.PriceTable.InvalidPriceFileException;
import io.atende.llm.PriceTable.InvalidPriceFileException.Problem;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a price file (docs/costs.md): a {@code prices:} list of entries. It reads YAML nodes rather than objects so
 * that every problem names its line, and numbers as decimals (never through {@code double}).
 */
final class PriceFile {

    static final String LIST = "prices";
    private static final List<String> FIELDS = List.of("provider", "model", "effective_from", "currency",
            "input_per_million", "cached_input_per_million", "output_per_million", "source");
    private static final Set<String> REQUIRED = Set.of("provider", "model", "effective_from", "currency",
            "input_per_million", "output_per_million");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern NAME = Pattern.compile("\\S+");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private PriceFile(String file) {
        this.file = file;
    }

    /**
     * The file's entries, in file order.
     *
     * @throws InvalidPriceFileException naming every problem found
     */
    static List<ModelPrice> read(String file, Reader in) {
        return new PriceFile(file).entries(in);
    }

    private List<ModelPrice> entries(Reader in) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(in);
        } catch (MarkedYAMLException e) {
            throw new InvalidPriceFileException(List.of(new Problem(file, line(e.getProblemMark()),
                    "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new InvalidPriceFileException(List.of(new Problem(file, 0, "not valid YAML: " + e.getMessage())));
        }
        List<ModelPrice> out = new ArrayList<>();
        Map<String, Node> top = root instanceof MappingNode map ? fields(map) : Map.of();
        Node list = top.get(LIST);
        if (!(list instanceof SequenceNode items)) {
            problem(list != null ? list : root, "expected a '" + LIST + ":' list of prices at the top of the file");
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (Node item : items.getValue()) {
                ModelPrice price = entry(item);
                if (price == null) {
                    continue;
                }
                String key = (price.provider() + "/" + price.model() + "@" + price.effectiveFrom()).toLowerCase(Locale.ROOT);
                Integer first = seen.putIfAbsent(key, line(item.getStartMark()));
                if (first != null) {
                    problem(item, "a second price for " + price.id() + " (the first is at line " + first + ")");
                } else {
                    out.add(price);
                }
            }
        }
        top.forEach((key, value) -> {
            if (!key.equals(LIST)) {
                problem(value, "unknown key '" + key + "' (a price file has only '" + LIST + "')");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidPriceFileException(problems);
        }
        return out;
    }

    private ModelPrice entry(Node item) {
        if (!(item instanceof MappingNode map)) {
            problem(item, "each price must be a mapping of " + String.join(", ", FIELDS));
            return null;
        }
        int before = problems.size();
        Map<String, Node> f = fields(map);
        f.forEach((key, value) -> {
            if (!FIELDS.contains(key)) {
                problem(value, "unknown field '" + key + "' (a price has " + String.join(", ", FIELDS) + ")");
            }
        });
        for (String key : FIELDS) {
            if (REQUIRED.contains(key) && !f.containsKey(key)) {
                problem(item, "missing '" + key + "'" + (key.endsWith("_per_million")
                        ? " (the price of a million " + (key.startsWith("input") ? "input" : "output") + " tokens)" : ""));
            }
        }
        String provider = name(f, "provider");
        String model = name(f, "model");
        LocalDate from = date(f, "effective_from");
        String currency = text(f, "currency");
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            problem(f.get("currency"), "'currency' must be a three-letter ISO 4217 code like USD or BRL, got '"
                    + currency + "'");
        }
        BigDecimal input = money(f, "input_per_million");
        BigDecimal cached = money(f, "cached_input_per_million");
        BigDecimal output = money(f, "output_per_million");
        String source = text(f, "source");
        if (problems.size() > before) {
            return null;
        }
        return new ModelPrice(provider, model, from, currency, input, cached, output, source);
    }

    /** The mapping's keys and values; a key given twice is a problem (YAML's compose step lets it through). */
    private Map<String, Node> fields(MappingNode map) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "keys must be plain names");
            } else if (out.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                problem(key, "'" + key.getValue() + "' is given twice");
            }
        }
        return out;
    }

    private String text(Map<String, Node> f, String key) {
        Node node = f.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        problem(node, "'" + key + "' must be a single non-empty value");
        return null;
    }

    private String name(Map<String, Node> f, String key) {
        String value = text(f, key);
        if (value != null && !NAME.matcher(value).matches()) {
            problem(f.get(key), "'" + key + "' must not contain spaces, got '" + value + "'");
            return null;
        }
        return value;
    }

    private LocalDate date(Map<String, Node> f, String key) {
        String value = text(f, key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(f.get(key), "'" + key + "' must be a date like 2025-08-07, got '" + value + "'");
            return null;
        }
    }

    private BigDecimal money(Map<String, Node> f, String key) {
        String value = text(f, key);
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(f.get(key), "'" + key + "' must be a number (money per million tokens), got '" + value + "'");
            return null;
        }
        if (amount.signum() < 0) {
            problem(f.get(key), "'" + key + "' must not be negative, got " + value);
            return null;
        }
        return amount;
    }

    private void problem(Node node, String message) {
        problems.add(new Problem(file, node == null ? 0 : line(node.getStartMark()), message));
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }
}

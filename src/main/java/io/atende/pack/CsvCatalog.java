package io.atende.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code catalog/*.csv}: UTF-8, RFC 4180, the header exactly {@link #COLUMNS} (a different header is an error,
 * since shifted columns would put prices in the stock), attributes as {@code key=value;key=value}.
 */
final class CsvCatalog {

    static final List<String> COLUMNS = List.of("id", "title", "description", "price", "category", "stock", "url",
            "image", "attributes");

    private CsvCatalog() {
    }

    static void read(String file, String text, List<Sourced<Product>> out, List<PackProblem> problems) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.parse(text);
        } catch (IllegalArgumentException e) {
            String[] parts = e.getMessage().split(":", 2);
            problems.add(new PackProblem(file, Integer.parseInt(parts[0]), parts[1]));
            return;
        }
        if (rows.isEmpty()) {
            problems.add(new PackProblem(file, 0, "the catalog file is empty"));
            return;
        }
        List<String> header = rows.getFirst().fields().stream().map(h -> h.strip().toLowerCase()).toList();
        if (!header.equals(COLUMNS)) {
            problems.add(new PackProblem(file, 1, "the header must be exactly " + String.join(",", COLUMNS)));
            return;
        }
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            if (f.size() != COLUMNS.size()) {
                problems.add(new PackProblem(file, row.line(), "expected " + COLUMNS.size() + " columns, found " + f.size()));
                continue;
            }
            int before = problems.size();
            Map<String, String> attributes = attributes(f.get(8), file, row.line(), problems);
            var fields = new ProductRules.Fields(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6),
                    f.get(7), attributes);
            Product product = ProductRules.toProduct(file, row.line(), fields, problems);
            if (product != null && problems.size() == before) {
                out.add(new Sourced<>(product, file, row.line()));
            }
        }
    }

    private static Map<String, String> attributes(String text, String file, int line, List<PackProblem> problems) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                problems.add(new PackProblem(file, line, "attribute '" + pair.strip() + "' is not key=value"));
            } else {
                attributes.put(pair.substring(0, eq).strip().toLowerCase(), pair.substring(eq + 1).strip());
            }
        }
        return attributes;
    }
}

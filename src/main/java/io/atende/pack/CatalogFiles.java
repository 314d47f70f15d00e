package io.atende.pack;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code catalog/*.csv}: header {@code id,title,description,price,category,stock,url,image,attributes}. */
final class CatalogFiles {

    static final List<String> COLUMNS = List.of("id", "title", "description", "price", "category", "stock", "url",
            "image", "attributes");

    private CatalogFiles() {
    }

    static List<Product> read(Path packDir, List<PackProblem> problems) {
        Path dir = packDir.resolve("catalog");
        List<Product> products = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return products;
        }
        Set<String> ids = new HashSet<>();
        for (Path file : PackFiles.list(dir, ".csv")) {
            readCsv(packDir, file, products, ids, problems);
        }
        return products;
    }

    private static void readCsv(Path packDir, Path file, List<Product> out, Set<String> ids, List<PackProblem> problems) {
        String name = packDir.relativize(file).toString();
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new PackProblem(name, 0, "cannot read: " + e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            String[] parts = e.getMessage().split(":", 2);
            problems.add(new PackProblem(name, Integer.parseInt(parts[0]), parts[1]));
            return;
        }
        if (rows.isEmpty()) {
            problems.add(new PackProblem(name, 0, "the catalog file is empty"));
            return;
        }
        List<String> header = rows.getFirst().fields().stream().map(h -> h.strip().toLowerCase()).toList();
        if (!header.equals(COLUMNS)) {
            problems.add(new PackProblem(name, 1, "the header must be exactly " + String.join(",", COLUMNS)));
            return;
        }
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            Product product = toProduct(name, row, problems);
            if (product != null) {
                if (!ids.add(product.id())) {
                    problems.add(new PackProblem(name, row.line(), "duplicate product id '" + product.id() + "'"));
                } else {
                    out.add(product);
                }
            }
        }
    }

    private static Product toProduct(String file, CsvReader.Row row, List<PackProblem> problems) {
        List<String> f = row.fields();
        if (f.size() != COLUMNS.size()) {
            problems.add(new PackProblem(file, row.line(), "expected " + COLUMNS.size() + " columns, found " + f.size()));
            return null;
        }
        int before = problems.size();
        String id = f.get(0).strip();
        String title = f.get(1).strip();
        if (id.isEmpty()) {
            problems.add(new PackProblem(file, row.line(), "id is empty"));
        }
        if (title.isEmpty()) {
            problems.add(new PackProblem(file, row.line(), "title is empty"));
        }
        BigDecimal price = null;
        try {
            price = new BigDecimal(f.get(3).strip());
            if (price.signum() < 0) {
                problems.add(new PackProblem(file, row.line(), "price must not be negative"));
            }
        } catch (NumberFormatException e) {
            problems.add(new PackProblem(file, row.line(), "price '" + f.get(3) + "' is not a number like 1299.90"));
        }
        int stock = 0;
        try {
            stock = Integer.parseInt(f.get(5).strip());
            if (stock < 0) {
                problems.add(new PackProblem(file, row.line(), "stock must not be negative"));
            }
        } catch (NumberFormatException e) {
            problems.add(new PackProblem(file, row.line(), "stock '" + f.get(5) + "' is not a whole number"));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : f.get(8).split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                problems.add(new PackProblem(file, row.line(), "attribute '" + pair.strip() + "' is not key=value"));
            } else {
                attributes.put(pair.substring(0, eq).strip().toLowerCase(), pair.substring(eq + 1).strip());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Product(id, title, f.get(2).strip(), price, f.get(4).strip(), stock, f.get(6).strip(),
                f.get(7).strip(), attributes);
    }
}

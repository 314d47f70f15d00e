package io.atende.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalog: {@code catalog/*.csv} ({@link CsvCatalog}) and {@code catalog/*.jsonl}
 * ({@link JsonLinesCatalog}), in file-name order, both checked by {@link ProductRules}. A product id must be
 * unique across all files.
 */
final class CatalogFiles {

    private CatalogFiles() {
    }

    static List<Sourced<Product>> read(Path packDir, List<PackProblem> problems, List<PackProblem> warnings) {
        Path dir = packDir.resolve("catalog");
        List<Sourced<Product>> read = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return read;
        }
        for (Path file : PackFiles.list(dir, ".csv", ".jsonl")) {
            String name = PackFiles.name(packDir, file);
            String text;
            try {
                text = PackFiles.text(file);
            } catch (IOException e) {
                problems.add(new PackProblem(name, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            if (name.toLowerCase().endsWith(".csv")) {
                CsvCatalog.read(name, text, read, problems);
            } else {
                JsonLinesCatalog.read(name, text, read, problems, warnings);
            }
        }
        return unique(read, problems);
    }

    private static List<Sourced<Product>> unique(List<Sourced<Product>> read, List<PackProblem> problems) {
        Map<String, Sourced<Product>> first = new HashMap<>();
        List<Sourced<Product>> out = new ArrayList<>();
        for (Sourced<Product> p : read) {
            Sourced<Product> earlier = first.putIfAbsent(p.value().id(), p);
            if (earlier == null) {
                out.add(p);
            } else {
                problems.add(new PackProblem(p.file(), p.line(),
                        "duplicate product id '" + p.value().id() + "' (first at " + earlier.where() + ")"));
            }
        }
        return out;
    }
}

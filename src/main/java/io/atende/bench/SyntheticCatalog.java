package io.atende.bench;

import io.atende.pack.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A large catalog made from a small one, the same on every run: product {@code i} is a variant of base product
 * {@code i mod n} with another brand of the same category, a model code, another colour and size, a price within
 * ±30 % and a random stock. The texts stay realistic, so index and query costs are those of a real store.
 */
final class SyntheticCatalog {

    private static final List<String> COLOURS = List.of("Preto", "Branco", "Azul", "Vermelho", "Verde", "Cinza",
            "Rosa", "Amarelo", "Prata", "Dourado", "Roxo", "Bege", "Grafite", "Marrom", "Laranja");
    private static final List<String> SIZES = List.of("P", "M", "G", "GG", "34", "36", "38", "40", "42", "44");
    private static final long SEED = 20261121L;

    private SyntheticCatalog() {
    }

    static List<Product> generate(List<Product> base, int count) {
        Map<String, List<String>> brandsByCategory = brandsByCategory(base);
        List<Product> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Product p = base.get(i % base.size());
            int variant = i / base.size();
            if (variant == 0) {
                out.add(p);
                continue;
            }
            SplittableRandom random = new SplittableRandom(SEED + i);
            List<String> brands = brandsByCategory.getOrDefault(p.category(), List.of());
            String brand = p.attributes().get("marca");
            String newBrand = brands.isEmpty() ? brand : brands.get(random.nextInt(brands.size()));
            String colour = COLOURS.get(random.nextInt(COLOURS.size()));
            String model = Character.toString('A' + random.nextInt(26)) + (100 + random.nextInt(900));
            String title = replaceColour(brand == null ? p.title() : p.title().replace(brand, newBrand), colour)
                    + " " + model;
            Map<String, String> attributes = new LinkedHashMap<>(p.attributes());
            if (brand != null) {
                attributes.put("marca", newBrand);
            }
            attributes.put("cor", colour.toLowerCase(Locale.ROOT));
            if (attributes.containsKey("tamanho")) {
                attributes.put("tamanho", SIZES.get(random.nextInt(SIZES.size())));
            }
            BigDecimal price = p.price().multiply(BigDecimal.valueOf(0.7 + 0.6 * random.nextDouble()))
                    .setScale(0, RoundingMode.HALF_UP).subtract(new BigDecimal("0.10")).max(new BigDecimal("9.90"));
            int stock = random.nextInt(10) == 0 ? 0 : random.nextInt(1, 120);
            // the description is shared with the base product (the same String), which keeps 100,000 products small
            out.add(new Product(p.id() + "-" + variant, title, p.description(), price, p.category(), stock,
                    p.url() + "-" + variant, p.image(), attributes));
        }
        return out;
    }

    private static Map<String, List<String>> brandsByCategory(List<Product> base) {
        Map<String, TreeSet<String>> brands = new TreeMap<>();
        for (Product p : base) {
            String brand = p.attributes().get("marca");
            if (brand != null) {
                brands.computeIfAbsent(p.category(), c -> new TreeSet<>()).add(brand);
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        brands.forEach((category, set) -> out.put(category, List.copyOf(set)));
        return out;
    }

    /** The first colour word of the title becomes the new colour; a title without one gets it appended. */
    private static String replaceColour(String title, String colour) {
        for (String c : COLOURS) {
            int at = title.indexOf(" " + c);
            if (at >= 0) {
                return title.substring(0, at + 1) + colour + title.substring(at + 1 + c.length());
            }
        }
        return title + " " + colour;
    }
}

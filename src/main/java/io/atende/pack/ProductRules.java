package io.atende.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one product schema behind {@code catalog/*.csv} and {@code catalog/*.jsonl}: each field's rule and limit.
 * Both readers hand over the raw texts; every broken rule becomes one problem naming the file and line.
 */
final class ProductRules {

    static final int MAX_ID = 64;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_CATEGORY = 100;
    static final int MAX_ATTRIBUTES = 50;
    static final int MAX_ATTRIBUTE_KEY = 50;
    static final int MAX_ATTRIBUTE_VALUE = 200;
    private static final Pattern PRICE = Pattern.compile("\\d{1,12}(\\.\\d+)?");
    /** "12,90" or "1.299,90": how prices are written in Brazil, and refused here because "1.299" would be ambiguous. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d{1,2}|\\d+,\\d{1,2}");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

    /** The raw texts of one product; {@code null} means the field was not given. */
    record Fields(String id, String title, String description, String price, String category, String stock,
                  String url, String image, Map<String, String> attributes) {
    }

    private final String file;
    private final int line;
    private final List<PackProblem> problems;

    private ProductRules(String file, int line, List<PackProblem> problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    /** The product, or {@code null} after adding one problem per broken rule. */
    static Product toProduct(String file, int line, Fields f, List<PackProblem> problems) {
        return new ProductRules(file, line, problems).check(f);
    }

    private Product check(Fields f) {
        int before = problems.size();
        String id = required("id", f.id(), MAX_ID);
        if (id != null && id.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            problem("id '" + id + "' must not contain spaces");
        }
        String title = required("title", f.title(), MAX_TITLE);
        String description = optional("description", f.description(), MAX_DESCRIPTION);
        String category = optional("category", f.category(), MAX_CATEGORY);
        BigDecimal price = price(f.price());
        int stock = stock(f.stock());
        String url = address("url", f.url());
        String image = address("image", f.image());
        attributes(f.attributes());
        if (problems.size() > before) {
            return null;
        }
        return new Product(id, title, description, price, category, stock, url, image, f.attributes());
    }

    private String required(String field, String raw, int max) {
        if (raw == null) {
            problem("missing required field '" + field + "'");
            return null;
        }
        if (raw.isBlank()) {
            problem(field + " is empty");
            return null;
        }
        return optional(field, raw, max);
    }

    private String optional(String field, String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            problem(field + " is longer than " + max + " characters");
        }
        return text;
    }

    private BigDecimal price(String raw) {
        String text = required("price", raw, 40);
        if (text == null) {
            return null;
        }
        if (text.startsWith("-") && PRICE.matcher(text.substring(1)).matches()) {
            problem("price must not be negative");
        } else if (DECIMAL_COMMA.matcher(text).matches()) {
            problem("price '" + text + "' uses a decimal comma: write " + text.replace(".", "").replace(',', '.'));
        } else if (!PRICE.matcher(text).matches()) {
            problem("price '" + text + "' is not a number like 1299.90");
        } else if (text.contains(".") && text.length() - text.indexOf('.') - 1 > 2) {
            problem("price '" + text + "' has more than two decimal places");
        } else {
            return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
        }
        return null;
    }

    private int stock(String raw) {
        String text = required("stock", raw, 40);
        if (text == null) {
            return 0;
        }
        if (!WHOLE.matcher(text).matches()) {
            problem("stock '" + text + "' is not a whole number");
            return 0;
        }
        int stock = Integer.parseInt(text);
        if (stock < 0) {
            problem("stock must not be negative");
        }
        return stock;
    }

    private String address(String field, String raw) {
        String text = optional(field, raw, 2000);
        if (text.isEmpty()) {
            return text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below, with the same advice as any other malformed address
        }
        problem(field + " '" + text + "' is not an absolute http(s) address like https://minhaloja.com.br/p/123");
        return text;
    }

    private void attributes(Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            problem("more than " + MAX_ATTRIBUTES + " attributes");
        }
        attributes.forEach((key, value) -> {
            if (key.length() > MAX_ATTRIBUTE_KEY) {
                problem("attribute name '" + key + "' is longer than " + MAX_ATTRIBUTE_KEY + " characters");
            }
            if (value.length() > MAX_ATTRIBUTE_VALUE) {
                problem("attribute '" + key + "' is longer than " + MAX_ATTRIBUTE_VALUE + " characters");
            }
        });
    }

    private void problem(String message) {
        problems.add(new PackProblem(file, line, message));
    }
}

package io.atende.tool.demo;

import io.atende.nlu.extract.CpfExtractor;
import io.atende.pack.Product;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo store's systems, with their data in {@code demo-api/demo-store.json}: a few orders, credit analyses
 * (two CPFs refused with codes 701 and 702), exchange requests and Pix orders. Requests it creates live in memory.
 */
final class DemoStore {

    /** An HTTP status and the JSON object to send. */
    record Answer(int status, Map<String, Object> body) {
    }

    private final Map<String, Object> data;
    private final Clock clock;
    private final AtomicInteger exchanges = new AtomicInteger(123);
    private final AtomicInteger orders = new AtomicInteger(123_457);

    private DemoStore(Map<String, Object> data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    static DemoStore load(Clock clock) {
        try (InputStream in = DemoStore.class.getResourceAsStream("/demo-api/demo-store.json")) {
            return new DemoStore(JsonMapper.builder()
                    .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                    .readValue(in, Map.class), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer order(String numero) {
        return findOrder(numero).map(o -> new Answer(200, o)).orElseGet(() -> error(404, "order_not_found"));
    }

    Answer exchange(Map<String, Object> request) {
        String pedido = text(request, "pedido");
        String email = text(request, "email");
        if (pedido == null || email == null || text(request, "motivo") == null) {
            return error(400, "invalid_request");
        }
        Optional<Map<String, Object>> order = findOrder(pedido);
        if (order.isEmpty()) {
            return error(404, "order_not_found");
        }
        if (!"entregue".equals(order.get().get("status"))) {
            return error(409, "not_delivered");
        }
        Map<String, Object> settings = section("exchange");
        String protocol = "%s-%d-%06d".formatted(settings.get("protocol_prefix"), Year.now(clock).getValue(),
                exchanges.getAndIncrement());
        return new Answer(201, ordered("protocolo", protocol, "prazo_postagem_dias", settings.get("posting_days")));
    }

    @SuppressWarnings("unchecked")
    Answer credit(Map<String, Object> request) {
        String cpf = Optional.ofNullable(text(request, "cpf")).map(c -> c.replaceAll("\\D", "")).orElse("");
        if (!CpfExtractor.isValid(cpf)) {
            return error(400, "invalid_cpf");
        }
        Map<String, Object> credit = section("credit");
        Object refusal = ((Map<String, Object>) credit.get("refusals")).get(cpf);
        if (refusal != null) {
            return new Answer(200, (Map<String, Object>) refusal);
        }
        Object analysis = ((Map<String, Object>) credit.get("analyses")).get(cpf);
        if (analysis != null) {
            return new Answer(200, (Map<String, Object>) analysis);
        }
        // any other valid CPF gets a stable made-up analysis, so a demo never depends on which CPF is typed
        int score = 300 + Math.floorMod(cpf.hashCode(), 600);
        BigDecimal limit = BigDecimal.valueOf(score >= 700 ? 3000 : score >= 500 ? 1000 : 0).setScale(2);
        return new Answer(200, ordered("score", score, "limite", limit));
    }

    Answer pix(Map<String, Object> request, List<Product> catalog) {
        String id = text(request, "produto");
        BigDecimal quantity = number(request, "quantidade");
        if (id == null || quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0) {
            return error(400, "invalid_request");
        }
        Optional<Product> product = catalog.stream().filter(p -> p.id().equals(id)).findFirst();
        if (product.isEmpty()) {
            return error(404, "product_not_found");
        }
        if (quantity.intValue() > product.get().stock()) {
            return error(409, "out_of_stock");
        }
        Map<String, Object> pix = section("pix");
        BigDecimal discount = new BigDecimal(pix.get("discount").toString());
        BigDecimal total = product.get().price().multiply(quantity).multiply(BigDecimal.ONE.subtract(discount))
                .setScale(2, RoundingMode.HALF_UP);
        String pedido = String.valueOf(orders.getAndIncrement());
        String code = PixCode.of((String) pix.get("key"), (String) pix.get("merchant"), (String) pix.get("city"),
                total, "AURORA" + pedido);
        return new Answer(201, ordered("pedido", pedido, "valor", total, "copia_e_cola", code,
                "validade_minutos", pix.get("valid_minutes")));
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> findOrder(String numero) {
        String wanted = numero == null ? "" : numero.replaceFirst("^#", "");
        return ((List<Map<String, Object>>) data.get("orders")).stream()
                .filter(o -> wanted.equals(o.get("numero"))).findFirst();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        return (Map<String, Object>) data.get(name);
    }

    @SuppressWarnings("unchecked")
    private Answer error(int status, String key) {
        return new Answer(status, (Map<String, Object>) section("errors").get(key));
    }

    private static String text(Map<String, Object> request, String key) {
        Object v = request == null ? null : request.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static BigDecimal number(Map<String, Object> request, String key) {
        String v = text(request, key);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}

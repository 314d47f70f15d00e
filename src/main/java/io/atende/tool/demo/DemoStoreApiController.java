package io.atende.tool.demo;

import io.atende.pack.PackSource;
import io.atende.tool.ToolProperties;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo store API under {@code /demo-api} of Atende's own server, which the demo pack's tools call:
 * {@code GET /pedidos/{numero}}, {@code POST /trocas}, {@code POST /credito} and {@code POST /pix}. It answers
 * only when the pack's base URL is under {@code /demo-api} or {@code atende.tool.demo-api=on}; otherwise every
 * path is not found, as if it did not exist. Documented in docs/tools.md.
 */
@RestController
@RequestMapping("/demo-api")
@ConditionalOnWebApplication
class DemoStoreApiController {

    private static final ResponseEntity<Map<String, Object>> NOT_FOUND = ResponseEntity.notFound().build();

    private final DemoStore store;
    private final PackSource packs;
    private final DemoApiSwitch demoApi;

    DemoStoreApiController(PackSource packs, ToolProperties properties, Clock clock) {
        this.store = DemoStore.load(clock);
        this.packs = packs;
        this.demoApi = new DemoApiSwitch(properties.demoApi(), packs);
    }

    @GetMapping("/pedidos/{numero}")
    ResponseEntity<Map<String, Object>> order(@PathVariable String numero) {
        return enabled() ? send(store.order(numero)) : NOT_FOUND;
    }

    @PostMapping("/trocas")
    ResponseEntity<Map<String, Object>> exchange(@RequestBody(required = false) Map<String, Object> request) {
        return enabled() ? send(store.exchange(request)) : NOT_FOUND;
    }

    @PostMapping("/credito")
    ResponseEntity<Map<String, Object>> credit(@RequestBody(required = false) Map<String, Object> request) {
        return enabled() ? send(store.credit(request)) : NOT_FOUND;
    }

    @PostMapping("/pix")
    ResponseEntity<Map<String, Object>> pix(@RequestBody(required = false) Map<String, Object> request) {
        return enabled() ? send(store.pix(request, packs.current().products())) : NOT_FOUND;
    }

    private boolean enabled() {
        return demoApi.enabled();
    }

    private static ResponseEntity<Map<String, Object>> send(DemoStore.Answer answer) {
        return ResponseEntity.status(answer.status()).body(answer.body());
    }
}

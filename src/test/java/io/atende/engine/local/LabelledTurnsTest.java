package io.atende.engine.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.Product;
import io.atende.shared.ConversationId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routing calibration set: realistic customer messages with the expected route and answer. */
class LabelledTurnsTest {

    private static final double REQUIRED_ACCURACY = 0.9;

    private record Case(String text, String route, String expected) {
    }

    @Test
    void shouldRouteAtLeastNinetyPercentOfLabelledMessagesCorrectly() throws IOException {
        Pack pack = PackLoader.load(Path.of("packs/demo-store"));
        LocalEngine engine = new LocalEngine(pack, KnowledgeBase.inMemory(pack));
        List<Case> cases = read();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            EngineDecision d = engine.decide(new EngineRequest(ConversationId.random(), List.of(c.text()), List.of(), Map.of()));
            EngineCommand.Understood u = understood(d);
            String said = said(d);
            boolean routeOk = u.route().equals(c.route());
            boolean answerOk = switch (c.route()) {
                case "intent", "knowledge" -> u.intent().equals(c.expected());
                case "products" -> java.util.Arrays.stream(c.expected().split("\\|"))
                        .anyMatch(id -> said.contains(title(pack, id)));
                default -> true;
            };
            if (!routeOk || !answerOk) {
                misses.add("MISS '%s': expected %s %s, got %s %s (%.2f) -> %s".formatted(c.text(), c.route(), c.expected(),
                        u.route(), u.intent(), u.confidence(), said.replace("\n", " | ")));
            }
        }
        double accuracy = 1.0 - (double) misses.size() / cases.size();
        System.out.printf("labelled turns: %d/%d correct (%.1f%%)%n", cases.size() - misses.size(), cases.size(),
                100 * accuracy);
        misses.forEach(System.out::println);
        assertThat(accuracy).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    private static String title(Pack pack, String productId) {
        return pack.products().stream().filter(p -> p.id().equals(productId)).map(Product::title).findFirst()
                .orElseThrow(() -> new IllegalStateException("no product " + productId));
    }

    static EngineCommand.Understood understood(EngineDecision d) {
        return d.commands().stream().filter(EngineCommand.Understood.class::isInstance)
                .map(EngineCommand.Understood.class::cast).findFirst().orElseThrow();
    }

    static String said(EngineDecision d) {
        return String.join("\n", d.commands().stream().filter(EngineCommand.Say.class::isInstance)
                .map(c -> ((EngineCommand.Say) c).text()).toList());
    }

    private static List<Case> read() throws IOException {
        try (InputStream in = LabelledTurnsTest.class.getResourceAsStream("/engine/local/labelled-turns.tsv")) {
            List<Case> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new Case(f[0], f[1], f.length > 2 ? f[2] : ""));
            }
            return out;
        }
    }
}

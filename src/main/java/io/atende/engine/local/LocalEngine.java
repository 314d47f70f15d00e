package io.atende.engine.local;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.pack.IntentDefinition;
import io.atende.pack.Pack;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The embedded engine: works offline with no API key. */
public final class LocalEngine implements Engine {

    private final Pack pack;

    public LocalEngine(Pack pack) {
        this.pack = pack;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public EngineDecision decide(EngineRequest request) {
        Set<String> words = words(request.combinedText());
        IntentDefinition best = null;
        double bestScore = 0;
        for (IntentDefinition intent : pack.intents()) {
            for (String example : intent.examples()) {
                Set<String> ex = words(example);
                Set<String> common = new HashSet<>(ex);
                common.retainAll(words);
                double score = ex.isEmpty() ? 0 : (double) common.size() / Math.max(ex.size(), words.size());
                if (score > bestScore) {
                    bestScore = score;
                    best = intent;
                }
            }
        }
        if (best != null && bestScore >= 0.5 && !best.answers().isEmpty()) {
            return EngineDecision.of(new EngineCommand.Understood(best.name(), bestScore, "intent"),
                    new EngineCommand.Say(best.answers().getFirst()));
        }
        return EngineDecision.of(new EngineCommand.Understood("fallback", 0, "fallback"),
                new EngineCommand.Say(pack.messages().render("fallback", Map.of())));
    }

    private static Set<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return new HashSet<>(Arrays.asList(folded.split("[^a-z0-9]+"))).stream().filter(w -> !w.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }
}

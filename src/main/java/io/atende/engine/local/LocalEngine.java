package io.atende.engine.local;

import io.atende.engine.Engine;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;

/**
 * The embedded engine: works offline with no API key. It answers the pack's social intents, policy questions
 * from the knowledge sections, product questions from the catalog, and falls back kindly (offering a person
 * when it fails twice in a row). Journeys and the trained classifier come later behind the same port.
 */
public final class LocalEngine implements Engine {

    private final Router router;
    private final Replies replies;

    public LocalEngine(Pack pack, KnowledgeBase knowledge) {
        this.router = new Router(pack, knowledge, Calibration.DEFAULT);
        this.replies = new Replies(pack, knowledge);
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public EngineDecision decide(EngineRequest request) {
        Route route = router.route(request.combinedText());
        return new EngineDecision(replies.reply(route, request));
    }
}

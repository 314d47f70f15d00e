package io.atende.engine;

import io.atende.pack.Pack;
import io.atende.pack.PackChange;
import io.atende.pack.PackListener;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The engine in force, rebuilt from an edited pack while the application runs. The new engine is built
 * aside and swapped in whole, so a turn uses either the old pack's engine or the new one, never a mix.
 * It listens after the knowledge base ({@link #ORDER}), whose index the new engine searches.
 */
final class PackReloadingEngine implements Engine, PackListener {

    /** After the knowledge base's listener, which re-indexes first. */
    static final int ORDER = 100;

    private final Function<Pack, Engine> factory;
    private final AtomicReference<Engine> current;

    PackReloadingEngine(Pack pack, Function<Pack, Engine> factory) {
        this.factory = factory;
        this.current = new AtomicReference<>(factory.apply(pack));
    }

    @Override
    public String name() {
        return current.get().name();
    }

    @Override
    public EngineDecision decide(EngineRequest request) {
        return current.get().decide(request);
    }

    @Override
    public EngineDecision decide(EngineRequest request, java.util.function.Consumer<String> draft) {
        return current.get().decide(request, draft);
    }

    @Override
    public void packChanged(PackChange change) {
        current.set(factory.apply(change.current()));
    }
}

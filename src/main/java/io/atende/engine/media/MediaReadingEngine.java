package io.atende.engine.media;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.pack.MessageTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the turn's voice notes and photos before the engine sees the turn, so both engines answer a voice note
 * exactly as if it had been typed. A turn that is only files none of which could be read gets the pack's
 * {@code media_unreadable} message (asking the customer to write); a turn with some text is answered from what
 * could be read. A turn made only of messages the channel could not take (kind {@value #UNSUPPORTED_KIND}) gets
 * {@code whatsapp_unsupported} instead.
 */
public final class MediaReadingEngine implements Engine {

    static final String UNREADABLE = "media_unreadable";
    /** The attachment kind a channel gives a message type it cannot take (WhatsApp's polls, orders, ...). */
    public static final String UNSUPPORTED_KIND = "unsupported";
    /** The pack message that answers a turn made only of such messages. */
    static final String UNSUPPORTED = "whatsapp_unsupported";

    private final Engine engine;
    private final MediaReader reader;
    private final Supplier<MessageTemplates> messages;

    /** @param messages the pack in force's templates (the pack may change while the application runs) */
    public MediaReadingEngine(Engine engine, MediaReader reader, Supplier<MessageTemplates> messages) {
        this.engine = engine;
        this.reader = reader;
        this.messages = messages;
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public EngineDecision decide(EngineRequest request) {
        return decide(request, null);
    }

    @Override
    public EngineDecision decide(EngineRequest request, Consumer<String> draft) {
        if (request.media().isEmpty()) {
            return draft == null ? engine.decide(request) : engine.decide(request, draft);
        }
        List<String> texts = new ArrayList<>();
        request.turnTexts().stream().filter(t -> t != null && !t.isBlank()).forEach(texts::add);
        for (EngineRequest.Media media : request.media()) {
            Optional<String> read = reader.read(request.conversationId(), media);
            read.filter(t -> !t.isBlank()).ifPresent(texts::add);
            if (read.isEmpty() && media.caption() != null && !media.caption().isBlank()
                    && !texts.contains(media.caption())) {
                texts.add(media.caption());
            }
        }
        if (texts.isEmpty()) {
            MessageTemplates templates = messages.get();
            boolean unsupported = request.media().stream().allMatch(m -> UNSUPPORTED_KIND.equals(m.kind()))
                    && templates.has(UNSUPPORTED);
            String key = unsupported ? UNSUPPORTED : templates.has(UNREADABLE) ? UNREADABLE : "fallback";
            return EngineDecision.of(new EngineCommand.Understood(unsupported ? UNSUPPORTED : UNREADABLE, 1, "media"),
                    new EngineCommand.Say(templates.render(key, java.util.Map.of())));
        }
        EngineRequest read = request.withTexts(texts);
        return draft == null ? engine.decide(read) : engine.decide(read, draft);
    }
}

package io.atende.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Personal data (CPF, CNPJ, e-mail, phone, card) leaves the process only as placeholders, unless the request names
 * it as a value a tool needs; the answer's text, streamed pieces and tool-call arguments get the real values back.
 */
final class MaskingCall implements ModelCall {

    private final ModelCall next;

    MaskingCall(ModelCall next) {
        this.next = next;
    }

    @Override
    public ChatProvider.Answer call(ModelRef model, LlmRequest request, Consumer<String> partial) {
        PiiMasker masker = new PiiMasker(request.unmaskedValues());
        List<LlmMessage> masked = new ArrayList<>(request.messages().size());
        for (LlmMessage message : request.messages()) {
            masked.add(switch (message) {
                // the instructions carry captured attributes too; the store's own phone or e-mail masked there comes back
                // unmasked in the answer all the same
                case LlmMessage.System s -> new LlmMessage.System(masker.mask(s.text()));
                case LlmMessage.User u -> u.withText(masker.mask(u.text()));
                case LlmMessage.Assistant a -> new LlmMessage.Assistant(masker.mask(a.text()), a.toolCalls().stream()
                        .map(c -> new ToolCall(c.id(), c.name(), masker.mask(c.argumentsJson()))).toList());
                case LlmMessage.ToolResult r -> new LlmMessage.ToolResult(r.callId(), r.toolName(),
                        masker.mask(r.content()));
                case LlmMessage.Audio a -> a;
            });
        }
        // a placeholder may arrive split across two streamed pieces ("[CP" + "F_1]"): hold a piece's tail from
        // the last '[' until the bracket closes
        StreamUnmasker pieces = partial == null ? null : new StreamUnmasker(masker, partial);
        ChatProvider.Answer answer = next.call(model, request.withMessages(masked),
                pieces == null ? null : pieces::accept);
        if (pieces != null) {
            pieces.flush();
        }
        return new ChatProvider.Answer(masker.unmask(answer.text()), answer.toolCalls().stream()
                .map(c -> new ToolCall(c.id(), c.name(), masker.unmask(c.argumentsJson()))).toList(), answer.usage());
    }

    /** Unmasks streamed text, holding back an unfinished placeholder until it is whole. */
    private static final class StreamUnmasker {
        private static final int LONGEST_PLACEHOLDER = 16;
        private final PiiMasker masker;
        private final Consumer<String> out;
        private final StringBuilder held = new StringBuilder();

        StreamUnmasker(PiiMasker masker, Consumer<String> out) {
            this.masker = masker;
            this.out = out;
        }

        void accept(String piece) {
            held.append(piece);
            int open = held.lastIndexOf("[");
            boolean unfinished = open >= 0 && held.indexOf("]", open) < 0 && held.length() - open < LONGEST_PLACEHOLDER;
            int cut = unfinished ? open : held.length();
            if (cut > 0) {
                out.accept(masker.unmask(held.substring(0, cut)));
                held.delete(0, cut);
            }
        }

        void flush() {
            if (!held.isEmpty()) {
                out.accept(masker.unmask(held.toString()));
                held.setLength(0);
            }
        }
    }
}

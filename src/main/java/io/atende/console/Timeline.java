package io.atende.console;

import io.atende.conversation.ConversationEvent;
import java.util.Map;

/**
 * Words a person reads in the console's timeline for each kind of event. The operator's own replies (already in
 * the transcript) are left out, as the store leaves out turn bookkeeping; an unknown event shows its type, so nothing is hidden.
 */
final class Timeline {

    private Timeline() {
    }

    /** The line for an event, or {@code null} when the timeline does not show it. */
    static String describe(ConversationEvent e) {
        Map<String, Object> p = e.payload();
        return switch (e.type()) {
            case "operator.replied" -> null;
            case "journey.started" -> "Jornada iniciada: " + p.get("journey");
            case "journey.ended" -> "Jornada " + p.get("journey") + " encerrada (" + outcome(p.get("outcome")) + ")";
            case "attribute.set" -> "Dado capturado: " + p.get("name") + " = " + p.get("value");
            case "consent.recorded" -> (Boolean.TRUE.equals(p.get("granted")) ? "Consentimento dado: " : "Consentimento recusado: ")
                    + p.get("attribute");
            case "handoff.requested" -> "Pediu uma pessoa: " + p.get("reason");
            case "handoff.taken" -> "Conversa assumida por " + p.get("operator");
            case "handoff.returned" -> "Devolvida ao agente virtual por " + p.get("operator");
            case "contact.opted_out" -> "Pediu para não receber mais mensagens da loja";
            case "contact.opted_in" -> "Voltou a aceitar mensagens da loja";
            // each reply's delivery shows next to it in the transcript; the timeline keeps what the operator acts on
            case "delivery.sent" -> p.get("template") == null ? null
                    : "Resposta enviada como modelo " + p.get("template") + " (fora da janela de 24 h do WhatsApp)";
            case "delivery.failed" -> "Resposta não entregue pelo WhatsApp (erro " + p.get("error_code") + ")";
            case "reengagement.sent" -> "Mensagem de retomada enviada após o silêncio do cliente";
            case "reengagement.cancelled" -> "Retomada não enviada (" + cancelled(p.get("reason")) + ")";
            default -> e.type();
        };
    }

    private static String cancelled(Object reason) {
        return switch (String.valueOf(reason)) {
            case "closed" -> "conversa encerrada";
            case "handoff" -> "com uma pessoa";
            case "opted_out" -> "o cliente não quer mensagens";
            case "max_followups" -> "limite de retomadas";
            case "whatsapp_window_closed" -> "janela de 24 h do WhatsApp fechada, sem modelo";
            case "reengagement_off" -> "retomada desligada no pacote";
            default -> String.valueOf(reason);
        };
    }

    private static String outcome(Object outcome) {
        return switch (String.valueOf(outcome)) {
            case "handoff" -> "passada para uma pessoa";
            case "cancelled" -> "cancelada pelo cliente";
            default -> "resultado: " + outcome;
        };
    }
}

package io.atende.console;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.HandoffDesk;
import io.atende.conversation.InvalidMessageException;
import io.atende.shared.ConversationId;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a person does with a conversation: take it over, answer the customer, hand it back to the agent. Plain
 * CSRF-protected forms that redirect back to the conversation; the page's script posts the same forms and asks
 * for JSON, so the operator's text box is not reloaded away.
 */
@Controller
class ConsoleHandoffController {

    private final ConversationApi conversations;
    private final HandoffDesk desk;

    ConsoleHandoffController(ConversationApi conversations, HandoffDesk desk) {
        this.conversations = conversations;
        this.desk = desk;
    }

    @PostMapping("/console/conversations/{id}/take")
    Object take(@PathVariable("id") String id, Principal operator,
                @RequestHeader(name = "Accept", defaultValue = "") String accept) {
        ConversationId conversation = found(id);
        return done(id, accept, () -> desk.takeOver(conversation, operator.getName()));
    }

    @PostMapping("/console/conversations/{id}/reply")
    Object reply(@PathVariable("id") String id, @RequestParam(name = "text", defaultValue = "") String text,
                 Principal operator, @RequestHeader(name = "Accept", defaultValue = "") String accept) {
        ConversationId conversation = found(id);
        return done(id, accept, () -> desk.reply(conversation, operator.getName(), text));
    }

    @PostMapping("/console/conversations/{id}/hand-back")
    Object handBack(@PathVariable("id") String id, Principal operator,
                    @RequestHeader(name = "Accept", defaultValue = "") String accept) {
        ConversationId conversation = found(id);
        return done(id, accept, () -> desk.handBack(conversation, operator.getName()));
    }

    private ConversationId found(String id) {
        return ConsoleController.find(conversations, id).id();
    }

    /** What went wrong, by the code a redirect carries: only these texts are ever shown, never the request's. */
    static final Map<String, String> PROBLEMS = Map.of(
            "closed", "Esta conversa já foi encerrada.",
            "blank", "Escreva uma mensagem antes de enviar.",
            "long", "A mensagem é longa demais (até 4.096 caracteres).");

    /** Runs the action; answers JSON to the page's script, a redirect (with the problem, if any) to a plain form. */
    private static Object done(String id, String accept, Runnable action) {
        boolean json = accept.contains("application/json");
        String problem = null;
        try {
            action.run();
        } catch (InvalidMessageException e) {
            problem = "conversation".equals(e.field()) ? "closed" : e.getMessage().contains("blank") ? "blank" : "long";
        }
        if (json) {
            return problem == null ? ResponseEntity.ok(Map.of("ok", true)) : ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .body(Map.of("error", "invalid_request", "message", PROBLEMS.get(problem)));
        }
        return "redirect:/console/conversations/" + id + (problem == null ? "" : "?problem=" + problem);
    }
}

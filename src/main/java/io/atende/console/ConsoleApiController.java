package io.atende.console;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.ConversationView;
import io.atende.conversation.HandoffDesk;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON the console pages poll for live updates. Polling the database (not an in-process event)
 * also shows what other instances wrote.
 */
@RestController
class ConsoleApiController {

    private final ConversationApi conversations;
    private final ConsoleViews views;
    private final HandoffDesk desk;

    ConsoleApiController(ConversationApi conversations, ConsoleViews views, HandoffDesk desk) {
        this.conversations = conversations;
        this.views = views;
        this.desk = desk;
    }

    /** Conversations waiting for or with a person, longest waiting first. */
    @GetMapping("/console/api/queue")
    ResponseEntity<List<ConsoleViews.Row>> queue() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(desk.queue(ConsoleController.LIST_SIZE).stream().map(views::row).toList());
    }

    @GetMapping("/console/api/conversations")
    ResponseEntity<List<ConsoleViews.Row>> list() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(conversations.recent(ConsoleController.LIST_SIZE).stream().map(views::row).toList());
    }

    /** The conversation's state and its messages after {@code after} (a message id; 0 for all). */
    @GetMapping("/console/api/conversations/{id}")
    ResponseEntity<ConsoleViews.Detail> conversation(@PathVariable("id") String id,
                                                     @RequestParam(name = "after", defaultValue = "0") long after) {
        ConversationView view = ConsoleController.find(conversations, id);
        var detail = views.detail(view, conversations.messagesAfter(view.id(), Math.max(0, after), 500),
                conversations.timeline(view.id()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(detail);
    }

    record Error(String error, String field, String message) {
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ResponseEntity<Error> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error("not_found", "id", "conversa não encontrada"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Error> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new Error("invalid_request", e.getName(), e.getName() + " tem o tipo errado"));
    }
}

package io.atende.console;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.ConversationView;
import io.atende.conversation.HandoffDesk;
import io.atende.pack.PackSource;
import io.atende.shared.ConversationId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's pages; Spring Security handles the login and logout POSTs. */
@Controller
class ConsoleController {

    static final int LIST_SIZE = 100;

    private final ConversationApi conversations;
    private final ConsoleViews views;
    private final PackSource pack;
    private final HandoffDesk desk;

    ConsoleController(ConversationApi conversations, ConsoleViews views, PackSource pack, HandoffDesk desk) {
        this.conversations = conversations;
        this.views = views;
        this.pack = pack;
        this.desk = desk;
    }

    @GetMapping("/console/login")
    String login(@RequestParam(name = "error", required = false) String error,
                 @RequestParam(name = "logout", required = false) String logout, Model model) {
        model.addAttribute("storeName", pack.current().identity().name());
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "console/login";
    }

    @GetMapping({"/console", "/console/"})
    String list(Model model) {
        model.addAttribute("storeName", pack.current().identity().name());
        model.addAttribute("rows", conversations.recent(LIST_SIZE).stream().map(views::row).toList());
        model.addAttribute("queue", desk.queue(LIST_SIZE).stream().map(views::row).toList());
        return "console/list";
    }

    @GetMapping("/console/conversations/{id}")
    String conversation(@PathVariable("id") String id,
                        @RequestParam(name = "problem", required = false) String problem, Model model) {
        ConversationView view = find(conversations, id);
        model.addAttribute("storeName", pack.current().identity().name());
        model.addAttribute("c", views.detail(view, view.messages(), conversations.timeline(view.id())));
        model.addAttribute("problem", problem == null ? null : ConsoleHandoffController.PROBLEMS.get(problem));
        return "console/conversation";
    }

    static ConversationView find(ConversationApi conversations, String id) {
        ConversationId conversationId;
        try {
            conversationId = ConversationId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ConversationNotFoundException(id);
        }
        return conversations.find(conversationId).orElseThrow(() -> new ConversationNotFoundException(id));
    }
}

package io.atende.channel.webchat;

import io.atende.pack.PackSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the chat page; its behaviour lives in {@code static/chat/assets/chat.js}. */
@Controller
class ChatPageController {

    private final PackSource pack;

    ChatPageController(PackSource pack) {
        this.pack = pack;
    }

    @GetMapping({"/chat", "/chat/"})
    String page(Model model) {
        model.addAttribute("storeName", pack.current().identity().name());
        return "chat";
    }
}

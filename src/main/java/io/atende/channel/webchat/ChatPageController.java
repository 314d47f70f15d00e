package io.atende.channel.webchat;

import io.atende.pack.Pack;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the chat page; its behaviour lives in {@code static/chat/assets/chat.js}. */
@Controller
class ChatPageController {

    private final Pack pack;

    ChatPageController(Pack pack) {
        this.pack = pack;
    }

    @GetMapping({"/chat", "/chat/"})
    String page(Model model) {
        model.addAttribute("storeName", pack.identity().name());
        return "chat";
    }
}

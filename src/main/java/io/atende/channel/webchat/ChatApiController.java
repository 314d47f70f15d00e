package io.atende.channel.webchat;

import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.ConversationView;
import io.atende.conversation.InboundMessage;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The page's endpoints: {@code POST /chat/api/messages}, {@code GET /chat/api/history} and the live
 * {@code GET /chat/api/stream}. The conversation is named by the browser and checked against its session.
 */
@RestController
@RequestMapping("/chat/api")
class ChatApiController {

    private final ConversationApi conversations;
    private final ChatSessions sessions;
    private final ChatStreams streams;

    ChatApiController(ConversationApi conversations, ChatSessions sessions, ChatStreams streams) {
        this.conversations = conversations;
        this.sessions = sessions;
        this.streams = streams;
    }

    @PostMapping("/messages") // no "consumes": a wrong Content-Type must reach ChatErrors and get its JSON
    ResponseEntity<ChatJson.Receipt> send(@RequestBody(required = false) ChatJson.SendRequest body) {
        if (body == null) {
            throw new ChatRequestException("body", "envie um objeto JSON com session, id e text");
        }
        String session = ChatSessions.uuid("session", body.session());
        String id = ChatSessions.uuid("id", body.id());
        String text = ChatSessions.text(body.text());
        // the browser's id is the external id: a POST retried after a network drop is stored once
        var accepted = conversations.accept(InboundMessage.text(Channel.WEBCHAT, ChatSessions.contact(session),
                session + ":" + id, text));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ChatJson.Receipt.of(accepted));
    }

    @GetMapping("/history")
    ResponseEntity<ChatJson.History> history(@RequestParam(name = "session", required = false) String session,
                                             @RequestParam(name = "conversation", required = false) String conversation) {
        Optional<ConversationView> view = sessions.conversationOf(session, conversation);
        ChatJson.History history = view
                .map(v -> new ChatJson.History(v.id().toString(), v.messages().stream().map(ChatJson.Message::of).toList()))
                .orElseGet(() -> new ChatJson.History(null, List.of()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(history);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> stream(@RequestParam(name = "session", required = false) String session,
                                      @RequestParam(name = "conversation", required = false) String conversation,
                                      @RequestParam(name = "after", required = false) Long after,
                                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        ConversationView view = sessions.conversationOf(session, conversation)
                .orElseThrow(() -> new ChatRequestException("conversation", "conversation é obrigatório"));
        long replayAfter = replayPoint(lastEventId, after);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no") // nginx would otherwise hold events back
                .body(streams.open(view.id(), replayAfter));
    }

    /** Last-Event-ID (sent by EventSource's own reconnect) wins over the page's {@code after}. */
    private static long replayPoint(String lastEventId, Long after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Math.max(0, Long.parseLong(lastEventId.trim()));
            } catch (NumberFormatException e) {
                throw new ChatRequestException("Last-Event-ID", "Last-Event-ID deve ser o id numérico de uma mensagem");
            }
        }
        if (after != null && after < 0) {
            throw new ChatRequestException("after", "after deve ser zero ou positivo");
        }
        return after == null ? 0 : after;
    }
}

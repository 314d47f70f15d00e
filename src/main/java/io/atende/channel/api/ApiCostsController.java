package io.atende.channel.api;

import io.atende.conversation.ConversationApi;
import io.atende.llm.CostLedger;
import io.atende.shared.ConversationId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/costs}: what the model calls cost, from the cost ledger (read only). A conversation's calls with
 * {@code ?conversation=ID}; totals per UTC day, feature, provider and model with {@code ?from=&to=}.
 */
@RestController
@RequestMapping("/api/v1")
class ApiCostsController {

    /** The longest range of days one request may ask for. */
    static final int MAX_DAYS = 366;

    private final ConversationApi conversations;
    private final CostLedger ledger;

    ApiCostsController(ConversationApi conversations, CostLedger ledger) {
        this.conversations = conversations;
        this.ledger = ledger;
    }

    @GetMapping(value = "/costs", params = "conversation")
    ApiJson.ConversationCosts conversation(@RequestParam("conversation") String conversation,
                                           @RequestParam(name = "from", required = false) String from,
                                           @RequestParam(name = "to", required = false) String to) {
        if (from != null || to != null) {
            throw new ApiException(from != null ? "from" : "to",
                    "ask for one conversation's costs or for a range of days, not both");
        }
        ConversationId id;
        try {
            id = ConversationId.parse(conversation.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException("conversation", "conversation must be a conversation id (a UUID)");
        }
        if (conversations.find(id).isEmpty()) {
            throw new ApiNotFoundException("no conversation " + id);
        }
        return ApiJson.ConversationCosts.of(id, ledger.forConversation(id));
    }

    @GetMapping(value = "/costs", params = "!conversation")
    ApiJson.RangeCosts range(@RequestParam(name = "from", required = false) String from,
                             @RequestParam(name = "to", required = false) String to) {
        if (from == null && to == null) {
            throw new ApiException("conversation",
                    "give conversation=<id>, or from=YYYY-MM-DD and to=YYYY-MM-DD (UTC days, inclusive)");
        }
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw new ApiException("to", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new ApiException("to", "ask for at most " + MAX_DAYS + " days at a time");
        }
        return ApiJson.RangeCosts.of(first, last, ledger.totals(first, last));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ApiException(field, field + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(field, field + " must be a date like 2026-03-01");
        }
    }
}

package io.atende.engine.llm;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One function call of the decision model, parsed and typed. The model only proposes: nothing here runs until
 * {@link ProposalApplier} (or, for the store's tools, {@link StoreTools}) executes it in code.
 */
sealed interface Proposal {

    /** The function's name, recorded as how the turn was understood. */
    String function();

    record StartJourney(String journey) implements Proposal {
        public String function() {
            return "start_journey";
        }
    }

    record SetAttribute(String name, String value) implements Proposal {
        public String function() {
            return "set_attribute";
        }
    }

    record CancelJourney() implements Proposal {
        public String function() {
            return "cancel_journey";
        }
    }

    record AnswerFromKnowledge(String query) implements Proposal {
        public String function() {
            return "answer_from_knowledge";
        }
    }

    /** Prices may be null: not given. */
    record SearchProducts(String query, BigDecimal maxPrice, BigDecimal minPrice, String category)
            implements Proposal {
        public String function() {
            return "search_products";
        }
    }

    record HandOff(String reason) implements Proposal {
        public String function() {
            return "hand_off";
        }
    }

    record AskToClarify(String question) implements Proposal {
        public String function() {
            return "ask_to_clarify";
        }
    }

    /** A message template of the pack, by the number the prompt listed it under. */
    record SendMessage(int code) implements Proposal {
        public String function() {
            return "send_message";
        }
    }

    record SmallTalk() implements Proposal {
        public String function() {
            return "small_talk";
        }
    }

    /**
     * One of the pack's HTTP tools. {@code arguments} are already checked against the tool's declared parameters:
     * names declared, required ones present, JSON kinds that fit the types.
     */
    record CallTool(String callId, String tool, Map<String, String> arguments) implements Proposal {
        public CallTool {
            Objects.requireNonNull(callId, "callId");
            arguments = Map.copyOf(arguments);
        }

        public String function() {
            return tool;
        }
    }

    /**
     * A call to one of the pack's tools whose arguments do not fit its declaration; it is never sent, and the
     * problem goes back to the model as the call's result.
     */
    record BadToolCall(String callId, String tool, String problem) implements Proposal {
        public String function() {
            return tool;
        }
    }
}

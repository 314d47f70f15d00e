package io.atende.conversation;

import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import java.util.List;

/**
 * The human side of a handoff, for the console: the queue of conversations waiting for a person, taking one
 * over, answering the customer, and handing the conversation back to the agent. While a person has the
 * conversation (and while it waits for one) the agent stays silent; customer messages are stored and shown.
 * Every action is recorded in the conversation's event log with the operator's name.
 */
public interface HandoffDesk {

    /** Open conversations waiting for or with a person, longest waiting first. */
    List<ConversationSummary> queue(int limit);

    /**
     * The operator takes the conversation over: the agent stops answering it. Taking over a conversation that is
     * already with this operator changes nothing.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation
     * @throws InvalidMessageException           when the conversation is closed
     */
    void takeOver(ConversationId id, String operator);

    /**
     * Sends the operator's text to the customer on the conversation's channel, taking the conversation over first
     * if the operator had not yet.
     *
     * @throws InvalidMessageException when the text is blank or too long, or the conversation is closed
     */
    MessageId reply(ConversationId id, String operator, String text);

    /** Gives the conversation back to the agent, which answers the customer's next message. */
    void handBack(ConversationId id, String operator);
}

package io.atende.llm;

import io.atende.shared.ConversationId;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** TEMPORARY (replaced by the ledger branch's adapter at merge). */
public final class InMemoryCostLedger implements CostLedger {
    private final List<CostEntry> rows = new CopyOnWriteArrayList<>();

    @Override
    public void record(CostEntry entry) {
        rows.add(entry);
    }

    @Override
    public List<CostEntry> forConversation(ConversationId conversation) {
        return rows.stream().filter(r -> conversation.equals(r.conversation())).toList();
    }

    @Override
    public List<CostTotal> totals(LocalDate from, LocalDate to) {
        return List.of();
    }

    @Override
    public Spend spentBy(ConversationId conversation) {
        return new Spend(forConversation(conversation).stream().mapToLong(r -> r.inputTokens() + r.outputTokens()).sum(),
                java.util.Map.of());
    }

    @Override
    public Spend spentOn(LocalDate day) {
        return Spend.NONE;
    }
}

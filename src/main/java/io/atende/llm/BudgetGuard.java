package io.atende.llm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Refuses a call once the conversation or the day has spent its tokens or money, so one chatty customer or a
 * runaway loop cannot run up the bill; the engine then answers with the local engine. The ledger is the only
 * record of what was spent, so the guard reads it; with no budget set it reads nothing.
 */
final class BudgetGuard implements ModelCall {

    private final ModelCall next;
    private final CostLedger ledger;
    private final LlmProperties limits;
    private final Clock clock;

    BudgetGuard(ModelCall next, CostLedger ledger, LlmProperties limits, Clock clock) {
        this.next = next;
        this.ledger = ledger;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public ChatProvider.Answer call(ModelRef model, LlmRequest request, Consumer<String> partial) {
        if (request.conversation() != null && (limits.conversationTokens() > 0 || positive(limits.conversationBudget()))) {
            check(ledger.spentBy(request.conversation()), limits.conversationTokens(), limits.conversationBudget(),
                    "the conversation");
        }
        if (limits.dailyTokens() > 0 || positive(limits.dailyBudget())) {
            check(ledger.spentOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), limits.dailyTokens(),
                    limits.dailyBudget(), "today");
        }
        return next.call(model, request, partial);
    }

    private void check(CostLedger.Spend spent, long maxTokens, BigDecimal maxMoney, String whose) {
        if (maxTokens > 0 && spent.tokens() >= maxTokens) {
            throw new LlmException(LlmException.Kind.BUDGET_EXHAUSTED,
                    "token budget of " + whose + " spent (" + spent.tokens() + " of " + maxTokens + ")");
        }
        BigDecimal money = spent.in(limits.budgetCurrency());
        if (positive(maxMoney) && money.compareTo(maxMoney) >= 0) {
            throw new LlmException(LlmException.Kind.BUDGET_EXHAUSTED, "money budget of " + whose + " spent ("
                    + money.toPlainString() + " of " + maxMoney.toPlainString() + " " + limits.budgetCurrency() + ")");
        }
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}

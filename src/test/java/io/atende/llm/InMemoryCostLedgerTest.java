package io.atende.llm;

class InMemoryCostLedgerTest extends CostLedgerContract {

    @Override
    protected CostLedger openLedger() {
        return new InMemoryCostLedger();
    }
}

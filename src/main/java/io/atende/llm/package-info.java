/**
 * Every model call in the product goes through this package. The public face is the {@link
 * io.atende.llm.ModelGateway} port (what the engine and the insight features call), its request and reply records,
 * the {@link io.atende.llm.CostLedger} port with its rows, and the {@link io.atende.llm.PriceTable}. Providers sit
 * behind {@link io.atende.llm.ChatProvider}; routing per feature, masking of personal data, budgets, retries, the
 * circuit breaker and cost accounting are decorators around them, each written once.
 */
package io.atende.llm;

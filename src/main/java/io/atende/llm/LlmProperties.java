package io.atende.llm;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.llm}: the model provider and the gateway's limits. An empty {@code provider} means the local engine
 * answers alone. The pack's {@code models:} section may choose other models per feature of the same provider.
 *
 * @param provider            {@code openai} (any OpenAI-compatible endpoint), {@code anthropic} or {@code ollama};
 *                            empty: no LLM ({@code ATENDE_LLM_PROVIDER})
 * @param baseUrl             the provider's endpoint; empty: the provider's public default ({@code ATENDE_LLM_BASE_URL})
 * @param apiKey              the key, from the environment only ({@code ATENDE_LLM_API_KEY}); never logged
 * @param model               the conversation model ({@code ATENDE_LLM_MODEL})
 * @param decisionModel       the decision model; empty: the conversation model ({@code ATENDE_LLM_DECISION_MODEL})
 * @param transcriptionModel  the model voice notes go to (OpenAI-compatible transcription endpoint); empty: none
 * @param whisperCommand      a local whisper.cpp executable, used with {@code whisperModel} when no transcription
 *                            model is set; empty: none
 * @param whisperModel        the whisper.cpp model file the operator supplies
 * @param visionModel         the model images are described by; empty: none
 * @param timeoutMs           one attempt's limit
 * @param retries             further attempts after a 429, a 5xx, a timeout or a malformed answer
 * @param backoffMs           the first wait between attempts, doubled each time (a 429's Retry-After wins if longer)
 * @param breakerFailures     consecutive failed calls that open the circuit
 * @param breakerOpenMs       how long an open circuit refuses calls before one trial call
 * @param maxToolRounds       tool-call rounds in one turn before the engine stops asking the model
 * @param conversationTokens  tokens one conversation may spend; 0: no limit
 * @param dailyTokens         tokens all conversations may spend in a UTC day; 0: no limit
 * @param conversationBudget  money one conversation may spend, in {@code budgetCurrency}; 0: no limit
 * @param dailyBudget         money all conversations may spend in a UTC day, in {@code budgetCurrency}; 0: no limit
 * @param budgetCurrency      the currency of the money budgets (rows priced in another currency do not count)
 * @param pricesFile          a YAML price table that overrides and extends the shipped one; empty: none
 */
@Validated
@ConfigurationProperties("atende.llm")
public record LlmProperties(@DefaultValue("") String provider,
                            @DefaultValue("") String baseUrl,
                            @DefaultValue("") String apiKey,
                            @DefaultValue("") String model,
                            @DefaultValue("") String decisionModel,
                            @DefaultValue("") String transcriptionModel,
                            @DefaultValue("") String whisperCommand,
                            @DefaultValue("") String whisperModel,
                            @DefaultValue("") String visionModel,
                            @DefaultValue("20000") @Min(100) @Max(600_000) long timeoutMs,
                            @DefaultValue("2") @Min(0) @Max(10) int retries,
                            @DefaultValue("500") @Min(0) @Max(60_000) long backoffMs,
                            @DefaultValue("5") @Min(1) @Max(1000) int breakerFailures,
                            @DefaultValue("30000") @Min(100) @Max(3_600_000) long breakerOpenMs,
                            @DefaultValue("4") @Min(1) @Max(20) int maxToolRounds,
                            @DefaultValue("0") @Min(0) long conversationTokens,
                            @DefaultValue("0") @Min(0) long dailyTokens,
                            @DefaultValue("0") @NotNull @DecimalMin("0") BigDecimal conversationBudget,
                            @DefaultValue("0") @NotNull @DecimalMin("0") BigDecimal dailyBudget,
                            @DefaultValue("USD") @NotNull String budgetCurrency,
                            @DefaultValue("") String pricesFile) {

    /** Whether an LLM provider is configured at all. */
    public boolean enabled() {
        return provider != null && !provider.isBlank();
    }

    /** The decision model: its own when set, else the conversation model. */
    public String effectiveDecisionModel() {
        return decisionModel == null || decisionModel.isBlank() ? model : decisionModel;
    }

    /** No provider, default limits: for tests and commands that build a gateway by hand. */
    public static LlmProperties disabled() {
        return new LlmProperties("", "", "", "", "", "", "", "", "", 20_000, 2, 500, 5, 30_000, 4, 0, 0,
                BigDecimal.ZERO, BigDecimal.ZERO, "USD", "");
    }

    @Override
    public String toString() {
        // the key must never reach a log line, even through a debug print of the configuration
        return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                + ", decisionModel=" + decisionModel + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "" : "***")
                + "]";
    }
}

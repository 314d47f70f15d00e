package io.atende.channel.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.llm.CostEntry;
import io.atende.llm.CostLedger;
import io.atende.llm.Feature;
import io.atende.shared.ConversationId;
import io.atende.testsupport.AtendeTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/costs} over real HTTP: a conversation's calls and totals, ranges of days, and bad requests. */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.api-token=costs-token-for-tests",
        "atende.security.admin-password=admin-for-tests"})
class ApiCostsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "costs-token-for-tests";

    @LocalServerPort
    int port;

    @Autowired
    CostLedger ledger;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = get(path, TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A real conversation, started through the API. */
    private ConversationId conversation(String contact) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/messages")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"contact\":\"" + contact + "\",\"text\":\"oi\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return ConversationId.parse(JSON.readTree(posted.body()).get("conversation_id").asString());
    }

    private static CostEntry call(String at, ConversationId conversation, Feature feature, String model, long in,
                                  long out, String price, String currency) {
        return new CostEntry(Instant.parse(at), conversation, feature, "openai", model, in, out, in / 2,
                price == null ? null : new BigDecimal(price), currency,
                price == null ? null : "openai/" + model + "@2024-07-18", false, 850, "ok");
    }

    @Test
    void shouldListAConversationsCallsWithFullPrecisionPricesAndTheirTotal() throws Exception {
        ConversationId id = conversation("costs-" + UUID.randomUUID());
        ledger.record(call("2026-03-01T10:00:00Z", id, Feature.DECISION, "gpt-5-nano", 300, 10, "0.00000005", "USD"));
        ledger.record(call("2026-03-01T10:00:01Z", id, Feature.CONVERSATION, "gpt-4o-mini-2024-07-18", 1200, 80,
                "0.000228", "USD"));
        ledger.record(new CostEntry(Instant.parse("2026-03-01T10:00:02Z"), id, Feature.CONVERSATION, "openai",
                "gpt-4o-mini", 0, 0, 0, null, null, null, false, 20000, "timeout"));
        ledger.record(call("2026-03-01T10:00:03Z", ConversationId.random(), Feature.DECISION, "gpt-5-nano", 1, 1, "9", "USD"));

        HttpResponse<String> response = get("/api/v1/costs?conversation=" + id, TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("prices are plain JSON numbers with every digit")
                .contains("\"price\":0.00000005", "\"total_price\":0.00022805").doesNotContain("E-");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("conversation").asString()).isEqualTo(id.toString());
        assertThat(body.get("calls")).hasSize(3);
        JsonNode first = body.get("calls").get(0);
        assertThat(first.get("feature").asString()).isEqualTo("decision");
        assertThat(first.get("provider").asString()).isEqualTo("openai");
        assertThat(first.get("model").asString()).isEqualTo("gpt-5-nano");
        assertThat(first.get("input_tokens").asLong()).isEqualTo(300);
        assertThat(first.get("output_tokens").asLong()).isEqualTo(10);
        assertThat(first.get("cached_tokens").asLong()).isEqualTo(150);
        assertThat(first.get("price").isNumber()).isTrue();
        assertThat(first.get("price").decimalValue()).isEqualByComparingTo("0.00000005");
        assertThat(first.get("currency").asString()).isEqualTo("USD");
        assertThat(first.get("price_id").asString()).isEqualTo("openai/gpt-5-nano@2024-07-18");
        assertThat(first.get("estimated").asBoolean()).isFalse();
        assertThat(first.get("latency_ms").asLong()).isEqualTo(850);
        assertThat(first.get("outcome").asString()).isEqualTo("ok");
        assertThat(Instant.parse(first.get("at").asString())).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        JsonNode failed = body.get("calls").get(2);
        assertThat(failed.get("outcome").asString()).isEqualTo("timeout");
        assertThat(failed.get("price").isNull()).isTrue();
        assertThat(body.get("total_price").decimalValue()).isEqualByComparingTo("0.00022805");
        assertThat(body.get("currency").asString()).isEqualTo("USD");
        assertThat(body.get("totals_by_currency").get("USD").decimalValue()).isEqualByComparingTo("0.00022805");
        assertThat(body.get("unpriced_calls").asLong()).isEqualTo(1);
    }

    @Test
    void shouldGiveNoSingleTotalForCallsInSeveralCurrencies() throws Exception {
        ConversationId id = conversation("costs-mixed-" + UUID.randomUUID());
        ledger.record(call("2026-03-01T10:00:00Z", id, Feature.DECISION, "gpt-4o-mini", 100, 10, "0.25", "USD"));
        ledger.record(call("2026-03-01T10:00:01Z", id, Feature.CONVERSATION, "sabia-4", 1000, 100, "0.007", "BRL"));
        ledger.record(call("2026-03-01T10:00:02Z", id, Feature.CONVERSATION, "sabia-4", 1000, 100, "0.003", "BRL"));

        JsonNode body = ok("/api/v1/costs?conversation=" + id);
        assertThat(body.get("total_price").isNull()).isTrue();
        assertThat(body.get("currency").isNull()).isTrue();
        assertThat(body.get("totals_by_currency").get("USD").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(body.get("totals_by_currency").get("BRL").decimalValue()).isEqualByComparingTo("0.01");
    }

    @Test
    void shouldAnswerZeroForAConversationWithoutModelCalls() throws Exception {
        JsonNode body = ok("/api/v1/costs?conversation=" + conversation("costs-none-" + UUID.randomUUID()));
        assertThat(body.get("calls")).isEmpty();
        assertThat(body.get("total_price").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.get("totals_by_currency").isEmpty()).isTrue();
    }

    @Test
    void shouldTotalARangeOfDaysByDayFeatureProviderAndModel() throws Exception {
        ledger.record(call("2025-05-01T08:00:00Z", null, Feature.DECISION, "range-model", 100, 10, "0.5", "USD"));
        ledger.record(call("2025-05-01T09:00:00Z", ConversationId.random(), Feature.DECISION, "range-model", 200, 20,
                "0.25", "USD"));
        ledger.record(call("2025-05-02T23:59:59Z", null, Feature.CONVERSATION, "range-model", 1000, 100, "2", "BRL"));
        ledger.record(call("2025-05-02T12:00:00Z", null, Feature.CONVERSATION, "range-unpriced", 50, 5, null, null));
        ledger.record(call("2025-05-03T00:00:00Z", null, Feature.DECISION, "range-model", 1, 1, "7", "USD"));

        JsonNode body = ok("/api/v1/costs?from=2025-05-01&to=2025-05-02");
        assertThat(body.get("from").asString()).isEqualTo("2025-05-01");
        assertThat(body.get("to").asString()).isEqualTo("2025-05-02");
        JsonNode totals = body.get("totals");
        assertThat(totals).hasSize(3);
        assertThat(totals.get(0).get("day").asString()).isEqualTo("2025-05-01");
        assertThat(totals.get(0).get("feature").asString()).isEqualTo("decision");
        assertThat(totals.get(0).get("provider").asString()).isEqualTo("openai");
        assertThat(totals.get(0).get("model").asString()).isEqualTo("range-model");
        assertThat(totals.get(0).get("calls").asLong()).isEqualTo(2);
        assertThat(totals.get(0).get("input_tokens").asLong()).isEqualTo(300);
        assertThat(totals.get(0).get("output_tokens").asLong()).isEqualTo(30);
        assertThat(totals.get(0).get("cached_tokens").asLong()).isEqualTo(150);
        assertThat(totals.get(0).get("price").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(totals.get(0).get("currency").asString()).isEqualTo("USD");
        assertThat(totals.get(1).get("model").asString()).isEqualTo("range-model");
        assertThat(totals.get(1).get("currency").asString()).isEqualTo("BRL");
        assertThat(totals.get(2).get("model").asString()).isEqualTo("range-unpriced");
        assertThat(totals.get(2).get("price").isNull()).isTrue();
        assertThat(body.get("totals_by_currency").get("USD").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(body.get("totals_by_currency").get("BRL").decimalValue()).isEqualByComparingTo("2");
        assertThat(body.get("calls").asLong()).isEqualTo(4);
        assertThat(body.get("unpriced_calls").asLong()).isEqualTo(1);
        assertThat(ok("/api/v1/costs?from=2024-01-01&to=2024-01-31").get("totals")).isEmpty();
    }

    @Test
    void shouldNameTheFieldOfABadRequestAndNeedTheToken() throws Exception {
        assertError(get("/api/v1/costs", TOKEN), 400, "conversation");
        assertError(get("/api/v1/costs?conversation=", TOKEN), 400, "conversation");
        assertError(get("/api/v1/costs?conversation=not-a-uuid", TOKEN), 400, "conversation");
        assertError(get("/api/v1/costs?conversation=" + UUID.randomUUID() + "&from=2026-01-01", TOKEN), 400, "from");
        assertError(get("/api/v1/costs?from=2026-01-01", TOKEN), 400, "to");
        assertError(get("/api/v1/costs?from=01/02/2026&to=2026-02-01", TOKEN), 400, "from");
        assertError(get("/api/v1/costs?from=2026-02-01&to=2026-01-01", TOKEN), 400, "to");
        assertError(get("/api/v1/costs?from=2024-01-01&to=2026-01-01", TOKEN), 400, "to");

        HttpResponse<String> unknown = get("/api/v1/costs?conversation=" + UUID.randomUUID(), TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asString()).isEqualTo("not_found");
        assertThat(get("/api/v1/costs?from=2026-01-01&to=2026-01-02", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/costs?from=2026-01-01&to=2026-01-02", "wrong").statusCode()).isEqualTo(401);
    }

    private static void assertError(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asString()).isEqualTo("invalid_request");
        assertThat(body.get("field").asString()).isEqualTo(field);
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.atende");
    }
}

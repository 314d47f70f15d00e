package io.atende.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.atende.llm.CostEntry;
import io.atende.llm.CostLedger;
import io.atende.llm.Feature;
import io.atende.shared.ConversationId;
import io.atende.testsupport.AtendeTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's "Custos" page: totals of the last 30 days by function, model and day, behind the login. */
@AtendeTest(properties = {
        "atende.security.admin-password=senha-dos-custos-1",
        "atende.security.api-token=costs-console-token"})
@AutoConfigureMockMvc
class ConsoleCostsTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    CostLedger ledger;

    @Autowired
    Clock clock;

    private void record(Instant at, Feature feature, String provider, String model, long in, long out, long cached,
                        String price, String currency) {
        ledger.record(new CostEntry(at, ConversationId.random(), feature, provider, model, in, out, cached,
                price == null ? null : new BigDecimal(price), currency, price == null ? null : provider + "/" + model,
                false, 900, "ok"));
    }

    @Test
    void shouldRequireALogin() throws Exception {
        mvc.perform(get("/console/costs")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/login"));
    }

    @Test
    void shouldShowTheLast30DaysByFunctionModelAndDayInEachCurrency() throws Exception {
        Instant now = clock.instant();
        record(now, Feature.DECISION, "openai", "gpt-4o-mini", 1000, 500, 200, "0.000435", "USD");
        record(now, Feature.DECISION, "openai", "gpt-4o-mini", 2000, 100, 0, "0.00036", "USD");
        record(now, Feature.CONVERSATION, "maritaca", "sabia-4", 40_000, 1_500, 0, "0.23", "BRL");
        record(now, Feature.CONVERSATION, "openai", "modelo-sem-preco", 10, 10, 0, null, null);
        record(now.minus(Duration.ofDays(45)), Feature.DECISION, "openai", "modelo-antigo", 1, 1, 0, "99", "USD");

        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.ofInstant(now, ZoneOffset.UTC));
        mvc.perform(get("/console/costs").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Custos</h1>")))
                .andExpect(content().string(containsString("Decisão (classificar, extrair, escolher ferramenta)")))
                .andExpect(content().string(containsString("Conversa (respostas ao cliente)")))
                .andExpect(content().string(containsString("gpt-4o-mini")))
                .andExpect(content().string(containsString("sabia-4")))
                // the two gpt-4o-mini calls: 3.000 tokens in, 600 out, 200 cached, US$ 0,000795
                .andExpect(content().string(containsString("3.000")))
                .andExpect(content().string(containsString("US$ 0,000795")))
                .andExpect(content().string(containsString("R$ 0,23")))
                .andExpect(content().string(containsString("1 sem preço")))
                .andExpect(content().string(containsString(today)))
                .andExpect(content().string(containsString("aria-current=\"page\">Custos</a>")))
                .andExpect(content().string(not(containsString("modelo-antigo"))));
    }

    @Test
    void shouldLinkTheCostsPageFromTheConsoleNavigation() throws Exception {
        mvc.perform(get("/console").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/costs\"")));
    }
}

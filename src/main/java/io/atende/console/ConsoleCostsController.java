package io.atende.console;

import io.atende.llm.CostLedger;
import io.atende.pack.PackSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "Custos" page: what the model calls of the last {@value #DAYS} UTC days cost, from the cost ledger. */
@Controller
class ConsoleCostsController {

    static final int DAYS = 30;

    private final CostLedger ledger;
    private final PackSource pack;
    private final Clock clock;

    ConsoleCostsController(CostLedger ledger, PackSource pack, Clock clock) {
        this.ledger = ledger;
        this.pack = pack;
        this.clock = clock;
    }

    @GetMapping("/console/costs")
    String costs(Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = today.minusDays(DAYS - 1);
        model.addAttribute("storeName", pack.current().identity().name());
        model.addAttribute("nav", "costs");
        model.addAttribute("days", DAYS);
        model.addAttribute("report", CostReport.of(from, today, ledger.totals(from, today)));
        return "console/costs";
    }
}

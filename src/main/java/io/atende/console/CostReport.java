package io.atende.console;

import io.atende.llm.CostLedger.CostTotal;
import io.atende.llm.Feature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's "Custos" page: the cost ledger's totals of a range of UTC days, by feature, by model and by day,
 * labelled and formatted in pt-BR. Money is shown per currency: nothing converts between them.
 */
record CostReport(String from, String to, Line total, List<Line> byFeature, List<Line> byModel, List<Line> byDay) {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal SMALLEST = new BigDecimal("0.000001");

    /** One row: what it groups, how many calls, their tokens and what they cost in each currency. */
    record Line(String label, String detail, long calls, String inputTokens, String outputTokens, String cachedTokens,
                List<String> prices, long unpricedCalls) {
    }

    /** One group's sums while they are being added up. */
    private static final class Sum {
        final String label;
        final String detail;
        long calls;
        long input;
        long output;
        long cached;
        long unpriced;
        final Map<String, BigDecimal> price = new TreeMap<>();

        Sum(String label, String detail) {
            this.label = label;
            this.detail = detail;
        }

        void add(CostTotal t) {
            calls += t.calls();
            input += t.inputTokens();
            output += t.outputTokens();
            cached += t.cachedTokens();
            if (t.price() == null || t.currency() == null) {
                unpriced += t.calls();
            } else {
                price.merge(t.currency(), t.price(), BigDecimal::add);
            }
        }

        Line line() {
            NumberFormat count = NumberFormat.getIntegerInstance(PT_BR);
            return new Line(label, detail, calls, count.format(input), count.format(output), count.format(cached),
                    price.entrySet().stream().map(e -> money(e.getKey(), e.getValue())).toList(), unpriced);
        }
    }

    static CostReport of(LocalDate from, LocalDate to, List<CostTotal> totals) {
        Sum all = new Sum("Total", "");
        totals.forEach(all::add);
        Map<Feature, Sum> features = new TreeMap<>();
        Map<String, Sum> models = new TreeMap<>();
        Map<LocalDate, Sum> days = new LinkedHashMap<>();
        for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(1)) {
            days.put(day, new Sum(DAY.format(day), ""));
        }
        for (CostTotal t : totals) {
            features.computeIfAbsent(t.feature(), f -> new Sum(featureLabel(f), "")).add(t);
            models.computeIfAbsent(t.provider() + "/" + t.model(), k -> new Sum(t.model(), t.provider())).add(t);
            days.computeIfAbsent(t.day(), d -> new Sum(DAY.format(d), "")).add(t);
        }
        return new CostReport(DAY.format(from), DAY.format(to), all.line(), lines(features.values()),
                lines(models.values()).stream().sorted(Comparator.comparingLong(Line::calls).reversed()).toList(),
                lines(days.values()));
    }

    private static List<Line> lines(Collection<Sum> sums) {
        return sums.stream().map(Sum::line).toList();
    }

    static String featureLabel(Feature feature) {
        return switch (feature) {
            case DECISION -> "Decisão (classificar, extrair, escolher ferramenta)";
            case CONVERSATION -> "Conversa (respostas ao cliente)";
            case TRANSCRIPTION -> "Transcrição de áudio";
            case VISION -> "Descrição de imagens";
            case INSIGHT -> "Análises (resumo, sentimento)";
        };
    }

    /** {@code US$ 0,000435}, {@code R$ 1,20}; an amount too small to show is {@code < US$ 0,000001}. */
    static String money(String currency, BigDecimal amount) {
        String symbol = switch (currency) {
            case "USD" -> "US$";
            case "BRL" -> "R$";
            case "EUR" -> "€";
            default -> currency;
        };
        if (amount.signum() > 0 && amount.compareTo(SMALLEST) < 0) {
            return "< " + symbol + " 0,000001";
        }
        NumberFormat format = NumberFormat.getNumberInstance(PT_BR);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(6);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return symbol + " " + format.format(amount);
    }
}

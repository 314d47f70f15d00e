package io.atende.console;

import io.atende.llm.CostLedger.CostTotal;
import io.atende.llm.Feature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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

    /** Sums of one group while it is being added up. */
    private static final class Sum {
        long calls;
        long input;
        long output;
        long cached;
        long unpriced;
        final Map<String, BigDecimal> price = new TreeMap<>();

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

        Line line(String label, String detail) {
            NumberFormat count = NumberFormat.getIntegerInstance(PT_BR);
            return new Line(label, detail, calls, count.format(input), count.format(output), count.format(cached),
                    price.entrySet().stream().map(e -> money(e.getKey(), e.getValue())).toList(), unpriced);
        }
    }

    static CostReport of(LocalDate from, LocalDate to, List<CostTotal> totals) {
        Sum all = new Sum();
        totals.forEach(all::add);
        List<Line> byFeature = grouped(totals, CostTotal::feature, t -> featureLabel(t.feature()), t -> "");
        List<Line> byModel = grouped(totals, t -> t.model() + "\n" + t.provider(), CostTotal::model,
                CostTotal::provider);
        Map<LocalDate, Sum> days = new LinkedHashMap<>();
        for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(1)) {
            days.put(day, new Sum());
        }
        totals.forEach(t -> days.computeIfAbsent(t.day(), d -> new Sum()).add(t));
        List<Line> byDay = days.entrySet().stream().map(e -> e.getValue().line(DAY.format(e.getKey()), "")).toList();
        return new CostReport(DAY.format(from), DAY.format(to), all.line("Total", ""), byFeature,
                byModel.stream().sorted(Comparator.comparingLong(Line::calls).reversed()).toList(), byDay);
    }

    /** The totals added up per key, in the keys' order; label and detail come from a group's totals. */
    private static <K extends Comparable<K>> List<Line> grouped(List<CostTotal> totals, Function<CostTotal, K> key,
                                                                Function<CostTotal, String> label,
                                                                Function<CostTotal, String> detail) {
        Map<K, Sum> sums = new TreeMap<>();
        Map<K, CostTotal> firsts = new TreeMap<>();
        for (CostTotal t : totals) {
            sums.computeIfAbsent(key.apply(t), k -> new Sum()).add(t);
            firsts.putIfAbsent(key.apply(t), t);
        }
        List<Line> lines = new ArrayList<>();
        sums.forEach((k, sum) -> lines.add(sum.line(label.apply(firsts.get(k)), detail.apply(firsts.get(k)))));
        return lines;
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

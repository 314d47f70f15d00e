package io.atende.nlu.extract;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as customers write them, relative to "today" in the store's time zone: "hoje", "amanhã", "depois de
 * amanhã", "ontem", "dia 5", "15/03", "15/03/2027", "15-03-27", "5 de março", "1º de maio de 2027",
 * "segunda", "próxima sexta", "sexta que vem", "semana que vem".
 *
 * <p>Conventions: a weekday means its next occurrence after today; "semana que vem" is the Monday of next week;
 * a day or day/month without the rest means its next occurrence from today on when the extractor looks forward
 * (the default: delivery, scheduling), and its latest occurrence up to today when it looks back ("comprei dia
 * 5"). Impossible dates such as 30/02 are invalid, never rolled over.
 */
public final class DateExtractor implements Extractor<LocalDate> {

    static final String RETRY = "date.invalid";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janeiro", 1), Map.entry("jan", 1), Map.entry("fevereiro", 2), Map.entry("fev", 2),
            Map.entry("marco", 3), Map.entry("mar", 3), Map.entry("abril", 4), Map.entry("abr", 4),
            Map.entry("maio", 5), Map.entry("mai", 5), Map.entry("junho", 6), Map.entry("jun", 6),
            Map.entry("julho", 7), Map.entry("jul", 7), Map.entry("agosto", 8), Map.entry("ago", 8),
            Map.entry("setembro", 9), Map.entry("set", 9), Map.entry("outubro", 10), Map.entry("out", 10),
            Map.entry("novembro", 11), Map.entry("nov", 11), Map.entry("dezembro", 12), Map.entry("dez", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "segunda", DayOfWeek.MONDAY, "terca", DayOfWeek.TUESDAY, "quarta", DayOfWeek.WEDNESDAY,
            "quinta", DayOfWeek.THURSDAY, "sexta", DayOfWeek.FRIDAY, "sabado", DayOfWeek.SATURDAY,
            "domingo", DayOfWeek.SUNDAY);

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{4}|\\d{2}))?(?![\\d/.\\-]*\\d)");
    private static final Pattern DAY_OF_MONTH_NAME = Pattern.compile(
            "\\b(\\d{1,2}|primeiro)(?:º|o)?\\s*(?:de\\s+)?(" + String.join("|", MONTHS.keySet())
                    + ")\\b(?:\\s*(?:de\\s+)?(\\d{4}))?");
    private static final Pattern DAY_ONLY = Pattern.compile("\\bdia\\s+(\\d{1,2}|primeiro)(?:º|o)?\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:na|no|nesta|neste|essa|esta|proxima|proximo)\\s+)?(segunda|terca|quarta|quinta|sexta|sabado|domingo)"
                    + "(?:[- ]feira)?\\b(?!\\s+(?:vez|opcao|via|mao|parcela|cor|linha))");
    private static final Pattern NEXT_WEEK = Pattern.compile("\\b(semana que vem|proxima semana)\\b");

    private final Clock clock;
    private final ZoneId zone;
    private final boolean forward;

    /** Looks forward: "dia 5" is the next day 5 from today on. */
    public DateExtractor(Clock clock, ZoneId zone) {
        this(clock, zone, true);
    }

    public DateExtractor(Clock clock, ZoneId zone, boolean forward) {
        this.clock = clock;
        this.zone = zone;
        this.forward = forward;
    }

    /** The same extractor looking back: for "quando você comprou?" rather than "quando quer receber?". */
    public DateExtractor lookingBack() {
        return new DateExtractor(clock, zone, false);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public Extracted<LocalDate> extract(String text) {
        String t = Texts.fold(text);
        LocalDate today = today();
        if (t.matches(".*\\bdepois de amanha\\b.*")) {
            return found(today.plusDays(2));
        }
        if (t.matches(".*\\bamanha\\b.*")) {
            return found(today.plusDays(1));
        }
        if (t.matches(".*\\bhoje\\b.*")) {
            return found(today);
        }
        if (t.matches(".*\\bontem\\b.*")) {
            return found(today.minusDays(1));
        }
        Matcher m = NUMERIC.matcher(t);
        if (m.find()) {
            return dayMonth(today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3)));
        }
        m = DAY_OF_MONTH_NAME.matcher(t);
        if (m.find()) {
            return dayMonth(today, day(m.group(1)), MONTHS.get(m.group(2)), year(m.group(3)));
        }
        m = DAY_ONLY.matcher(t);
        if (m.find()) {
            return dayOnly(today, day(m.group(1)));
        }
        if (NEXT_WEEK.matcher(t).find()) {
            return found(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        }
        m = WEEKDAY.matcher(t);
        if (m.find()) {
            return found(today.with(TemporalAdjusters.next(WEEKDAYS.get(m.group(1)))));
        }
        return Extracted.absent();
    }

    private Extracted<LocalDate> dayMonth(LocalDate today, int day, int month, Integer year) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Extracted.invalid("no such day or month", RETRY);
        }
        if (year != null) {
            try {
                return found(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                return Extracted.invalid("impossible date", RETRY);
            }
        }
        if (day > maxDay(month)) {
            return Extracted.invalid("impossible date", RETRY);
        }
        for (int offset = 0; offset <= 8; offset++) {  // 29/02 may be up to 8 years away
            int y = forward ? today.getYear() + offset : today.getYear() - offset;
            if (!MonthDay.of(month, day).isValidYear(y)) {
                continue;
            }
            LocalDate candidate = LocalDate.of(y, month, day);
            if (forward ? !candidate.isBefore(today) : !candidate.isAfter(today)) {
                return found(candidate);
            }
        }
        return Extracted.invalid("impossible date", RETRY);
    }

    private Extracted<LocalDate> dayOnly(LocalDate today, int day) {
        if (day < 1 || day > 31) {
            return Extracted.invalid("no such day", RETRY);
        }
        for (int offset = 0; offset <= 2; offset++) {
            LocalDate month = forward ? today.plusMonths(offset) : today.minusMonths(offset);
            if (day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = month.withDayOfMonth(day);
            if (forward ? !candidate.isBefore(today) : !candidate.isAfter(today)) {
                return found(candidate);
            }
        }
        return Extracted.invalid("no such day soon", RETRY);
    }

    private static int maxDay(int month) {
        return switch (month) {
            case 2 -> 29;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int day(String text) {
        return text.equals("primeiro") ? 1 : Integer.parseInt(text);
    }

    private Integer year(String text) {
        if (text == null) {
            return null;
        }
        int y = Integer.parseInt(text);
        return text.length() == 2 ? 2000 + y : y;
    }

    private static Extracted<LocalDate> found(LocalDate date) {
        return Extracted.valid(date, date.toString());
    }
}

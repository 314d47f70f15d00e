package io.atende.nlu.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail address in the message. Anything with an "@" that is not a plausible address ("joao@gmail",
 * "maria@@hotmail.com", "ana..silva@uol.com.br") is invalid, and so are the common domain slips of people typing
 * on a phone ("gmail.con", "hotmal.com"), which would silently lose every message sent to them.
 */
public final class EmailExtractor implements Extractor<Email> {

    static final String RETRY = "email.invalid";
    static final String RETRY_TYPO = "email.typo";

    private static final Pattern TOKEN = Pattern.compile("[^\\s<>,;:()\"'\\[\\]]*@[^\\s<>,;:()\"'\\[\\]]*");
    private static final Pattern VALID = Pattern.compile(
            "[a-z0-9_%+\\-]+(\\.[a-z0-9_%+\\-]+)*@[a-z0-9]([a-z0-9\\-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9\\-]*[a-z0-9])?)*"
                    + "\\.[a-z]{2,24}");
    private static final Map<String, String> TYPOS = Map.ofEntries(
            Map.entry("gmail.con", "gmail.com"), Map.entry("gmial.com", "gmail.com"), Map.entry("gmai.com", "gmail.com"),
            Map.entry("gmail.co", "gmail.com"), Map.entry("gmal.com", "gmail.com"), Map.entry("gnail.com", "gmail.com"),
            Map.entry("hotmail.con", "hotmail.com"), Map.entry("hotmal.com", "hotmail.com"),
            Map.entry("hotmial.com", "hotmail.com"), Map.entry("hotmail.co", "hotmail.com"),
            Map.entry("outlok.com", "outlook.com"), Map.entry("outlook.con", "outlook.com"),
            Map.entry("yahoo.con", "yahoo.com"), Map.entry("yaho.com.br", "yahoo.com.br"),
            Map.entry("uol.com.bt", "uol.com.br"), Map.entry("bol.com.bt", "bol.com.br"));

    @Override
    public Extracted<Email> extract(String text) {
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        Extracted<Email> firstInvalid = null;
        while (m.find()) {
            String candidate = m.group().toLowerCase(Locale.ROOT).replaceAll("^[.]+|[.!?]+$", "");
            if (candidate.equals("@")) {
                continue;
            }
            if (VALID.matcher(candidate).matches()) {
                String domain = candidate.substring(candidate.indexOf('@') + 1);
                if (TYPOS.containsKey(domain)) {
                    firstInvalid = firstInvalid != null ? firstInvalid
                            : Extracted.invalid("probable typo of " + TYPOS.get(domain), RETRY_TYPO);
                    continue;
                }
                return Extracted.valid(new Email(candidate), candidate);
            }
            if (firstInvalid == null && !candidate.startsWith("@")) {
                firstInvalid = Extracted.invalid("malformed address", RETRY);
            } else if (firstInvalid == null && candidate.matches("@.+\\..+")) {
                firstInvalid = Extracted.invalid("no name before @", RETRY);
            }
        }
        return firstInvalid != null ? firstInvalid : Extracted.absent();
    }
}

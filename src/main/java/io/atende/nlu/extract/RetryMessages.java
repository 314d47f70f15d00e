package io.atende.nlu.extract;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Customer-facing retry messages for invalid values, read from {@code nlu/messages*.properties} (UTF-8), so a
 * translator or store operator changes the wording without touching code. pt-BR first; the base file is English.
 */
public final class RetryMessages {

    private static final String BUNDLE = "nlu.messages";

    private final ResourceBundle bundle;

    private RetryMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages for a pack language such as "pt-BR" or "en"; unknown languages get English. */
    public static RetryMessages forLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "pt-BR" : languageTag);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        return new RetryMessages(ResourceBundle.getBundle(BUNDLE, locale, RetryMessages.class.getClassLoader(),
                control));
    }

    public static RetryMessages ptBr() {
        return forLanguage("pt-BR");
    }

    /** The message for a key from {@link Extracted.Invalid#retryMessageKey()}. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no retry message named " + key, e);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The retry message of an invalid result, or {@code null} when the result is not invalid. */
    public String forResult(Extracted<?> result) {
        return result instanceof Extracted.Invalid<?> invalid ? get(invalid.retryMessageKey()) : null;
    }
}

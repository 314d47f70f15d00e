package io.atende.knowledge;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * What retrieval needs to know about a pack's language: its analyzer, how its customers abbreviate, and which
 * words only ask. Portuguese is the default; {@code en} packs get Lucene's English chain.
 */
record Language(String code, Supplier<TextAnalyzer> analyzers, ChatNormalizer normalizer, ProductWords words) {

    static final Language PORTUGUESE =
            new Language("pt", PortugueseAnalyzer::new, ChatNormalizer.PORTUGUESE, ProductWords.PORTUGUESE);
    static final Language ENGLISH =
            new Language("en", EnglishFoldingAnalyzer::new, ChatNormalizer.ENGLISH, ProductWords.ENGLISH);

    /** The pack's language: English for {@code en}, Portuguese for everything else (the primary market). */
    static Language of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : PORTUGUESE;
    }

    TextAnalyzer analyzer() {
        return analyzers.get();
    }
}

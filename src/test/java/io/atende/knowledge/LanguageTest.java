package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pack's language picks the analyzer and the chat abbreviations. */
class LanguageTest {

    @Test
    void shouldStemPortugueseWithFoldingByDefault() {
        Language pt = Language.of(Locale.forLanguageTag("pt-BR"));
        assertThat(pt.analyzer().terms("Entregas RÁPIDAS")).containsExactlyElementsOf(pt.analyzer().terms("entrega rapida"));
        assertThat(pt.normalizer().words("vcs entregam p/ BH?")).containsExactly("voces", "entregam", "para", "belo",
                "horizonte");
        assertThat(Language.of(Locale.forLanguageTag("es"))).isEqualTo(Language.PORTUGUESE);
    }

    @Test
    void shouldUseTheEnglishChainForEnglishPacks() {
        Language en = Language.of(Locale.ENGLISH);
        assertThat(en.analyzer().terms("Shipping the shoes")).containsExactly("ship", "shoe");
        assertThat(en.normalizer().words("can u ship it asap")).containsExactly("can", "you", "ship", "it", "as", "soon",
                "as", "possible");
    }
}

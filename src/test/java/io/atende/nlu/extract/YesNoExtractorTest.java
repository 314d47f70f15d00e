package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoExtractorTest {

    private final YesNoExtractor extractor = new YesNoExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"sim", "Sim!", "siiiim", "pode ser", "bora", "claro", "com certeza", "uhum", "isso",
            "👍", "👍🏽", "isso mesmo, pode mandar", "ok", "blz", "quero sim", "pode", "claro que sim",
            "por que não?", "s", "tá bom", "fechado!", "sim, pode reservar pra mim por favor"})
    void shouldReadYes(String text) {
        assertThat(extractor.classify(text)).as(text).isEqualTo(YesNo.YES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"não", "nao", "NÃO!!", "nao quero", "agora não", "deixa pra lá", "nem", "n",
            "não, obrigado", "claro que não", "👎", "naaao", "de jeito nenhum", "melhor não", "esquece"})
    void shouldReadNo(String text) {
        assertThat(extractor.classify(text)).as(text).isEqualTo(YesNo.NO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"não sei", "talvez", "quero saber o frete pra Recife", "qual o prazo?", "",
            "sim não sei", "isso é muito caro pra mim", "ta caro demais hein"})
    void shouldBeUnknownOtherwise(String text) {
        assertThat(extractor.classify(text)).as(text).isEqualTo(YesNo.UNKNOWN);
    }
}

package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailExtractorTest {

    private final EmailExtractor extractor = new EmailExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "maria.silva@gmail.com|maria.silva@gmail.com",
            "meu email é Joao_Souza+loja@Empresa.COM.BR.|joao_souza+loja@empresa.com.br",
            "manda pra ana-paula@uol.com.br por favor|ana-paula@uol.com.br",
            "<contato@casa-aurora.com.br>|contato@casa-aurora.com.br"})
    void shouldAcceptValidEmail(String text, String expected) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.valid(new Email(expected), expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"joao@gmail", "maria@@hotmail.com", "ana..silva@uol.com.br", "pedro@.com", "joao@",
            "carla@gmail.c", "@gmail.com"})
    void shouldRejectMalformedEmail(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.invalid(
                text.equals("@gmail.com") ? "no name before @" : "malformed address", EmailExtractor.RETRY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@gmail.con", "maria@hotmal.com", "joao@gmial.com"})
    void shouldRejectEmailWithCommonDomainTypo(String text) {
        assertThat(extractor.extract(text)).isInstanceOf(Extracted.Invalid.class)
                .extracting(r -> ((Extracted.Invalid<Email>) r).retryMessageKey()).isEqualTo(EmailExtractor.RETRY_TYPO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"meu email é o mesmo do cadastro", "segue @ no insta", ""})
    void shouldFindNothingWithoutAnEmail(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.absent());
    }
}

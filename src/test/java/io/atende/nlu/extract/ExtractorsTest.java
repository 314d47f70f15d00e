package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.PackLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractorsTest {

    private final Extractors extractors = Extractors.forPack(PackLoader.load(Path.of("packs/demo-store")),
            Clock.fixed(Instant.parse("2026-03-11T15:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldGiveTheCustomerAFriendlyRetryMessageForAnInvalidCpf() {
        Extracted<Cpf> cpf = extractors.cpf("123.456.789-00");
        assertThat(extractors.retryMessage(cpf))
                .isEqualTo("Esse CPF não parece válido — confere os números? São 11 dígitos, tipo 123.456.789-09.");
    }

    @Test
    void shouldHaveNoRetryMessageForAValidValue() {
        assertThat(extractors.retryMessage(extractors.cep("01310-100"))).isNull();
    }

    @Test
    void shouldUseThePackTimeZone() {
        assertThat(extractors.date("amanhã").value()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(extractors.pastDate("dia 20").value()).isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void shouldExposeEveryExtractor() {
        assertThat(extractors.cnpj("12.ABC.345/01DE-35").isValid()).isTrue();
        assertThat(extractors.email("a@b.com.br").isValid()).isTrue();
        assertThat(extractors.phone("(11) 98765-4321").isValid()).isTrue();
        assertThat(extractors.money("R$ 50").isValid()).isTrue();
        assertThat(extractors.quantity("duas").isValid()).isTrue();
        assertThat(extractors.orderNumber("AUR-123456").isValid()).isTrue();
        assertThat(extractors.product("galaxy a15").isValid()).isTrue();
        assertThat(extractors.productCandidates("tenis nike", 5)).hasSize(5);
        assertThat(extractors.yesNo("bora")).isEqualTo(YesNo.YES);
    }

    @Test
    void shouldHaveAPtBrAndAnEnglishMessageForEveryRetryKey() throws Exception {
        String[] keys = {CpfExtractor.RETRY, CpfExtractor.RETRY_LENGTH, CnpjExtractor.RETRY, EmailExtractor.RETRY,
                EmailExtractor.RETRY_TYPO, PhoneExtractor.RETRY, PhoneExtractor.RETRY_DDD,
                PhoneExtractor.RETRY_MISSING_DDD, CepExtractor.RETRY, DateExtractor.RETRY, MoneyExtractor.RETRY,
                QuantityExtractor.RETRY, OrderNumberExtractor.RETRY, ProductMatcher.RETRY_AMBIGUOUS};
        Properties ptBr = load("/nlu/messages_pt_BR.properties");
        Properties en = load("/nlu/messages.properties");
        for (String key : keys) {
            assertThat(ptBr.getProperty(key)).as("pt-BR %s", key).isNotBlank();
            assertThat(en.getProperty(key)).as("en %s", key).isNotBlank();
        }
        assertThat(ptBr.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(RetryMessages.forLanguage("en").get(CepExtractor.RETRY)).startsWith("That CEP");
        assertThat(RetryMessages.forLanguage("pt-BR").get(CepExtractor.RETRY)).startsWith("Esse CEP");
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(ExtractorsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}

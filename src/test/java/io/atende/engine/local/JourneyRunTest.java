package io.atende.engine.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand.ClearJourney;
import io.atende.engine.EngineCommand.RecordConsent;
import io.atende.engine.EngineCommand.RequestHandoff;
import io.atende.engine.EngineCommand.Say;
import io.atende.engine.EngineCommand.SetAttribute;
import io.atende.journey.ToolCaller;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.shared.Choice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo store's journeys run turn by turn by the local engine, with the real extractors and a scripted store API
 * standing in for the tool runtime: full runs, interruptions, corrections, cancellation, retries and handoffs.
 */
class JourneyRunTest {

    private static Pack pack;
    private static KnowledgeBase knowledge;
    private final List<String> toolCalls = new ArrayList<>();

    @BeforeAll
    static void load() {
        pack = PackLoader.load(Path.of("packs/demo-store"));
        knowledge = KnowledgeBase.inMemory(pack);
    }

    /** The demo store API as tools.yaml describes it: order 123456 was delivered 3 days ago, 999999 does not exist. */
    private final ToolCaller storeApi = (tool, parameters) -> {
        toolCalls.add(tool + " " + new java.util.TreeMap<>(parameters));
        return switch (tool) {
            case "consultar_pedido" -> "999999".equals(parameters.get("numero"))
                    ? answered(Map.of("code", 404, "description", "Pedido não encontrado"))
                    : answered(delivered(parameters.get("numero")));
            case "abrir_troca" -> answered(Map.of("protocolo", "TR-2026-000123", "prazo_postagem_dias", 10));
            case "consultar_credito" -> "529.982.247-25".equals(parameters.get("cpf"))
                    ? answered(Map.of("code", 701, "description", "CPF não autorizado"))
                    : answered(Map.of("score", 720, "limite", 2500.00));
            default -> new ToolCaller.Result.Failed("unknown tool " + tool);
        };
    };

    private static Map<String, Object> delivered(Object number) {
        Map<String, Object> order = new HashMap<>();
        order.put("numero", number);
        order.put("status", "entregue");
        order.put("status_texto", "Entregue");
        order.put("dias_desde_entrega", 3);
        order.put("code", null);
        return order;
    }

    private static ToolCaller.Result answered(Map<String, Object> answer) {
        return new ToolCaller.Result.Answered(answer);
    }

    private JourneyChat chat() {
        return new JourneyChat(new LocalEngine(pack, knowledge, storeApi, Clock.systemUTC()));
    }

    private JourneyChat chatWithoutTools() {
        return new JourneyChat(new LocalEngine(pack, knowledge));
    }

    @Test
    void shouldRunAnExchangeRequestFromTriggerToOutcome() {
        JourneyChat c = chat();
        assertThat(c.says("quero trocar um produto")).contains("Qual é o número do pedido?");
        assertThat(c.journey.journey()).isEqualTo("troca_devolucao");

        assertThat(c.commands(Say.class)).allSatisfy(say -> assertThat(say.choices()).isEmpty());
        assertThat(c.says("é o pedido 123456")).isEqualTo("O produto chegou com defeito ou avaria?");
        // a yes_no ask offers the pack's sim and não to tap
        assertThat(c.commands(Say.class).getLast().choices()).extracting(Choice::title).containsExactly("Sim", "Não");
        assertThat(c.attributes).containsEntry("numero_pedido", "123456");
        assertThat(c.journey.results()).containsKey("pedido");

        String policy = c.says("não, só não serviu");
        assertThat(policy).contains("7 dias do direito de arrependimento", "Me conta em poucas palavras");
        // the pack's own answers to tap for the free-text reason
        assertThat(c.commands(Say.class).getLast().choices()).extracting(Choice::title).containsExactly(
                "Não serviu no tamanho", "Quero outra cor", "Não gostei do produto", "Veio diferente do anúncio");
        assertThat(c.attributes).containsEntry("defeito", "false");

        assertThat(c.says("comprei o tamanho errado, quero um número maior"))
                .isEqualTo("Pra qual e-mail eu mando o código de postagem reversa dos Correios?");
        assertThat(c.attributes).containsEntry("motivo", "comprei o tamanho errado, quero um número maior");

        String done = c.says("ana.souza@exemplo.com.br");
        assertThat(done).contains("TR-2026-000123", "ana.souza@exemplo.com.br", "10 dias");
        assertThat(c.commands(ClearJourney.class)).containsExactly(new ClearJourney("troca_devolucao", "troca_solicitada"));
        assertThat(c.journey).isNull();
        assertThat(toolCalls).containsExactly("consultar_pedido {numero=123456}",
                "abrir_troca {defeito=false, email=ana.souza@exemplo.com.br, motivo=comprei o tamanho errado, quero um"
                        + " número maior, pedido=123456}");
    }

    @Test
    void shouldAnswerAQuestionInTheMiddleAndAskThePendingQuestionAgain() {
        JourneyChat c = chat();
        c.says("quero trocar um produto");
        c.says("123456");
        c.says("sim, veio quebrado");
        c.says("a tampa veio rachada");
        assertThat(c.step()).isEqualTo("pedir_email");

        String aside = c.says("vocês aceitam pix?");
        assertThat(aside).contains("5% de desconto").endsWith("Pra qual e-mail eu mando o código de postagem reversa dos Correios?");
        assertThat(c.step()).isEqualTo("pedir_email");
        assertThat(c.journey.retries()).isZero();

        assertThat(c.says("ana@exemplo.com.br")).contains("TR-2026-000123");
        assertThat(c.commands(ClearJourney.class)).extracting(ClearJourney::outcome).containsExactly("troca_solicitada");
    }

    @Test
    void shouldUpdateAnAttributeCorrectedLaterAndGoOnWhereItWas() {
        JourneyChat c = chat();
        c.says("quero trocar um produto");
        c.says("123456");
        c.says("não");
        c.says("ficou pequeno");
        assertThat(c.step()).isEqualTo("pedir_email");

        String corrected = c.says("na verdade o número do pedido é 654321");
        assertThat(c.commands(SetAttribute.class)).containsExactly(new SetAttribute("numero_pedido", "654321"));
        assertThat(corrected).startsWith("Anotado, corrigi para 654321.")
                .endsWith("Pra qual e-mail eu mando o código de postagem reversa dos Correios?");
        assertThat(c.step()).isEqualTo("pedir_email");

        assertThat(c.says("ana@exemplo.com.br")).contains("TR-2026-000123");
        assertThat(toolCalls.getLast()).contains("pedido=654321");
    }

    @Test
    void shouldCancelTheJourneyWhenTheCustomerGivesUp() {
        JourneyChat c = chat();
        c.says("quero trocar um produto");
        String reply = c.says("deixa pra lá");
        assertThat(reply).isEqualTo(pack.messages().render("journey_cancelled", Map.of()));
        assertThat(c.commands(ClearJourney.class)).containsExactly(new ClearJourney("troca_devolucao", "cancelled"));
        assertThat(c.journey).isNull();
        assertThat(toolCalls).isEmpty();
    }

    @Test
    void shouldLeaveAWaitingJourneyForAnotherOneTheCustomerClearlyStarts() {
        JourneyChat c = chat();
        c.says("cadê meu pedido");
        assertThat(c.says("quero trocar um produto")).contains("Vou te ajudar com a troca ou devolução");
        assertThat(c.commands(ClearJourney.class)).containsExactly(new ClearJourney("status_pedido", "switched"));
        assertThat(c.journey.journey()).isEqualTo("troca_devolucao");
    }

    @Test
    void shouldNotTakeAWaitingPhraseForACancellation() {
        JourneyChat c = chat();
        c.says("cadê meu pedido");
        assertThat(c.says("deixa eu ver aqui")).startsWith("Não encontrei um número de pedido na sua mensagem.");
        assertThat(c.step()).isEqualTo("pedir_numero");
        assertThat(c.says("achei: 123456")).contains("foi entregue");
    }

    @Test
    void shouldRetryWithTheExtractorsPortugueseMessageAndGiveUpToAPersonAfterTheLastRetry() {
        JourneyChat c = chat();
        c.says("vocês têm crediário?");
        c.says("sim, autorizo");
        assertThat(c.step()).isEqualTo("pedir_cpf");

        // a CPF with wrong check digits: the extractor says what is wrong, in the store's language
        assertThat(c.says("meu cpf é 123.456.789-00"))
                .isEqualTo("Esse CPF não parece válido — confere os números? São 11 dígitos, tipo 123.456.789-09.");
        assertThat(c.journey.retries()).isEqualTo(1);
        // no CPF at all: the step's own retry text
        assertThat(c.says("hmm peraí")).startsWith("Não encontrei um CPF na mensagem.");
        assertThat(c.journey.retries()).isEqualTo(2);

        // max_retries is 2 by default: the third answer without a CPF takes the step's on_fail path
        String handedOff = c.says("não lembro");
        assertThat(handedOff).contains("Vou te passar para alguém da equipe terminar a análise");
        assertThat(c.commands(RequestHandoff.class)).extracting(RequestHandoff::reason)
                .containsExactly("Análise do crediário que o assistente não conseguiu concluir.");
        assertThat(c.journey).isNull();
    }

    @Test
    void shouldNotAskAgainForAnAttributeAlreadyKnown() {
        JourneyChat c = chat();
        c.attributes.put("cpf", "111.444.777-35");
        c.says("quero comprar no crediário");
        String afterConsent = c.says("sim");
        assertThat(afterConsent).isEqualTo("Qual é o valor da compra que você quer parcelar?");
        assertThat(c.step()).isEqualTo("pedir_valor");
    }

    @Test
    void shouldOfferSimAndNaoToTapUnderAConsentAndNothingUnderAnOpenQuestion() {
        JourneyChat c = chat();
        c.says("quero comprar no crediário");
        assertThat(c.commands(Say.class)).last().satisfies(consent -> {
            assertThat(consent.text()).startsWith("Você autoriza a Casa Aurora a consultar seu CPF");
            assertThat(consent.choices()).containsExactly(new Choice("Sim"), new Choice("Não"));
        });
        // the tap sends the title, which the consent reads like a typed answer
        assertThat(c.says("Sim")).isEqualTo("Obrigada! Qual é o seu CPF?");
        assertThat(c.commands(Say.class)).singleElement().satisfies(ask -> assertThat(ask.choices()).isEmpty());
    }

    @Test
    void shouldRecordTheConsentWithTheTextShownAndBranchOnTheAnswer() {
        JourneyChat c = chat();
        c.says("quero comprar no crediário");
        String refused = c.says("não");
        assertThat(c.commands(RecordConsent.class)).singleElement().satisfies(consent -> {
            assertThat(consent.attribute()).isEqualTo("autoriza_consulta");
            assertThat(consent.granted()).isFalse();
            assertThat(consent.textShown()).startsWith("Você autoriza a Casa Aurora a consultar seu CPF");
        });
        assertThat(refused).startsWith("Tudo bem, sem a consulta eu não consigo analisar o crediário.");
        assertThat(c.commands(ClearJourney.class)).extracting(ClearJourney::outcome)
                .containsExactly("consulta_nao_autorizada");
    }

    @Test
    void shouldBranchOnTheStoreRulesAndOnTheToolAnswer() {
        JourneyChat minimum = chat();
        minimum.attributes.put("cpf", "111.444.777-35");
        minimum.says("quero comprar no crediário");
        minimum.says("sim");
        minimum.says("R$ 100");
        // valor_compra / parcelas < 30: the store's minimum installment
        assertThat(minimum.says("12 parcelas")).contains("A parcela mínima do crediário é R$ 30");
        assertThat(minimum.commands(ClearJourney.class)).extracting(ClearJourney::outcome)
                .containsExactly("simulacao_fora_das_regras");

        JourneyChat refused = chat();
        refused.says("quero comprar no crediário");
        refused.says("sim");
        refused.says("529.982.247-25");
        refused.says("1.500 reais");
        // the partner's refusal {"code":701} is explained kindly
        assertThat(refused.says("10")).contains("não autorizou o crediário para este CPF");
        assertThat(refused.commands(ClearJourney.class)).extracting(ClearJourney::outcome)
                .containsExactly("credito_recusado_cpf");

        JourneyChat approved = chat();
        approved.says("quero comprar no crediário");
        approved.says("sim");
        approved.says("111.444.777-35");
        approved.says("R$ 1.500,00");
        // the amount is kept as 1500.00 for the rules and read the Brazilian way in the message
        assertThat(approved.says("6")).contains("seu crediário foi aprovado", "6 parcelas", "R$ 1.500,00");
        assertThat(approved.attributes).containsEntry("valor_compra", "1500.00");
    }

    @Test
    void shouldHandOffWithTheStepsReasonWhenTheToolIsUnavailable() {
        JourneyChat c = chatWithoutTools();
        c.says("cadê meu pedido");
        String reply = c.says("o número é 123456");
        assertThat(reply).contains("Não consegui consultar o sistema agora");
        assertThat(c.commands(RequestHandoff.class)).extracting(RequestHandoff::reason)
                .containsExactly("A consulta do pedido 123456 falhou.");
        assertThat(c.commands(ClearJourney.class)).extracting(ClearJourney::outcome).containsExactly("handoff");
    }

    @Test
    void shouldAskTheSubjectBeforeHandingOffWhenTheCustomerAsksForAPerson() {
        JourneyChat c = chat();
        assertThat(c.says("quero falar com um atendente")).contains("me conta em poucas palavras qual é o assunto");
        assertThat(c.commands(RequestHandoff.class)).isEmpty();
        c.says("meu pedido veio errado");
        assertThat(c.commands(RequestHandoff.class)).extracting(RequestHandoff::reason)
                .containsExactly("O cliente pediu para falar com uma pessoa. Assunto: meu pedido veio errado");
    }
}

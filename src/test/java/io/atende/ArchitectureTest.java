package io.atende;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.atende.engine.EngineRequest;
import io.atende.engine.media.MediaFetcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies flow one way: channel -> conversation -> engine -> {journey, knowledge, pack, ...}. Each rule
 * was made to fail once on purpose when written, so none of them passes by matching nothing.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.atende");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void conversationShouldNotKnowChannelsOrViews() {
        check(noClasses().that().resideInAPackage("io.atende.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.atende.channel..", "io.atende.console..",
                        "io.atende.cli..", "io.atende.security..", "io.atende.knowledge.."));
    }

    @Test
    void engineShouldNotKnowConversationsOrChannels() {
        check(noClasses().that().resideInAPackage("io.atende.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.atende.conversation..", "io.atende.channel..",
                        "io.atende.console..", "io.atende.cli.."));
    }

    @Test
    void capabilitiesBelowTheEngineShouldNotReachUp() {
        check(noClasses().that().resideInAnyPackage("io.atende.knowledge..", "io.atende.pack..", "io.atende.privacy..",
                        "io.atende.shared..", "io.atende.nlu..")
                .should().dependOnClassesThat().resideInAnyPackage("io.atende.engine..", "io.atende.conversation..",
                        "io.atende.channel..", "io.atende.console..", "io.atende.cli.."));
    }

    @Test
    void journeysShouldNotKnowTheEngineConversationsOrChannels() {
        // engine -> journey: the journey model, its rules and its runtime sit below the engine that runs them, and
        // reach extractors and tools only through their own ports (nlu -> pack -> journey would close a cycle).
        check(noClasses().that().resideInAPackage("io.atende.journey..")
                .should().dependOnClassesThat().resideInAnyPackage("io.atende.engine..", "io.atende.conversation..",
                        "io.atende.channel..", "io.atende.console..", "io.atende.cli..", "io.atende.nlu..",
                        "io.atende.pack..", "io.atende.knowledge..", "io.atende.tool.."));
    }

    @Test
    void toolsShouldNotKnowTheEngineConversationsOrChannels() {
        // engine -> tool -> pack: the journey runtime calls tools through ToolCaller, never the other way round
        check(noClasses().that().resideInAPackage("io.atende.tool..")
                .should().dependOnClassesThat().resideInAnyPackage("io.atende.engine..", "io.atende.conversation..",
                        "io.atende.channel..", "io.atende.console..", "io.atende.cli..", "io.atende.journey.."));
    }

    @Test
    void theGatewayShouldNotKnowTheEngineConversationsOrChannels() {
        // engine -> llm: every model call goes through the gateway, which serves the engine and never decides
        check(noClasses().that().resideInAPackage("io.atende.llm..")
                .should().dependOnClassesThat().resideInAnyPackage("io.atende.engine..", "io.atende.conversation..",
                        "io.atende.channel..", "io.atende.console..", "io.atende.cli..", "io.atende.journey..",
                        "io.atende.knowledge..", "io.atende.tool.."));
    }

    @Test
    void capabilitiesBelowTheEngineShouldNotCallModelsThemselves() {
        check(noClasses().that().resideInAnyPackage("io.atende.knowledge..", "io.atende.pack..",
                        "io.atende.journey..", "io.atende.nlu..", "io.atende.tool..", "io.atende.conversation..")
                .should().dependOnClassesThat().resideInAPackage("io.atende.llm.."));
    }

    @Test
    void packAndCapabilitiesShouldNotDependOnTools() {
        check(noClasses().that().resideInAnyPackage("io.atende.pack..", "io.atende.journey..", "io.atende.nlu..",
                        "io.atende.knowledge..", "io.atende.shared..")
                .should().dependOnClassesThat().resideInAPackage("io.atende.tool.."));
    }

    /**
     * The one door from a channel into the engine is the media port: a channel implements {@code MediaFetcher}
     * to load the files its customers send (WhatsApp's media ids), as the port's Javadoc says.
     */
    @Test
    void viewsShouldReadThroughTheConversationApiOnly() {
        check(noClasses().that().resideInAnyPackage("io.atende.console..", "io.atende.channel..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("io.atende.engine..",
                                "io.atende.knowledge..", "io.atende.privacy..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(MediaFetcher.class,
                                EngineRequest.Media.class)))));
    }

    @Test
    void channelsShouldNotDependOnEachOther() {
        for (String channel : new String[] {"api", "webchat", "terminal", "whatsapp"}) {
            check(noClasses().that().resideInAPackage("io.atende.channel." + channel + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherChannels(channel)));
        }
    }

    private static String[] otherChannels(String channel) {
        return java.util.stream.Stream.of("api", "webchat", "terminal", "whatsapp").filter(c -> !c.equals(channel))
                .map(c -> "io.atende.channel." + c + "..").toArray(String[]::new);
    }
}

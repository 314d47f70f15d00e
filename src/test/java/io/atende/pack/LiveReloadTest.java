package io.atende.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.atende.conversation.Accepted;
import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.InboundMessage;
import io.atende.conversation.MessageView;
import io.atende.conversation.TurnReplies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application on a copy of the test pack that the test edits while it runs. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = LiveReloadTest.EditablePack.class)
class LiveReloadTest {

    static Path packDir;

    @Autowired
    ConversationApi conversations;

    @Autowired
    MockMvc mvc;

    @Test
    void shouldServeTheEditedPackWithoutARestart() throws Exception {
        assertThat(reply("oi")).contains("Sou a assistente da Loja Teste");
        assertThat(reply("vcs aceitam pix?")).contains("5% de desconto");

        edit("store.yaml", "name: Loja Teste", "name: Loja Renovada");
        edit("intents.yaml", "Olá! Sou a assistente da Loja Teste. Como posso ajudar?",
                "Oi! Aqui é a Loja Renovada, em que posso ajudar?");
        edit("knowledge/politicas.md", "Aceitamos Pix com 5% de desconto.", "Aceitamos Pix com 8% de desconto.");

        awaitTrue(() -> chatPage().contains("Loja Renovada"));
        awaitTrue(() -> reply("oi").contains("Aqui é a Loja Renovada"));
        awaitTrue(() -> reply("vcs aceitam pix?").contains("8% de desconto"));
    }

    @Test
    void shouldKeepServingThePreviousPackWhenAnEditIsInvalid() throws Exception {
        edit("catalog/products.csv", "\n", "\nQUEBRADO,,sem titulo,abc,,,,,\n", 1);
        Thread.sleep(1_500); // several watch periods: a valid pack would have been applied by now
        assertThat(reply("oi")).containsAnyOf("Loja Teste", "Loja Renovada");
        edit("catalog/products.csv", "\nQUEBRADO,,sem titulo,abc,,,,,\n", "\n", 1);
    }

    private String chatPage() throws Exception {
        return mvc.perform(get("/chat")).andReturn().getResponse().getContentAsString();
    }

    private String reply(String text) {
        Accepted accepted = conversations.accept(new InboundMessage(Channel.API, "reload-" + UUID.randomUUID(),
                UUID.randomUUID().toString(), text, List.of(), null));
        TurnReplies replies = conversations.awaitReplies(accepted.messageId(), Duration.ofSeconds(10)).orElseThrow();
        return replies.replies().stream().map(MessageView::text).collect(Collectors.joining("\n"));
    }

    private static void edit(String file, String from, String to) throws IOException {
        edit(file, from, to, Integer.MAX_VALUE);
    }

    private static void edit(String file, String from, String to, int times) throws IOException {
        Path path = packDir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        String edited = times == 1 ? text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)) : text.replace(from, to);
        Files.writeString(path, edited);
    }

    private static void awaitTrue(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("condition not met within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Copies the test pack to a temp directory and watches it, with short periods. */
    static final class EditablePack implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                packDir = Files.createTempDirectory("atende-reload-pack-");
                Path source = Path.of("src/test/resources/packs/test-store");
                try (var files = Files.walk(source)) {
                    for (Path p : files.toList()) {
                        Path target = packDir.resolve(source.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(p, target);
                        }
                    }
                }
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("atende-reload-test", Map.of(
                        "atende.data-dir", Files.createTempDirectory("atende-reload-data-").toString(),
                        "atende.pack.dir", packDir.toString(),
                        "atende.pack.watch", "true",
                        "atende.pack.watch-quiet-ms", "100",
                        "atende.pack.watch-poll-ms", "50")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

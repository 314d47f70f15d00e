package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PackConfigurationTest {

    private final Path dir = copyOfTestPack();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PackConfiguration.class).withBean(RecordingListener.class)
            .withPropertyValues("atende.pack.dir=" + dir, "atende.pack.watch-quiet-ms=100", "atende.pack.watch-poll-ms=20");

    @Test
    void shouldTellListenerBeansAboutAnEditedPackWhenWatching() {
        runner.withPropertyValues("atende.pack.watch=true").run(context -> {
            write(dir, "knowledge/horario.txt", "Atendemos de segunda a sábado.\n");

            List<PackChange> changes = context.getBean(RecordingListener.class).changes;
            await().atMost(Duration.ofSeconds(10)).until(() -> !changes.isEmpty());

            assertThat(changes.getFirst().knowledge().added()).extracting(KnowledgeEntry::id).containsExactly("horario/horario");
            assertThat(context.getBean(PackSource.class).current()).isSameAs(changes.getFirst().current());
            assertThat(context.getBean(Pack.class)).as("the startup pack").isSameAs(changes.getFirst().previous());
        });
    }

    @Test
    void shouldNotWatchUnlessAsked() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PackSource.class).doesNotHaveBean(PackWatcher.class);
            assertThat(context.getBean(Pack.class).identity().name()).isNotBlank();
        });
    }

    static class RecordingListener implements PackListener {

        final List<PackChange> changes = new CopyOnWriteArrayList<>();

        @Override
        public void packChanged(PackChange change) {
            changes.add(change);
        }
    }
}

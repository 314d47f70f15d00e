package io.atende.pack;

import io.atende.testsupport.MutableClock;
import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PackWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(500);

    private final Path dir = copyOfTestPack();
    private final PackHolder holder = new PackHolder(PackLoader.load(dir));
    private final List<PackChange> changes = new CopyOnWriteArrayList<>();
    private final List<List<PackProblem>> rejections = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock();

    PackWatcherTest() {
        holder.addListener(new PackListener() {
            @Override
            public void packChanged(PackChange change) {
                changes.add(change);
            }

            @Override
            public void packRejected(List<PackProblem> problems) {
                rejections.add(problems);
            }
        });
    }

    @Test
    void shouldReportExactlyTheEditedProductWhileRunning() throws IOException {
        PackWatcher watcher = new PackWatcher(holder, Duration.ofMillis(100), Duration.ofMillis(20), Clock.systemUTC());
        watcher.start();
        try {
            setStock("TNS-2", "0", "7");

            await().atMost(Duration.ofSeconds(10)).until(() -> !changes.isEmpty());
        } finally {
            watcher.stop();
        }
        PackChange change = changes.getFirst();
        assertThat(change.products().changed()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("TNS-2");
            assertThat(p.stock()).isEqualTo(7);
        });
        assertThat(change.products().added()).isEmpty();
        assertThat(change.products().removed()).isEmpty();
        assertThat(change.knowledge().isEmpty()).isTrue();
        assertThat(holder.current()).isSameAs(change.current());
        assertThat(changes).hasSize(1);
    }

    @Test
    void shouldKeepThePreviousPackAndReportTheProblemsWhenAnEditIsInvalid() throws IOException {
        Pack before = holder.current();
        PackWatcher watcher = new PackWatcher(holder, QUIET, Duration.ofMillis(100), clock);
        setStock("TNS-2", "0", "-3");

        settle(watcher);

        assertThat(holder.current()).isSameAs(before);
        assertThat(changes).isEmpty();
        assertThat(rejections).singleElement().satisfies(problems -> assertThat(problems)
                .extracting(PackProblem::toString).containsExactly("catalog/products.csv:3: stock must not be negative"));

        setStock("TNS-2", "-3", "4");
        settle(watcher);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.previous()).isSameAs(before);
            assertThat(c.products().changed()).extracting(Product::stock).containsExactly(4);
        });
    }

    @Test
    void shouldReloadOnceAfterABurstOfWrites() throws IOException {
        PackWatcher watcher = new PackWatcher(holder, QUIET, Duration.ofMillis(100), clock);
        for (String stock : List.of("1", "2", "3")) {
            setStock("TNS-2", String.valueOf(Integer.parseInt(stock) - 1), stock);
            watcher.poll();
            clock.advance(Duration.ofMillis(200));
        }
        write(dir, "knowledge/horario.txt", "Atendemos de segunda a sábado.\n");
        watcher.poll();
        clock.advance(QUIET.minusMillis(1));
        watcher.poll();

        assertThat(changes).as("still inside the quiet period").isEmpty();

        clock.advance(Duration.ofMillis(1));
        watcher.poll();
        watcher.poll();

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.products().changed()).extracting(Product::stock).containsExactly(3);
            assertThat(c.knowledge().added()).extracting(KnowledgeEntry::id).containsExactly("horario/horario");
        });
    }

    @Test
    void shouldTellEveryListenerEvenWhenOneFails() throws IOException {
        List<PackChange> second = new CopyOnWriteArrayList<>();
        holder.addListener(change -> {
            throw new IllegalStateException("listener bug");
        });
        holder.addListener(second::add);
        PackWatcher watcher = new PackWatcher(holder, QUIET, Duration.ofMillis(100), clock);
        setStock("TNS-2", "0", "5");

        settle(watcher);

        assertThat(changes).hasSize(1);
        assertThat(second).hasSize(1);
    }

    @Test
    void shouldIgnoreEditorSwapFilesHiddenFoldersAndFilesThatAreNotPackFiles() {
        PackWatcher watcher = new PackWatcher(holder, QUIET, Duration.ofMillis(100), clock);
        write(dir, "store.yaml", "isto: [não é yaml válido");
        settle(watcher);
        assertThat(rejections).hasSize(1);

        write(dir, "catalog/.products.csv.swp", "lixo");
        write(dir, "catalog/products.csv~", "lixo");
        write(dir, ".git/index", "lixo");
        write(dir, ".git/config.yaml", "lixo: sim");
        write(dir, "data/db/atende.mv.db", "lixo");
        write(dir, "logs/atende.log", "lixo");
        settle(watcher);

        assertThat(rejections).as("no second reload of the still invalid pack").hasSize(1);
    }

    /** Notes the change, lets the quiet period pass, and reloads. */
    private void settle(PackWatcher watcher) {
        watcher.poll();
        clock.advance(QUIET);
        watcher.poll();
    }

    private void setStock(String id, String from, String to) throws IOException {
        Path csv = dir.resolve("catalog/products.csv");
        String text = Files.readString(csv);
        String row = text.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        String edited = row.replaceFirst("^((?:[^,]*,){5})" + java.util.regex.Pattern.quote(from) + ",", "$1" + to + ",");
        assertThat(edited).isNotEqualTo(row);
        Files.writeString(csv, text.replace(row, edited));
    }
}

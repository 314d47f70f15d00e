package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryJournal} does: every delivery it took is handled, in order, none skipped. */
abstract class DeliveryJournalContract {

    /** Every handled delivery, in the order handled. */
    protected final List<String> handled = Collections.synchronizedList(new ArrayList<>());
    private DeliveryJournal journal;

    /** A journal handing each delivery to {@code handler}. */
    protected abstract DeliveryJournal open(DeliveryJournal.Handler handler) throws Exception;

    @AfterEach
    void closeJournal() {
        if (journal != null) {
            journal.close();
        }
    }

    private DeliveryJournal journal(DeliveryJournal.Handler handler) throws Exception {
        journal = open(handler);
        return journal;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldHandEveryDeliveryOnInTheOrderAppended() throws Exception {
        DeliveryJournal j = journal(d -> handled.add(new String(d, StandardCharsets.UTF_8)));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String delivery = "{\"n\":" + i + ",\"text\":\"olá, ação nº " + i + "\"}";
            j.append(bytes(delivery));
            sent.add(delivery);
        }
        assertThat(j.awaitHandled(Duration.ofSeconds(20))).isTrue();
        assertThat(handled).containsExactlyElementsOf(sent);
    }

    @Test
    void shouldHandleEveryDeliveryAppendedConcurrentlyExactlyOnceAbsentFailures() throws Exception {
        DeliveryJournal j = journal(d -> handled.add(new String(d, StandardCharsets.UTF_8)));
        try (ExecutorService senders = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                done.add(senders.submit(() -> j.append(bytes("d" + n))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(j.awaitHandled(Duration.ofSeconds(20))).isTrue();
        assertThat(handled).hasSize(400).doesNotHaveDuplicates();
    }

    @Test
    void shouldHandleAgainADeliveryWhoseHandlingFailedAndSkipNone() throws Exception {
        AtomicInteger failures = new AtomicInteger(2);
        DeliveryJournal j = journal(d -> {
            String s = new String(d, StandardCharsets.UTF_8);
            if (s.equals("second") && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("the database is away");
            }
            handled.add(s);
        });
        for (String delivery : List.of("first", "second", "third")) {
            appendAsASenderWould(j, bytes(delivery));
        }
        assertThat(j.awaitHandled(Duration.ofSeconds(20))).isTrue();
        // at least once: what was handled before the failure may be handled again, in the same order
        assertThat(handled.stream().distinct()).containsExactly("first", "second", "third");
    }

    /** A sender (Meta) delivers again what was not acknowledged. */
    private static void appendAsASenderWould(DeliveryJournal j, byte[] delivery) {
        for (int attempt = 1; ; attempt++) {
            try {
                j.append(delivery);
                return;
            } catch (RuntimeException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }
}

package io.atende.conversation;

import io.atende.privacy.FieldCipher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Opens a push channel's {@link DeliveryJournal}: on the local disk ({@code <data-dir>/journal/<name>}) or, with
 * {@code atende.conversation.journal: false}, handled inline before the acknowledgement.
 */
public final class DeliveryJournals {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeliveryJournals.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final long SEGMENT_BYTES = 16L * 1024 * 1024;
    /** Counted apart, so that syncs slow enough to matter can be told from the usual fraction of a millisecond. */
    private static final Duration[] SYNC_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250)};

    private final Path dir;
    private final ConversationProperties properties;
    private final CommitDurability durability;
    private final FieldCipher cipher;
    private final MeterRegistry metrics;

    DeliveryJournals(Path dir, ConversationProperties properties, CommitDurability durability, FieldCipher cipher,
                     MeterRegistry metrics) {
        this.dir = dir;
        this.properties = properties;
        this.durability = durability;
        this.cipher = cipher;
        this.metrics = metrics;
    }

    /** The journal named {@code name} (one per channel); the caller closes it. */
    public DeliveryJournal open(String name, DeliveryJournal.Handler handler) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a journal's name is lower-case letters, digits and '-': " + name);
        }
        if (!properties.journal()) {
            return new InlineDeliveryJournal(handler, durability);
        }
        try {
            Timer syncs = Timer.builder("atende.journal.sync").tag("journal", name)
                    .description("How long the journal's disk took to make a batch of deliveries durable; "
                            + "their acknowledgements waited for it")
                    .serviceLevelObjectives(SYNC_BUCKETS).register(metrics);
            return new FileDeliveryJournal(dir.resolve(name), handler, durability, cipher, SEGMENT_BYTES,
                    properties.journalMaxBacklogMb() * 1024L * 1024, Duration.ofMillis(properties.faultDelayMs()),
                    nanos -> syncs.record(nanos, TimeUnit.NANOSECONDS));
        } catch (FileDeliveryJournal.LockedException e) {
            // ./atende chat next to ./atende serve on one data directory: the server keeps the journal
            log.info("{}; deliveries reaching this one are acknowledged once in the database", e.getMessage());
            return new InlineDeliveryJournal(handler, durability);
        }
    }
}

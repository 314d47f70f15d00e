package io.atende.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The served process's WhatsApp journal syncs so far, read from its Prometheus endpoint
 * ({@code atende_journal_sync_seconds}): every acknowledgement waits for one, so the syncs slower than 50 ms during
 * the measured window tell a stalling disk from a slow server when the acknowledgement target is missed.
 *
 * @param count    syncs
 * @param over50   syncs that took more than 50 ms
 * @param over100  syncs that took more than 100 ms
 * @param seconds  their summed time
 */
record JournalSyncs(long count, long over50, long over100, double seconds) {

    private static final Pattern LINE = Pattern.compile(
            "^atende_journal_sync_seconds_(count|sum|bucket)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    /** The syncs since {@code earlier}. */
    JournalSyncs since(JournalSyncs earlier) {
        return new JournalSyncs(count - earlier.count, over50 - earlier.over50, over100 - earlier.over100,
                seconds - earlier.seconds);
    }

    /** The WhatsApp journal's figures in a Prometheus text exposition; zeros before its first sync. */
    static JournalSyncs parse(String exposition) {
        long count = 0;
        long upTo50 = 0;
        long upTo100 = 0;
        double seconds = 0;
        Matcher m = LINE.matcher(exposition);
        while (m.find()) {
            String labels = m.group(2);
            if (!labels.contains("journal=\"whatsapp\"")) {
                continue;
            }
            double value = Double.parseDouble(m.group(3));
            switch (m.group(1)) {
                case "count" -> count = (long) value;
                case "sum" -> seconds = value;
                default -> {
                    if (labels.contains("le=\"0.05\"")) {
                        upTo50 = (long) value;
                    } else if (labels.contains("le=\"0.1\"")) {
                        upTo100 = (long) value;
                    }
                }
            }
        }
        return new JournalSyncs(count, count - upTo50, count - upTo100, seconds);
    }
}

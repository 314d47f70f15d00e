package io.atende.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The texts the turn benchmark sends: shopper messages from {@code bench/customer-messages.txt}, each with an
 * opener and a closer ("oi", "por favor", "?"). Real traffic rarely repeats a text exactly, and anything the
 * engine remembers between turns must not make the benchmark look better than traffic would.
 */
final class CustomerMessages {

    private static final String NONE = "(none)";

    private final List<String> bases;
    private final List<String> openers;
    private final List<String> closers;

    CustomerMessages(List<String> bases, List<String> openers, List<String> closers) {
        if (bases.isEmpty() || openers.isEmpty() || closers.isEmpty()) {
            throw new IllegalArgumentException("benchmark messages, openers and closers must not be empty");
        }
        this.bases = List.copyOf(bases);
        this.openers = List.copyOf(openers);
        this.closers = List.copyOf(closers);
    }

    /** The shipped texts. */
    static CustomerMessages load() {
        return new CustomerMessages(lines("bench/customer-messages.txt"), lines("bench/message-openers.txt"),
                lines("bench/message-closers.txt"));
    }

    /** Message {@code k}: the bases in turn, with an opener and a closer that depend on {@code k} only. */
    String text(int k) {
        SplittableRandom random = new SplittableRandom(k);
        String opener = openers.get(random.nextInt(openers.size()));
        String closer = closers.get(random.nextInt(closers.size()));
        String text = bases.get(k % bases.size());
        if (!opener.equals(NONE)) {
            text = opener + " " + text;
        }
        if (!closer.equals(NONE)) {
            text = text + (Character.isLetterOrDigit(closer.charAt(0)) ? " " : "") + closer;
        }
        return text;
    }

    /** How many different texts there are. */
    int variety() {
        return bases.size() * openers.size() * closers.size();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CustomerMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.atende.knowledge;

import io.atende.knowledge.embedding.Embedder;
import io.atende.knowledge.embedding.SubwordEmbedder;
import io.atende.pack.Pack;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on local disk: one directory per {@link PackFingerprint} under the index root. A directory is
 * complete when it holds the {@code READY} file; it is built under a temporary name and renamed into place, so
 * a crash or a second process never sees half an index. An unchanged pack reuses its index; a changed one is
 * rebuilt next to it and the old one removed.
 */
final class IndexStore {

    /** What {@link #open} did. */
    record Opened(LuceneRetriever retriever, IndexInfo info) {
    }

    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    private static final String READY = "READY";
    private static final String MODEL = "subword.model";

    private IndexStore() {
    }

    /**
     * Opens the pack's index under {@code root}, building it first if it is missing or stale (or {@code rebuild}).
     */
    static Opened open(Pack pack, KnowledgeProperties settings, Path root, boolean rebuild) {
        String fingerprint = PackFingerprint.of(pack, settings.embedding());
        Path dir = root.resolve(fingerprint.substring(0, 16));
        long start = System.nanoTime();
        boolean built = false;
        try {
            Files.createDirectories(root);
            if (rebuild || !Files.exists(dir.resolve(READY))) {
                build(pack, settings, root, dir, rebuild);
                built = true;
            }
            LuceneRetriever retriever = openExisting(pack, settings, dir);
            removeOthers(root, dir);
            return new Opened(retriever, new IndexInfo(dir, built, pack.products().size(), pack.knowledge().size(),
                    (System.nanoTime() - start) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + root + ": " + e.getMessage(), e);
        }
    }

    private static void build(Pack pack, KnowledgeProperties settings, Path root, Path dir, boolean replace)
            throws IOException {
        Path tmp = root.resolve(dir.getFileName() + ".tmp-" + UUID.randomUUID());
        Language language = Language.of(pack.identity().language());
        TextAnalyzer analyzer = language.analyzer();
        Embedder embedder = Embedders.create(settings.embedding(), analyzer, Indexes.corpus(pack));
        try (FSDirectory directory = FSDirectory.open(tmp)) {
            IndexBuilder.write(directory, pack.products(), pack.knowledge(), analyzer, embedder);
        }
        if (embedder instanceof SubwordEmbedder subword) {
            try (OutputStream out = Files.newOutputStream(tmp.resolve(MODEL));
                 DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out))) {
                subword.write(data);
            }
        }
        Files.writeString(tmp.resolve(READY), embedder.id() + "\n");
        if (Files.exists(dir)) {
            if (!replace && Files.exists(dir.resolve(READY))) {
                deleteTree(tmp); // another process finished the same index while this one was building
                return;
            }
            deleteTree(dir); // a forced rebuild, or a directory left without READY by a crash
        }
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process built the same fingerprint first: its index is as good as ours
            deleteTree(tmp);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir);
        }
    }

    private static LuceneRetriever openExisting(Pack pack, KnowledgeProperties settings, Path dir) throws IOException {
        Language language = Language.of(pack.identity().language());
        TextAnalyzer analyzer = language.analyzer();
        Embedder embedder;
        if (settings.embedding().provider() == KnowledgeProperties.Provider.BUILTIN) {
            try (InputStream in = Files.newInputStream(dir.resolve(MODEL));
                 DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
                embedder = SubwordEmbedder.read(data, analyzer::words);
            }
        } else {
            embedder = Embedders.create(settings.embedding(), analyzer, List.of());
        }
        return Indexes.open(pack, language, analyzer, embedder, new HybridIndex(FSDirectory.open(dir)), settings);
    }

    /** Leaves only the current index: older fingerprints and temporary directories of dead builds. */
    private static void removeOthers(Path root, Path keep) {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path other : dirs.filter(p -> !p.equals(keep) && Files.isDirectory(p)).toList()) {
                // a temporary directory may belong to a build running right now in another process
                boolean fresh = other.getFileName().toString().contains(".tmp-")
                        && Files.getLastModifiedTime(other).toMillis() > System.currentTimeMillis() - 3_600_000;
                if (!fresh) {
                    deleteTree(other);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("could not remove old indexes under {}: {}", root, e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package io.atende.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** File helpers shared by the pack readers. */
final class PackFiles {

    private PackFiles() {
    }

    static List<Path> list(Path dir, String... suffixes) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().toLowerCase().endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's path inside the pack, with forward slashes, as problems name it. */
    static String name(Path packDir, Path file) {
        return packDir.relativize(file).toString().replace('\\', '/');
    }

    /** The file as UTF-8 text, without a byte-order mark. */
    static String text(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException("the file is not UTF-8 text (save it as UTF-8)", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

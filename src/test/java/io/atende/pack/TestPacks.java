package io.atende.pack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the test pack in temporary directories, for tests that edit pack files. */
public final class TestPacks {

    private TestPacks() {
    }

    /** A copy of the test pack in a new temporary directory. */
    /** A store.yaml with only the required keys, for tests that append one section. */
    static final String MINIMAL_STORE = """
            name: Loja
            language: pt-BR
            currency: BRL
            timezone: America/Sao_Paulo
            """;

    public static Path copyOfTestPack() {
        return copyOf(Path.of("src/test/resources/packs/test-store"));
    }

    /** A copy of any pack in a new temporary directory. */
    public static Path copyOf(Path source) {
        try {
            Path target = Files.createTempDirectory("atende-pack-");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path dest = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or replaces) a file of the pack, creating its folder. */
    static Path write(Path pack, String file, String text) {
        try {
            Path path = pack.resolve(file);
            Files.createDirectories(path.getParent());
            return Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path pack, String file) {
        try {
            Files.delete(pack.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a pack that must fail to load, as {@code file:line: message}. */
    static List<String> problemsOf(Path pack) {
        List<String> out = new java.util.ArrayList<>();
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> e.problems().forEach(p -> out.add(p.toString())));
        return out;
    }

    static List<String> warningsOf(Path pack) {
        return PackLoader.load(pack).warnings().stream().map(PackProblem::toString).toList();
    }
}

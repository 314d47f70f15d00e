package io.atende.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads the LLM engine's prompts: the built-in files of {@code llm/prompts/} on the class path, each replaced by the
 * pack's {@code prompts/<name>.md}. A pack file with an unknown name or an unknown placeholder is a pack error that
 * names the file, so a typo ({@code {{sourcse}}}) never silently sends an empty prompt part.
 */
public final class PromptFiles {

    /** The folder of a pack that holds prompt overrides. */
    public static final String FOLDER = "prompts";
    private static final String BUILT_IN = "llm/prompts/";

    private PromptFiles() {
    }

    /** The built-in prompts, without any pack override. */
    public static PromptTemplates builtIn() {
        Map<String, String> out = new HashMap<>();
        for (String name : PromptTemplates.PLACEHOLDERS.keySet()) {
            out.put(name, resource(name));
        }
        return new PromptTemplates(out);
    }

    /**
     * The prompts for the pack in {@code packDir}: built-in ones replaced by its {@code prompts/*.md}.
     *
     * @throws InvalidPackException naming each file with an unknown name or placeholder
     */
    public static PromptTemplates load(Path packDir) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, String> out = read(packDir, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        return new PromptTemplates(out);
    }

    /** Adds the problems of the pack's prompt files to those of the rest of the pack, when it loads. */
    static void check(Path packDir, List<PackProblem> problems) {
        read(packDir, problems);
    }

    private static Map<String, String> read(Path packDir, List<PackProblem> problems) {
        Map<String, String> out = new HashMap<>(builtIn().templates());
        Path folder = packDir == null ? null : packDir.resolve(FOLDER);
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                String shown = FOLDER + "/" + fileName;
                String name = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : null;
                Set<String> allowed = name == null ? null : PromptTemplates.PLACEHOLDERS.get(name);
                if (allowed == null) {
                    problems.add(new PackProblem(shown, 0, "unknown prompt file; the prompts are "
                            + new TreeSet<>(PromptTemplates.PLACEHOLDERS.keySet()).stream()
                            .map(n -> n + ".md").toList()));
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Set<String> unknown = new TreeSet<>(PromptTemplates.placeholders(text));
                unknown.removeAll(allowed);
                if (!unknown.isEmpty()) {
                    problems.add(new PackProblem(shown, 0, "unknown placeholder(s) " + unknown
                            + "; this prompt may use " + new TreeSet<>(allowed)));
                } else if (text.isBlank()) {
                    problems.add(new PackProblem(shown, 0, "the prompt is empty"));
                } else {
                    out.put(name, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pack's prompts folder", e);
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = PromptFiles.class.getClassLoader().getResourceAsStream(BUILT_IN + name + ".md")) {
            if (in == null) {
                throw new IllegalStateException("the built-in prompt " + name + ".md is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

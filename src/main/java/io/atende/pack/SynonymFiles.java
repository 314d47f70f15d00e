package io.atende.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code synonyms.txt} in the Solr format: {@code celular, smartphone} (equivalent phrases) or
 * {@code airfryer => air fryer} (the left side also searches for the right side). {@code #} starts a comment.
 */
final class SynonymFiles {

    static final String FILE = "synonyms.txt";

    private SynonymFiles() {
    }

    static List<SynonymRule> read(Path packDir, List<PackProblem> problems) {
        Path file = packDir.resolve(FILE);
        List<SynonymRule> rules = new ArrayList<>();
        if (!Files.exists(file)) {
            return rules;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new PackProblem(FILE, 0, "cannot read: " + e.getMessage()));
            return rules;
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).replaceFirst("#.*", "").strip();
            if (!text.isEmpty()) {
                SynonymRule rule = parse(text, i + 1, problems);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }

    private static SynonymRule parse(String text, int line, List<PackProblem> problems) {
        String[] sides = text.split("=>", -1);
        if (sides.length > 2) {
            problems.add(new PackProblem(FILE, line, "one '=>' at most per line"));
            return null;
        }
        List<List<String>> left = phrases(sides[0]);
        List<List<String>> right = sides.length == 2 ? phrases(sides[1]) : left;
        if (left.isEmpty() || right.isEmpty()) {
            problems.add(new PackProblem(FILE, line, "a phrase is missing around '=>'"));
            return null;
        }
        if (sides.length == 1 && left.size() < 2) {
            problems.add(new PackProblem(FILE, line,
                    "write at least two phrases separated by commas ('celular, smartphone') or 'a => b'"));
            return null;
        }
        return new SynonymRule(left, right, line);
    }

    private static List<List<String>> phrases(String side) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : side.split(",")) {
            List<String> words = Arrays.stream(phrase.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }
}

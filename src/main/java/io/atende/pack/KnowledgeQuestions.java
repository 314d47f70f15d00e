package io.atende.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code knowledge/questions.yaml}: for a section id, the ways customers ask for it. Optional; a section may have
 * none. Why a file of its own rather than lines in the documents: the documents are what customers are quoted, and
 * a store often exports them from elsewhere (HTML policies), where such lines would have no place.
 */
final class KnowledgeQuestions {

    static final String FILE = "knowledge/questions.yaml";

    private KnowledgeQuestions() {
    }

    /**
     * Gives each section its questions; names the line of every unknown section id, non-list value, blank or
     * repeated question (compared as {@link DuplicateContent#fold} does: case, accents, punctuation and spacing aside).
     */
    static List<Sourced<KnowledgeEntry>> attach(Path packDir, List<Sourced<KnowledgeEntry>> sections,
                                                List<PackProblem> problems) {
        Path path = packDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return sections;
        }
        YamlNodes yaml = new YamlNodes(FILE, problems);
        MappingNode root = yaml.parse(path);
        if (root == null) {
            return sections;
        }
        Set<String> ids = new LinkedHashSet<>();
        sections.forEach(s -> ids.add(s.value().id()));
        Map<String, List<String>> questions = new HashMap<>();
        for (NodeTuple tuple : root.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || !ids.contains(key.getValue())) {
                String id = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?";
                yaml.problem(tuple.getKeyNode(), "no knowledge section has the id '" + id
                        + "' (ids are <file stem>/<heading slug>, e.g. '" + ids.stream().findFirst()
                        .orElse("faq/como-trocar") + "')");
                continue;
            }
            if (!(tuple.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
                yaml.problem(tuple.getValueNode(), "the questions of '" + key.getValue() + "' must be a non-empty list");
                continue;
            }
            questions.put(key.getValue(), read(yaml, key.getValue(), list));
        }
        List<Sourced<KnowledgeEntry>> out = new ArrayList<>(sections.size());
        for (Sourced<KnowledgeEntry> s : sections) {
            List<String> asked = questions.get(s.value().id());
            KnowledgeEntry e = s.value();
            out.add(asked == null ? s : new Sourced<>(new KnowledgeEntry(e.id(), e.title(), e.text(), e.source(), asked),
                    s.file(), s.line()));
        }
        return out;
    }

    private static List<String> read(YamlNodes yaml, String id, SequenceNode list) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var item : list.getValue()) {
            if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) {
                yaml.problem(item, "the questions of '" + id + "' must be non-empty texts");
            } else if (!seen.add(DuplicateContent.fold(s.getValue()))) {
                yaml.problem(item, "'" + s.getValue().strip() + "' is listed twice for '" + id + "'");
            } else {
                out.add(s.getValue().strip());
            }
        }
        return out;
    }
}

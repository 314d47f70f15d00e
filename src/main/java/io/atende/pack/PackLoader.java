package io.atende.pack;

import io.atende.journey.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads and validates a store pack directory. Every problem is collected with its file and line
 * before failing, so an operator fixes a pack in one pass.
 */
public final class PackLoader {

    /** Templates the journey runtime words its own moments with: a cancellation, a correction, a handoff of its own. */
    public static final Set<String> JOURNEY_MESSAGES = Set.of("journey_cancelled", "journey_corrected",
            "journey_handoff");
    /** Templates that confirm an opt-out of proactive messages ("PARAR") and an opt-in again. */
    public static final Set<String> OPT_OUT_MESSAGES = Set.of("opt_out_confirmed", "opt_in_confirmed");
    /** Templates the engine cannot work without. */
    public static final Set<String> REQUIRED_MESSAGES = Set.of("fallback", "fallback_repeat", "knowledge_answer",
            "knowledge_source", "products_intro", "product_line", "product_out_of_stock", "products_none",
            "products_outro");
    /** The pack's label of a WhatsApp list's button, and WhatsApp's limit on it. */
    private static final String LIST_BUTTON = "whatsapp_list_button";
    /** The most a WhatsApp button's title (and a list's button) holds. */
    private static final int MAX_BUTTON_TITLE = 20;
    private static final String CHOICE_YES = "choice_yes";
    private static final String CHOICE_NO = "choice_no";

    private static final Set<String> DAYS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern HOURS = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d");

    private PackLoader() {
    }

    /**
     * Loads the pack or throws {@link InvalidPackException} listing every problem found; what does not stop the
     * pack is in {@link Pack#warnings()}.
     */
    public static Pack load(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        List<PackProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new InvalidPackException(List.of(new PackProblem(directory.toString(), 0, "no such pack directory")));
        }
        List<PackProblem> warnings = new ArrayList<>();
        Set<String> neededMessages = new java.util.TreeSet<>();
        StoreIdentity identity = readIdentity(dir, problems, neededMessages);
        List<Sourced<Product>> products = CatalogFiles.read(dir, problems, warnings);
        List<Sourced<KnowledgeEntry>> knowledge = KnowledgeQuestions.attach(dir, KnowledgeFiles.read(dir, problems), problems);
        DuplicateContent.check(products, knowledge, warnings);
        List<IntentDefinition> intents = readIntents(dir, problems);
        MessageTemplates messages = readMessages(dir, problems);
        List<SynonymRule> synonyms = SynonymFiles.read(dir, problems);
        PackTools tools = ToolFiles.read(dir, problems);
        Set<String> declaredJourneys = new java.util.HashSet<>();
        List<Journey> journeys = JourneyFiles.read(dir,
                intents.stream().map(IntentDefinition::name).collect(Collectors.toSet()), tools, problems, warnings,
                declaredJourneys);
        if (!journeys.isEmpty()) {
            JOURNEY_MESSAGES.stream().sorted().filter(key -> !messages.has(key)).forEach(key -> warnings.add(
                    new PackProblem("messages.yaml", 0, "journeys need the template '" + key
                            + "' (docs/journeys.md); without it that moment of a journey gets no message")));
        }
        if (!messages.templates().isEmpty() && !messages.has("handoff_registered")) {
            warnings.add(new PackProblem("messages.yaml", 0, "the template 'handoff_registered' is missing: when the"
                    + " agent calls a person on its own (the customer accepts the offer of one, or is very upset) it says"
                    + " the journeys' 'journey_handoff', or nothing (docs/handoff.md)"));
        }
        ReengagementSection.checkMessages(neededMessages, messages, problems);
        if (intents.stream().anyMatch(i -> IntentDefinition.OUT_OF_SCOPE.equals(i.name())) && !messages.templates().isEmpty()
                && !messages.has("out_of_scope")) {
            warnings.add(new PackProblem("messages.yaml", 0, "the intent 'out_of_scope' is answered by the template"
                    + " 'out_of_scope', which is missing: such messages get 'knowledge_unknown' (or 'fallback')"));
        }
        OPT_OUT_MESSAGES.stream().sorted().filter(key -> !messages.has(key)).forEach(key -> warnings.add(new PackProblem(
                "messages.yaml", 0, "the template '" + key + "' is missing: a customer who writes PARAR (or asks to"
                + " receive messages again) is recorded but gets no confirmation")));
        List<ConversationTest> tests = ConversationTestFiles.read(dir, journeys, declaredJourneys, problems);
        PromptFiles.check(dir, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        return new Pack(dir, identity, products.stream().map(Sourced::value).toList(),
                knowledge.stream().map(Sourced::value).toList(), intents, messages, warnings, synonyms, journeys, tools, tests);
    }

    /** Reads store.yaml; adds to {@code neededMessages} the templates its settings require. */
    private static StoreIdentity readIdentity(Path dir, List<PackProblem> problems, Set<String> neededMessages) {
        String file = "store.yaml";
        if (!Files.exists(dir.resolve(file))) {
            problems.add(new PackProblem(file, 0, "missing: every pack needs store.yaml with the store's identity"));
            return null;
        }
        YamlNodes yaml = new YamlNodes(file, problems);
        MappingNode root = yaml.parse(dir.resolve(file));
        if (root == null) {
            return null;
        }
        Map<String, Node> f = yaml.fields(root);
        String name = yaml.text(f, "name", 1, true);
        String language = yaml.text(f, "language", 1, true);
        String currency = yaml.text(f, "currency", 1, true);
        String timezone = yaml.text(f, "timezone", 1, true);
        ZoneId zone = null;
        if (timezone != null) {
            try {
                zone = ZoneId.of(timezone);
            } catch (DateTimeException e) {
                yaml.problem(f.get("timezone"), "unknown timezone '" + timezone + "' (use an IANA name like America/Sao_Paulo)");
            }
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            yaml.problem(f.get("currency"), "currency must be an ISO 4217 code like BRL");
        }
        Map<String, String> hours = new LinkedHashMap<>();
        if (f.get("business_hours") instanceof MappingNode hoursNode) {
            for (var entry : yaml.fields(hoursNode).entrySet()) {
                String value = entry.getValue() instanceof ScalarNode s ? s.getValue().strip() : "";
                if (!DAYS.contains(entry.getKey())) {
                    yaml.problem(entry.getValue(), "unknown day '" + entry.getKey() + "' (use mon, tue, wed, thu, fri, sat, sun)");
                } else if (!HOURS.matcher(value).matches()) {
                    yaml.problem(entry.getValue(), "hours for " + entry.getKey() + " must look like 09:00-18:00");
                } else {
                    hours.put(entry.getKey(), value);
                }
            }
        }
        StoreIdentity.Aggregation aggregation = StoreIdentity.Aggregation.DEFAULT;
        if (f.get("aggregation") instanceof MappingNode agg) {
            Map<String, Node> a = yaml.fields(agg);
            long quiet = number(yaml, a, "quiet_ms", aggregation.quietMs());
            long max = number(yaml, a, "max_ms", aggregation.maxMs());
            if (max < quiet) {
                yaml.problem(agg, "aggregation max_ms must be at least quiet_ms");
            }
            aggregation = new StoreIdentity.Aggregation(quiet, max);
        }
        if (f.containsKey("reengagement")) {
            // also when the section has errors: every problem is reported in one pass
            neededMessages.addAll(ReengagementSection.MESSAGES);
        }
        Locale locale = language == null ? Locale.forLanguageTag("pt-BR") : Locale.forLanguageTag(language);
        return new StoreIdentity(name, locale, currency, zone, yaml.text(f, "persona", 1, false),
                yaml.text(f, "tone", 1, false), hours, aggregation, ReengagementSection.read(yaml, f.get("reengagement")),
                ModelsSection.read(yaml, f.get("models")));
    }

    private static long number(YamlNodes yaml, Map<String, Node> fields, String key, long fallback) {
        Node node = fields.get(key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof ScalarNode s && s.getValue().matches("\\d{1,7}")) {
            return Long.parseLong(s.getValue());
        }
        yaml.problem(node, key + " must be a whole number of milliseconds");
        return fallback;
    }

    private static List<IntentDefinition> readIntents(Path dir, List<PackProblem> problems) {
        List<IntentDefinition> intents = new ArrayList<>();
        String file = "intents.yaml";
        if (!Files.exists(dir.resolve(file))) {
            return intents;
        }
        YamlNodes yaml = new YamlNodes(file, problems);
        MappingNode root = yaml.parse(dir.resolve(file));
        if (root == null) {
            return intents;
        }
        Node list = yaml.fields(root).get("intents");
        if (!(list instanceof SequenceNode seq)) {
            yaml.problem(list == null ? root : list, "expected a list under 'intents'");
            return intents;
        }
        Set<String> names = new java.util.HashSet<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode map)) {
                yaml.problem(item, "each intent must have name, examples and answers");
                continue;
            }
            Map<String, Node> f = yaml.fields(map);
            int line = YamlNodes.line(item);
            String name = yaml.text(f, "name", line, true);
            List<String> examples = yaml.texts(f, "examples", line, true);
            List<String> answers = yaml.texts(f, "answers", line, false);
            if (name != null && !names.add(name)) {
                yaml.problem(item, "duplicate intent '" + name + "'");
            }
            if (name != null && examples.isEmpty()) {
                yaml.problem(item, "intent '" + name + "' has no examples");
            }
            if (IntentDefinition.OUT_OF_SCOPE.equals(name) && !answers.isEmpty()) {
                yaml.problem(f.get("answers"), "intent '" + name + "' takes no answers: the template 'out_of_scope' in"
                        + " messages.yaml answers it");
            }
            if (name != null) {
                intents.add(new IntentDefinition(name, examples, answers));
            }
        }
        return intents;
    }

    private static MessageTemplates readMessages(Path dir, List<PackProblem> problems) {
        String file = "messages.yaml";
        Map<String, String> templates = new LinkedHashMap<>();
        if (!Files.exists(dir.resolve(file))) {
            problems.add(new PackProblem(file, 0, "missing: the pack needs message templates "
                    + REQUIRED_MESSAGES.stream().sorted().toList()));
            return new MessageTemplates(templates);
        }
        YamlNodes yaml = new YamlNodes(file, problems);
        MappingNode root = yaml.parse(dir.resolve(file));
        if (root == null) {
            return new MessageTemplates(templates);
        }
        for (var entry : yaml.fields(root).entrySet()) {
            if (entry.getValue() instanceof ScalarNode s) {
                templates.put(entry.getKey(), s.getValue());
            } else {
                yaml.problem(entry.getValue(), "template '" + entry.getKey() + "' must be a text");
            }
        }
        for (String key : REQUIRED_MESSAGES.stream().sorted().toList()) {
            if (!templates.containsKey(key)) {
                problems.add(new PackProblem(file, 0, "missing required template '" + key + "'"));
            }
        }
        // sim and não go as WhatsApp reply buttons, whose titles hold 20 characters; one without the other offers neither
        for (String key : List.of(CHOICE_YES, CHOICE_NO)) {
            String choice = templates.get(key);
            if (choice != null && (choice.isBlank() || choice.strip().length() > MAX_BUTTON_TITLE)) {
                problems.add(new PackProblem(file, 0, "template '" + key + "' is an answer to tap (a WhatsApp button):"
                        + " 1 to " + MAX_BUTTON_TITLE + " characters, not " + choice.strip().length()));
            }
        }
        if (templates.containsKey(CHOICE_YES) != templates.containsKey(CHOICE_NO)) {
            problems.add(new PackProblem(file, 0, "templates 'choice_yes' and 'choice_no' go together: give both, or"
                    + " neither (no answers to tap under yes-or-no questions)"));
        }
        String listButton = templates.get(LIST_BUTTON);
        if (listButton != null && (listButton.isBlank() || listButton.strip().length() > MAX_BUTTON_TITLE)) {
            problems.add(new PackProblem(file, 0, "template '" + LIST_BUTTON + "' is the label of a WhatsApp list's"
                    + " button: 1 to " + MAX_BUTTON_TITLE + " characters, not " + listButton.strip().length()));
        }
        return new MessageTemplates(templates);
    }
}

package io.atende.cli;

import io.atende.conversation.ConversationProperties;
import io.atende.dataset.ConversationTestReport;
import io.atende.dataset.ConversationTestRunner;
import io.atende.engine.Engine;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./atende test}: runs the pack's conversation tests ({@code tests/*.yaml}) against the local engine, with the
 * demo store API reachable as in {@code ./atende chat}. Exit 0 when all pass, 1 when one fails, 2 for a bad pack or
 * option. The application runs on a throw-away data directory, so tests neither need nor change {@code ./data}.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the pack's conversation tests (tests/*.yaml); exit 0 only if all pass.")
final class TestCommand implements Callable<Integer> {

    @CommandLine.Mixin
    PackOption pack = new PackOption();

    @Option(names = "--json", description = "Print one JSON object: tests, passed, failed, failures.")
    boolean json;

    @Option(names = "--verbose", description = "Also print every turn played: intent, route, journey, attributes, replies.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Path dir = pack.dir();
        if (!Files.isDirectory(dir)) {
            return usageError("pack directory not found: " + dir);
        }
        Pack loaded = PackLoader.load(dir); // a bad pack: every problem with file and line, exit 2
        if (loaded.tests().isEmpty()) {
            return usageError("the pack has no conversation tests (tests/*.yaml, see docs/conversation-tests.md): " + dir);
        }
        Path data = Files.createTempDirectory("atende-test-");
        ConversationTestReport report;
        // the local engine, whatever the environment says: conversation tests must give the same result every run
        try (var context = Launcher.start(dir, false, Map.of("atende.data-dir", data.toString(),
                "atende.llm.provider", ""))) {
            ConversationTestRunner runner = new ConversationTestRunner(context.getBean(Engine.class),
                    context.getBean(ConversationProperties.class).historySize(), context.getBean(Clock.class));
            report = runner.run(loaded.tests(), verbose && !json ? TestCommand::trace : played -> { });
        } finally {
            delete(data);
        }
        PrintStream out = System.out;
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(toMap(report)));
        } else {
            print(report, out);
        }
        out.flush();
        return report.failed() == 0 ? 0 : 1;
    }

    /** A pack that cannot be tested: one line on stderr and exit 2, like a bad option. */
    private static int usageError(String message) {
        System.err.println("atende: " + message);
        return 2;
    }

    private static void trace(ConversationTestRunner.PlayedTurn p) {
        var u = p.after().understood();
        System.out.printf("%s #%d \"%s\"%n  intent=%s route=%s journey=%s outcome=%s handoff=%s%n  attributes=%s%n",
                p.test(), p.turn(), p.customer(), u == null ? "-" : u.intent(), u == null ? "-" : u.route(),
                p.after().journey() == null ? "none" : p.after().journey().journey(), p.outcome(), p.handoff(),
                p.after().attributes());
        p.after().replies().forEach(r -> System.out.println("  agent: " + r.replace("\n", " / ")));
        List<String> offered = ConversationTestRunner.offered(p.after());
        if (!offered.isEmpty()) {
            System.out.println("  choices: " + offered);
        }
    }

    private static void print(ConversationTestReport report, PrintStream out) {
        for (ConversationTestReport.Failure f : report.failures()) {
            out.printf("FAIL %s (%s:%d) turn %d: \"%s\"%n", f.test(), f.file(), f.line(), f.turn(), f.customer());
            for (ConversationTestReport.Mismatch m : f.mismatches()) {
                out.printf("  %s: expected %s, got %s%n", m.expectation(), m.expected(), m.actual());
            }
            if (f.replies().isEmpty()) {
                out.println("  the agent said nothing");
            }
            f.replies().forEach(r -> out.println("  agent: " + r.replace("\n", " / ")));
        }
        out.printf("%d tests, %d passed, %d failed%n", report.tests(), report.passed(), report.failed());
    }

    static Map<String, Object> toMap(ConversationTestReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tests", report.tests());
        out.put("passed", report.passed());
        out.put("failed", report.failed());
        out.put("failures", report.failures().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("test", f.test());
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("turn", f.turn());
            m.put("customer", f.customer());
            m.put("mismatches", f.mismatches().stream().map(x -> Map.of("expectation", x.expectation(),
                    "expected", x.expected(), "actual", x.actual())).toList());
            m.put("replies", f.replies());
            return m;
        }).toList());
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.atende.cli;

import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.PackProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./atende validate}: loads a pack and reports every error and warning with file and line, plus the parts a
 * pack may lack without an error but that a store almost always means to have. Exit 0 valid, 2 not valid.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a pack: every error and warning with file and line; exit 0 valid, 2 not valid.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    PackOption pack = new PackOption();

    @Override
    public Integer call() {
        Path dir = pack.dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("pack directory not found: " + dir);
        }
        Pack loaded = PackLoader.load(dir); // not valid: AtendeCommand prints every problem and exits 2
        for (PackProblem warning : loaded.warnings()) {
            System.out.println("warning: " + warning);
        }
        for (String note : missingParts(loaded)) {
            System.out.println("note: " + note);
        }
        System.out.printf("%s: valid — %d products, %d knowledge sections, %d intents, %d journeys, %d tools,"
                        + " %d conversation tests; %d warning(s)%n", dir, loaded.products().size(),
                loaded.knowledge().size(), loaded.intents().size(), loaded.journeys().size(),
                loaded.tools().tools().size(), loaded.tests().size(), loaded.warnings().size());
        return 0;
    }

    /** What an empty part means for the customer, said in the words of the pack format. */
    static List<String> missingParts(Pack p) {
        List<String> notes = new ArrayList<>();
        if (p.intents().isEmpty()) {
            notes.add("no intents.yaml: greetings and thanks get the fallback message");
        }
        if (p.products().isEmpty()) {
            notes.add("no products in catalog/: product questions always find nothing");
        }
        if (p.knowledge().isEmpty()) {
            notes.add("no knowledge/ sections: policy questions are never answered");
        }
        if (p.tests().isEmpty()) {
            notes.add("no tests/: ./atende test has nothing to run (docs/conversation-tests.md)");
        }
        return notes;
    }
}

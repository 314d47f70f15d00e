package io.atende.nlu.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Prints the figures for docs/benchmarks.md and guards against regressions. Tune on the dev file (its misses
 * are printed); the reporting file only prints its figures, never its misses.
 */
class SentimentEvaluationTest {

    private static final Path DEV = Path.of("packs/demo-store/eval/sentiment-dev.jsonl");
    private static final Path REPORTING = Path.of("packs/demo-store/eval/sentiment.jsonl");

    private final SentimentAnalyzer analyzer = SentimentAnalyzer.ptBr();

    @Test
    void shouldReportFiguresOnTheDevSet() {
        SentimentEvaluation.Report report = SentimentEvaluation.evaluate(analyzer, DEV);
        System.out.println("sentiment-dev " + report.toJson());
        if (Boolean.getBoolean("atende.printMisses")) {
            report.misses().forEach(m -> System.out.println("MISS " + m));
        }
        assertThat(report.lines()).isEqualTo(100);
        assertThat(report.sentimentAccuracy()).isGreaterThan(0.6);
    }

    @Test
    void shouldReportFiguresOnTheHeldOutSet() {
        SentimentEvaluation.Report report = SentimentEvaluation.evaluate(analyzer, REPORTING);
        System.out.println("sentiment " + report.toJson());
        assertThat(report.lines()).isGreaterThanOrEqualTo(300);
        assertThat(report.sentimentAccuracy()).isGreaterThan(0.5);
    }
}

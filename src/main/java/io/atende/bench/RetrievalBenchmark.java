package io.atende.bench;

import io.atende.knowledge.IndexInfo;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.KnowledgeProperties;
import io.atende.knowledge.LuceneRetriever.Mode;
import io.atende.knowledge.RankedHit;
import io.atende.knowledge.eval.EvalQueries;
import io.atende.knowledge.eval.EvalQuery;
import io.atende.knowledge.eval.EvalReport;
import io.atende.knowledge.eval.RetrievalEvaluation;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.br.BrazilianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * {@code bench retrieval}: on the pack's judged queries, the hybrid retriever side by side with plain Lucene BM25
 * (StandardAnalyzer, and the Brazilian analyzer with folding), its own BM25 side alone and its vector side alone;
 * then index build throughput and query latency on a synthetic catalog of {@code synthetic} products.
 */
public final class RetrievalBenchmark {

    /**
     * @param pack        the store pack (its products seed the synthetic catalog)
     * @param queries     judged queries, {@code {"query", "relevant"}} per line
     * @param synthetic   products in the synthetic catalog; 0 skips the scale part
     * @param timedRounds timed passes over the queries per system, after the scored one
     */
    public record Config(Path pack, Path queries, int synthetic, int timedRounds) {

        public Config {
            if (synthetic < 0 || synthetic > 2_000_000) {
                throw new IllegalArgumentException("--synthetic must be between 0 and 2000000, got " + synthetic);
            }
            if (timedRounds < 1 || timedRounds > 100) {
                throw new IllegalArgumentException("timed rounds must be between 1 and 100, got " + timedRounds);
            }
        }
    }

    private final Config config;
    private final KnowledgeProperties settings;
    private final Consumer<String> progress;

    public RetrievalBenchmark(Config config, KnowledgeProperties settings, Consumer<String> progress) {
        this.config = config;
        this.settings = settings;
        this.progress = progress;
    }

    public RetrievalBenchReport run() throws Exception {
        double loadBefore = ProcessMemory.loadAverage();
        List<EvalQuery> queries = EvalQueries.read(config.queries());
        Pack pack = PackLoader.load(config.pack());
        Map<String, EvalReport> quality = new LinkedHashMap<>();
        progress.accept("quality: " + queries.size() + " queries over " + pack.products().size() + " products and "
                + pack.knowledge().size() + " sections");
        try (KnowledgeBase knowledge = KnowledgeBase.inMemory(pack, settings);
             PlainBm25 standard = new PlainBm25(pack, new StandardAnalyzer());
             PlainBm25 brazilian = new PlainBm25(pack, brazilianFolding())) {
            quality.put("hybrid", evaluate(queries, q -> ids(knowledge.ask(q, RetrievalEvaluation.DEPTH, Mode.HYBRID))));
            quality.put("bm25_standard", evaluate(queries, q -> standard.rank(q, RetrievalEvaluation.DEPTH)));
            quality.put("bm25_brazilian", evaluate(queries, q -> brazilian.rank(q, RetrievalEvaluation.DEPTH)));
            quality.put("bm25_side", evaluate(queries, q -> ids(knowledge.ask(q, RetrievalEvaluation.DEPTH, Mode.BM25))));
            quality.put("dense_only", evaluate(queries, q -> ids(knowledge.ask(q, RetrievalEvaluation.DEPTH, Mode.DENSE))));
        }
        RetrievalBenchReport.Scale scale = config.synthetic() == 0 ? null : scale(pack, queries);
        return new RetrievalBenchReport(config, settings, queries.size(), quality, scale, loadBefore,
                ProcessMemory.loadAverage());
    }

    private RetrievalBenchReport.Scale scale(Pack pack, List<EvalQuery> queries) throws Exception {
        List<Product> products = SyntheticCatalog.generate(pack.products(), config.synthetic());
        Pack synthetic = new Pack(pack.directory(), pack.identity(), products, pack.knowledge(), pack.intents(),
                pack.messages(), pack.warnings(), pack.synonyms());
        Path root = Files.createTempDirectory("atende-bench-index-");
        try {
            progress.accept("scale: building the index of " + products.size() + " synthetic products on disk");
            System.gc(); // the quality part's garbage should not be collected inside the build
            long cpuBefore = ProcessMemory.cpuNanos();
            try (KnowledgeBase knowledge = KnowledgeBase.onDisk(synthetic, settings, root, true)) {
                double cpuSeconds = (ProcessMemory.cpuNanos() - cpuBefore) / 1e9;
                IndexInfo info = knowledge.index().orElseThrow();
                long bytes = size(info.directory());
                progress.accept(String.format("scale: built in %.1f s; querying", info.seconds()));
                Map<String, EvalReport> latency = new LinkedHashMap<>();
                latency.put("hybrid", evaluate(queries, q -> ids(knowledge.ask(q, RetrievalEvaluation.DEPTH, Mode.HYBRID))));
                latency.put("bm25_side", evaluate(queries, q -> ids(knowledge.ask(q, RetrievalEvaluation.DEPTH, Mode.BM25))));
                latency.put("dense_only", evaluate(queries, q -> ids(knowledge.ask(q, RetrievalEvaluation.DEPTH, Mode.DENSE))));
                try (PlainBm25 standard = new PlainBm25(synthetic, new StandardAnalyzer())) {
                    latency.put("bm25_standard", evaluate(queries, q -> standard.rank(q, RetrievalEvaluation.DEPTH)));
                }
                return new RetrievalBenchReport.Scale(products.size(), info.seconds(), cpuSeconds, bytes, latency);
            }
        } finally {
            deleteTree(root);
        }
    }

    private EvalReport evaluate(List<EvalQuery> queries, Function<String, List<String>> ranker) {
        return RetrievalEvaluation.run(queries, ranker, config.timedRounds());
    }

    private static List<String> ids(List<RankedHit> hits) {
        return hits.stream().map(RankedHit::id).toList();
    }

    /** Lucene's Brazilian analyzer with accent folding before the stop words and the stemmer. */
    static Analyzer brazilianFolding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new BrazilianStemFilter(new StopFilter(
                        new ASCIIFoldingFilter(new LowerCaseFilter(source)), BrazilianAnalyzer.getDefaultStopSet())));
            }
        };
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}

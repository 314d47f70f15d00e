package io.atende.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metric definitions of docs/knowledge.md, on rankings small enough to check by hand. */
class RankingMetricsTest {

    private static final List<String> RANKED = List.of("a", "x", "b", "y", "z", "c");

    @Test
    void shouldDivideRecallByWhatFitsInTheTopFive() {
        assertThat(RankingMetrics.recall(RANKED, Set.of("a", "b"), 5)).isEqualTo(1.0);
        assertThat(RankingMetrics.recall(RANKED, Set.of("a", "c"), 5)).isEqualTo(0.5);
        // six relevant ids: at most five fit, and three of them are there
        assertThat(RankingMetrics.recall(RANKED, Set.of("a", "b", "c", "d", "e", "f"), 5)).isEqualTo(0.4);
        assertThat(RankingMetrics.recall(List.of(), Set.of("a"), 5)).isZero();
    }

    @Test
    void shouldTakeTheReciprocalRankOfTheFirstRelevantIdWithinTen() {
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("b", "c"), 10)).isEqualTo(1.0 / 3);
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("c"), 5)).isZero();
    }

    @Test
    void shouldNormaliseDiscountedGainByTheIdealOrder() {
        // gains at ranks 1 and 3: 1 + 1/log2(4) = 1.5; ideal for two relevant ids: 1 + 1/log2(3)
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2));
        assertThat(RankingMetrics.ndcg(RANKED, Set.of("a", "b"), 10)).isCloseTo(1.5 / ideal, within(1e-9));
        assertThat(RankingMetrics.ndcg(List.of("a", "b"), Set.of("a", "b"), 10)).isCloseTo(1.0, within(1e-9));
    }
}

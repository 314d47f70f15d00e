package io.atende.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The out-of-scope threshold is the lowest that reaches the wanted recall on held-out examples. */
class CalibrationTest {

    @Test
    void shouldPickTheLowestThresholdThatCatchesTheWantedShareOfOutOfScope() {
        // Two classes, no oos class; out-of-scope examples have best confidences 0.55, 0.6, 0.7, 0.9 at T = 1.
        List<Calibration.HeldOut> heldOut = List.of(
                new Calibration.HeldOut(new double[] {Math.log(0.55 / 0.45), 0}, -1),
                new Calibration.HeldOut(new double[] {Math.log(0.6 / 0.4), 0}, -1),
                new Calibration.HeldOut(new double[] {Math.log(0.7 / 0.3), 0}, -1),
                new Calibration.HeldOut(new double[] {Math.log(0.9 / 0.1), 0}, -1),
                new Calibration.HeldOut(new double[] {5, 0}, 0),
                new Calibration.HeldOut(new double[] {0, 5}, 1));
        Calibration half = Calibration.fit(heldOut, -1, 0.5, 0.3);
        double[] second = Calibration.softmax(heldOut.get(1).scores(), half.temperature());
        assertThat(half.threshold()).isGreaterThan(second[0]).isLessThan(second[0] + 1e-9);
        assertThat(Calibration.fit(heldOut, -1, 0, 0.3).threshold()).isZero();
    }

    @Test
    void shouldKeepTheFallbackThresholdWithoutOutOfScopeExamples() {
        List<Calibration.HeldOut> heldOut = List.of(new Calibration.HeldOut(new double[] {3, 0}, 0),
                new Calibration.HeldOut(new double[] {0, 3}, 1), new Calibration.HeldOut(new double[] {1, 0}, 1));
        Calibration c = Calibration.fit(heldOut, -1, 0.6, 0.42);
        assertThat(c.threshold()).isEqualTo(0.42);
        assertThat(c.temperature()).isBetween(0.05, 20.0);
    }
}

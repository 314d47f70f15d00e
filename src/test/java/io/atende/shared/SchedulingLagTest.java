package io.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SchedulingLagTest {

    @Test
    void shouldSeeThreadsWakeLateWhileEveryCoreIsBusyAndOnTimeWhenNot() throws Exception {
        try (SchedulingLag lag = new SchedulingLag()) {
            TimeUnit.MILLISECONDS.sleep(300);
            lag.takeWorstNanos();
            TimeUnit.MILLISECONDS.sleep(300);
            long quiet = lag.takeWorstNanos();

            AtomicBoolean spin = new AtomicBoolean(true);
            List<Thread> hogs = new ArrayList<>();
            // four runnable threads a core: the probe waits its turn for one
            for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
                hogs.add(Thread.ofPlatform().daemon().start(() -> {
                    long x = 0;
                    while (spin.get()) {
                        x += System.nanoTime() % 7;
                    }
                    if (x == 42) {
                        System.out.print("");
                    }
                }));
            }
            try {
                TimeUnit.MILLISECONDS.sleep(1500);
            } finally {
                spin.set(false);
                for (Thread t : hogs) {
                    t.join();
                }
            }
            long busy = lag.takeWorstNanos();
            assertThat(busy).as("late while the cores were busy").isGreaterThan(CpuGate.ON_TIME_NANOS);
            assertThat(busy).isGreaterThan(quiet);
        }
    }
}

package io.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CpuGateTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inside = new AtomicInteger();

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    /** Work that stays inside the gate, computing, until released. */
    private void busy(CpuGate gate) {
        threads.execute(() -> gate.run(() -> {
            inside.incrementAndGet();
            block(release);
            return null;
        }));
    }

    /** Starts work that waits (without its permit) until {@code answered}; returns once it waits. */
    private void waitOnTheNetwork(CpuGate gate, CountDownLatch answered) {
        CountDownLatch waiting = new CountDownLatch(1);
        threads.execute(() -> gate.run(() -> CpuGate.whileWaiting(() -> {
            waiting.countDown();
            block(answered);
            return null;
        })));
        block(waiting);
    }

    private static void block(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldLetAllWorkThroughWhileNotLimited() {
        CpuGate gate = new CpuGate(1, 100);
        busy(gate);
        busy(gate);
        busy(gate);
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == 3);
    }

    /**
     * Starts one more piece of busy work than {@code through} can pass: it waits until the others are released,
     * and then every permit ({@code free}) is back.
     */
    private void assertHoldsWorkBeyond(int through, CpuGate gate, IntSupplier free) throws InterruptedException {
        for (int i = 0; i <= through; i++) {
            busy(gate);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == through);
        Thread.sleep(200);
        assertThat(inside.get()).as("the one beyond waits for a place").isEqualTo(through);
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == through + 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> free.getAsInt() == through);
    }

    /**
     * In a gate of one place ({@code free} permits), work waiting on "the network" holds none: busy work computes
     * meanwhile, and afterwards the place is free again.
     */
    private void assertAWaitHoldsNoPlace(CpuGate gate, IntSupplier free) {
        CountDownLatch answered = new CountDownLatch(1);
        waitOnTheNetwork(gate, answered);
        busy(gate);
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == 1);
        release.countDown();
        answered.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> free.getAsInt() == 1);
    }

    @Test
    void shouldHoldWorkBeyondItsSlotsWhileLimited() throws Exception {
        CpuGate gate = new CpuGate(1, 100);
        gate.limit(true);
        assertHoldsWorkBeyond(1, gate, gate::available);
    }

    @Test
    void shouldGiveTheSlotBackWhileTheWorkWaitsOnTheNetwork() {
        CpuGate gate = new CpuGate(1, 100);
        gate.limit(true);
        assertAWaitHoldsNoPlace(gate, gate::available);
    }

    @Test
    void shouldNotLeakASlotWhenTheLimitEndsDuringAWait() {
        CpuGate gate = new CpuGate(2, 100);
        gate.limit(true);
        CountDownLatch answered = new CountDownLatch(1);
        waitOnTheNetwork(gate, answered);
        gate.limit(false);
        answered.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> gate.available() == 2);
        gate.limit(true);
        busy(gate);
        busy(gate);
        busy(gate);
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == 2);
        assertThat(gate.available()).isZero();
    }

    @Test
    void shouldKeepAPermitIdleForItsShareAfterComputingButNotAfterWaiting() throws Exception {
        CpuGate gate = new CpuGate(1, 50);
        gate.limit(true);
        long[] firstDone = new long[1];
        long[] secondIn = new long[1];
        threads.submit(() -> gate.run(() -> {
            long until = System.nanoTime() + 150_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // computing for 150 ms
            }
            firstDone[0] = System.nanoTime();
            return null;
        }));
        Thread.sleep(20);
        threads.submit(() -> gate.run(() -> secondIn[0] = System.nanoTime())).get(10, TimeUnit.SECONDS);
        // at 50 %, 150 ms of computing keeps the permit idle for another 150 ms (a lower bound: never earlier)
        assertThat((secondIn[0] - firstDone[0]) / 1_000_000).isGreaterThanOrEqualTo(140);

        // a wait earns no rest: 300 ms on "the network" and hardly any computing, so the permit is not kept idle
        // afterwards (at 50 % of 300 ms it would rest 300 ms more before the work returns)
        long started = System.nanoTime();
        threads.submit(() -> gate.run(() -> CpuGate.whileWaiting(() -> {
            sleep(300);
            return null;
        }))).get(10, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(450);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldRunAWaitOutsideAnyGateAsItIs() {
        assertThat(CpuGate.whileWaiting(() -> 42)).isEqualTo(42);
    }

    @Test
    void shouldLowerTheShareWhileThreadsWakeLateAndLiftTheLimitOnceTheyWakeOnTimeAgain() {
        CpuGate gate = CpuGate.adaptive(1, 10);
        gate.limit(true);
        assertThat(gate.limited()).as("overloaded, but requests do not wait: no limit").isFalse();
        long late = CpuGate.LATE_NANOS + 1;
        gate.adapt(late);
        assertThat(gate.percent()).isEqualTo(50);
        assertThat(gate.limited()).isTrue();
        gate.adapt(late);
        gate.adapt(late);
        gate.adapt(late);
        assertThat(gate.percent()).as("never under the floor").isEqualTo(10);
        gate.adapt((CpuGate.LATE_NANOS + CpuGate.ON_TIME_NANOS) / 2);
        assertThat(gate.percent()).as("between on time and late: held").isEqualTo(10);
        for (int i = 0; i < 9; i++) {
            gate.adapt(0);
        }
        assertThat(gate.percent()).isEqualTo(100);
        assertThat(gate.limited()).as("on time again: turns use every core").isFalse();
    }

    @Test
    void shouldLimitAnAdaptiveGateOnlyUnderOverload() {
        CpuGate gate = CpuGate.adaptive(1, 10);
        gate.adapt(CpuGate.LATE_NANOS + 1);
        assertThat(gate.limited()).as("threads late, but no backlog of turns").isFalse();
        gate.limit(true);
        assertThat(gate.limited()).isTrue();
        busy(gate);
        busy(gate);
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == 1);
        gate.limit(false);
        busy(gate);
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == 2);
    }

    @Test
    void shouldNotMoveAFixedGatesShare() {
        CpuGate gate = new CpuGate(1, 25);
        gate.adapt(CpuGate.LATE_NANOS * 10);
        gate.adapt(0);
        assertThat(gate.percent()).isEqualTo(25);
        assertThat(gate.adaptive()).isFalse();
        gate.limit(true);
        assertThat(gate.limited()).isTrue();
    }

    @Test
    void shouldCapWorkComputingAtOnceEvenWithoutOverload() throws Exception {
        CpuGate gate = CpuGate.capped(2);
        assertThat(gate.limited()).as("no overload limit").isFalse();
        assertHoldsWorkBeyond(2, gate, gate::uncapped);
    }

    @Test
    void shouldNotCountWorkWaitingOnTheNetworkAgainstTheCap() {
        CpuGate gate = CpuGate.capped(1);
        assertAWaitHoldsNoPlace(gate, gate::uncapped);
    }

    @Test
    void shouldGiveBackBothPermitsWhenCappedUnderOverload() {
        CpuGate gate = CpuGate.adaptiveForThisMachine(10, 1);
        gate.limit(true);
        gate.adapt(CpuGate.LATE_NANOS + 1);
        assertThat(gate.limited()).isTrue();
        CountDownLatch answered = new CountDownLatch(1);
        waitOnTheNetwork(gate, answered);
        assertThat(gate.uncapped()).as("a wait holds neither permit").isEqualTo(1);
        assertThat(gate.available()).isEqualTo(gate.slots());
        busy(gate);
        await().atMost(Duration.ofSeconds(5)).until(() -> inside.get() == 1);
        gate.limit(false);
        release.countDown();
        answered.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> gate.uncapped() == 1 && gate.available() == gate.slots());
        assertThat(gate.computing()).isEqualTo(1);
    }

    @Test
    void shouldRefuseACapThatLetsNothingThrough() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CpuGate.capped(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

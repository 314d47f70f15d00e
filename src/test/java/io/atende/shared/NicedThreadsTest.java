package io.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NicedThreadsTest {

    private static OptionalInt niceSeenInside(ThreadFactory factory) throws Exception {
        CompletableFuture<OptionalInt> seen = new CompletableFuture<>();
        factory.newThread(() -> seen.complete(NicedThreads.currentThreadId().stream()
                .flatMap(tid -> NicedThreads.niceOf(tid).stream()).findFirst())).start();
        return seen.get(10, TimeUnit.SECONDS);
    }

    private static void assumeLinuxWithRenice() {
        assumeTrue(NicedThreads.currentThreadId().isPresent(), "needs Linux's /proc/thread-self");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
                "needs renice (util-linux)");
    }

    @Test
    void shouldRunTheThreadsItMakesAtTheNiceValueAsked() throws Exception {
        assumeLinuxWithRenice();
        int own = NicedThreads.niceOf(NicedThreads.currentThreadId().getAsInt()).orElseThrow();
        assumeTrue(own < 7, "this JVM already runs at nice " + own);
        assertThat(niceSeenInside(NicedThreads.factory("niced-", 7))).hasValue(7);
    }

    @Test
    void shouldSetTheValueAskedNotAddItWhenANicedThreadMakesAnother() throws Exception {
        // a pool replaces a dead worker from another worker, which runs niced already: 7 must stay 7, not become 14
        assumeLinuxWithRenice();
        int own = NicedThreads.niceOf(NicedThreads.currentThreadId().getAsInt()).orElseThrow();
        assumeTrue(own < 7, "this JVM already runs at nice " + own);
        ThreadFactory niced = NicedThreads.factory("niced-", 7);
        CompletableFuture<OptionalInt> seen = new CompletableFuture<>();
        niced.newThread(() -> {
            try {
                seen.complete(niceSeenInside(niced));
            } catch (Exception e) {
                seen.completeExceptionally(e);
            }
        }).start();
        assertThat(seen.get(20, TimeUnit.SECONDS)).hasValue(7);
    }

    @Test
    void shouldRefuseANiceValueOutsideWhatAThreadMayLowerItselfTo() {
        assertThatThrownBy(() -> NicedThreads.factory("x-", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..19");
        assertThatThrownBy(() -> NicedThreads.factory("x-", 20)).isInstanceOf(IllegalArgumentException.class);
    }
}

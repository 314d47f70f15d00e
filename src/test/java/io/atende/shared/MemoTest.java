package io.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void shouldComputeEachKeyOnceWhileItFits() {
        Memo<String, Integer> memo = new Memo<>(10);
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertThat(memo.get("pix", k -> {
                calls.incrementAndGet();
                return k.length();
            })).isEqualTo(3);
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void shouldNeverHoldMoreThanItsCapacity() {
        Memo<Integer, Integer> memo = new Memo<>(100);
        for (int i = 0; i < 10_000; i++) {
            assertThat(memo.get(i, k -> k * 2)).isEqualTo(i * 2);
            assertThat(memo.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void shouldRejectANonPositiveCapacity() {
        assertThatThrownBy(() -> new Memo<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

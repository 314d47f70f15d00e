package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerMessagesTest {

    @Test
    void shouldSendMostlyDifferentTextsSoThatNothingRememberedFlattersTheBenchmark() {
        CustomerMessages messages = CustomerMessages.load();
        Set<String> first2000 = new HashSet<>();
        IntStream.range(0, 2000).forEach(k -> first2000.add(messages.text(k)));
        assertThat(messages.variety()).isGreaterThan(3000);
        assertThat(first2000.size()).isGreaterThan(1300);
        assertThat(messages.text(123)).isEqualTo(CustomerMessages.load().text(123));
    }

    @Test
    void shouldJoinOpenersAndClosersLikeAPersonTypes() {
        CustomerMessages messages = new CustomerMessages(List.of("tem pix"), List.of("oi,"), List.of("?"));
        assertThat(messages.text(0)).isEqualTo("oi, tem pix?");
        assertThat(new CustomerMessages(List.of("tem pix"), List.of("(none)"), List.of("por favor")).text(5))
                .isEqualTo("tem pix por favor");
    }
}

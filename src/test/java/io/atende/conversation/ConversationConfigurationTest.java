package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.shared.CpuGate;
import org.junit.jupiter.api.Test;

class ConversationConfigurationTest {

    private static ConversationProperties properties(int overloadTurnPercent, int computingTurns) {
        return new ConversationProperties(-1, 15_000, 200, 64, 20, 0, 5_000, 3, 15_000, overloadTurnPercent, true,
                256, 10, computingTurns);
    }

    @Test
    void shouldLetFourTurnsPerCoreComputeAtOnceByDefault() {
        CpuGate gate = ConversationConfiguration.cpuGate(properties(0, 0));
        assertThat(gate.computing()).isEqualTo(4 * Runtime.getRuntime().availableProcessors());
        assertThat(gate.adaptive()).as("no overload limit unless asked for").isFalse();
    }

    @Test
    void shouldKeepTheCapWhenTheOverloadLimitIsOn() {
        CpuGate gate = ConversationConfiguration.cpuGate(properties(10, 3));
        assertThat(gate.computing()).isEqualTo(3);
        assertThat(gate.adaptive()).isTrue();
    }
}

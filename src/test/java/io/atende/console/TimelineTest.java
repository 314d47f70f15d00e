package io.atende.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.conversation.ConversationEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static ConversationEvent event(String type, Map<String, Object> payload) {
        return new ConversationEvent(1, type, payload, Instant.parse("2026-12-07T05:00:00Z"));
    }

    @Test
    void shouldLeaveOrdinaryDeliveriesToTheTranscriptAndNameTemplatesAndFailures() {
        assertThat(Timeline.describe(event("delivery.sent", Map.of("external_ids", List.of("wamid.A")))))
                .as("shown next to the reply already").isNull();
        assertThat(Timeline.describe(event("delivery.sent", Map.of("external_ids", List.of("wamid.B"),
                "template", "retomada_pedido")))).isEqualTo(
                "Resposta enviada como modelo retomada_pedido (fora da janela de 24 h do WhatsApp)");
        assertThat(Timeline.describe(event("delivery.failed", Map.of("error_code", "131026"))))
                .isEqualTo("Resposta não entregue pelo WhatsApp (erro 131026)");
    }

    @Test
    void shouldShowTheTypeOfAnEventItDoesNotKnowSoThatNothingIsHidden() {
        assertThat(Timeline.describe(event("something.new", Map.of()))).isEqualTo("something.new");
    }
}

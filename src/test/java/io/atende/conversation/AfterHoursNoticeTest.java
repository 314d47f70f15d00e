package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AfterHoursNoticeTest {

    private final Pack demo = PackLoader.load(Path.of("packs/demo-store"));

    @Test
    void shouldSayWhenTheTeamAnswersWhenAPersonIsAskedForOnASundayNight() {
        // Sunday 22:00 in São Paulo
        assertThat(ConversationConfiguration.afterHoursNotice(demo, Instant.parse("2026-12-07T01:00:00Z")))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("fora do horário").contains("segunda-feira, 07/12, às 09:00").doesNotContain("{{"));
    }

    @Test
    void shouldSayNothingWithinBusinessHours() {
        // Monday 10:00 in São Paulo
        assertThat(ConversationConfiguration.afterHoursNotice(demo, Instant.parse("2026-12-07T13:00:00Z"))).isEmpty();
    }
}

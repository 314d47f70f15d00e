package io.atende.pack;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.pack}: which store pack to serve, and live reload.
 *
 * @param dir          the pack directory ({@code --pack DIR}, {@code ATENDE_PACK_DIR})
 * @param watch        reload the pack when its files change ({@code ATENDE_PACK_WATCH}; {@code serve} turns it on)
 * @param watchQuietMs how long the files must stay unchanged after an edit before the pack is reloaded
 * @param watchPollMs  how often the files are looked at
 */
@Validated
@ConfigurationProperties("atende.pack")
public record PackProperties(@NotBlank String dir,
                             @DefaultValue("false") boolean watch,
                             @DefaultValue("500") @Min(50) @Max(60_000) long watchQuietMs,
                             @DefaultValue("250") @Min(10) @Max(60_000) long watchPollMs) {
}

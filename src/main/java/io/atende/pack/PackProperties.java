package io.atende.pack;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code atende.pack}: which store pack to serve ({@code --pack DIR}). */
@Validated
@ConfigurationProperties("atende.pack")
public record PackProperties(@NotBlank String dir) {
}

package io.atende;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.*} settings shared by every module: where the data lives.
 *
 * @param dataDir directory of the embedded database, index and keys ({@code ATENDE_DATA_DIR})
 */
@Validated
@ConfigurationProperties("atende")
public record AtendeProperties(@NotBlank String dataDir) {

    public Path dataDirPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }
}

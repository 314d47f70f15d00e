package io.atende.knowledge;

import java.nio.file.Path;

/**
 * The on-disk index a knowledge base runs on.
 *
 * @param directory where it is (one directory per pack fingerprint under {@code ATENDE_DATA_DIR/index})
 * @param built     whether it was built now, rather than reused because the pack did not change
 * @param products  products indexed
 * @param sections  knowledge sections indexed
 * @param seconds   time to build (or just open) it
 */
public record IndexInfo(Path directory, boolean built, int products, int sections, double seconds) {
}

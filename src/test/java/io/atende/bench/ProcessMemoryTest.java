package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMemoryTest {

    @Test
    void shouldCountWhatAProcessHadWrittenToTheDisk(@TempDir Path dir) throws Exception {
        OptionalLong before = ProcessMemory.diskWrittenBytes("self");
        Assumptions.assumeTrue(before.isPresent(), "needs Linux's /proc/self/io to count disk writes");
        Assumptions.assumeFalse("tmpfs".equals(Files.getFileStore(dir).type()),
                "the temporary directory is in memory (tmpfs): nothing there reaches a disk");
        try (FileChannel out = FileChannel.open(dir.resolve("f"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(1 << 20);
            for (int i = 0; i < 4; i++) {
                out.write(block.clear());
            }
            out.force(true);
        }
        long written = ProcessMemory.diskWrittenBytes("self").orElseThrow() - before.getAsLong();
        assertThat(written).isGreaterThanOrEqualTo(4L << 20);
    }

    @Test
    void shouldReportNothingForAProcessThatIsNotThere() {
        assertThat(ProcessMemory.diskWrittenBytes("no-such-process")).isEmpty();
        assertThat(ProcessMemory.peakRssMb("no-such-process")).isEmpty();
    }
}

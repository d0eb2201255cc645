package memoryimport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonWriterTest {

    @Test
    void carriesOverridesApplied(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        SummaryJsonWriter.write(file, ReportFixtures.summary(Map.of()));
        assertThat(Files.readString(file)).contains("\"overrides_applied\" : 2");

        RunSummary old = new RunSummary("r", "in", null, null, Map.of(), List.of(), Map.of(), Map.of(), Map.of(),
                Map.of());
        assertThat(old.overridesApplied()).isZero();
    }
}

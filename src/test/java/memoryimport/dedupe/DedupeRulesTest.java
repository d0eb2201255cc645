package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import memoryimport.model.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dedupe's rules come through the same rule files as the classifier's, so --rules=DIR reaches them too. */
class DedupeRulesTest {

    @TempDir
    Path rules;

    @Test
    void aRulesFolderReplacesTheShippedFileOfTheSameNameAndKeepsTheOthers() throws Exception {
        String shipped = new String(RuleFiles.shipped().open("dedupe.properties").readAllBytes());
        Files.writeString(rules.resolve("dedupe.properties"), shipped.replace("near.threshold=0.65", "near.threshold=0.9"));

        DedupeRules own = DedupeRules.load(new RuleFiles(rules), Map.of());

        assertThat(own.nearThreshold).isEqualTo(0.9);
        assertThat(DedupeRules.defaults().nearThreshold).isEqualTo(0.65);
        assertThat(own.slots).hasSameSizeAs(DedupeRules.defaults().slots);
    }
}

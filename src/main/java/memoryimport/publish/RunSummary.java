package memoryimport.publish;

import java.util.List;
import java.util.Map;

/**
 * What a run did, counted: the content of summary.json and the top of the report.
 *
 * @param runId      the run's identity, also its folder name
 * @param input      the input folder
 * @param startedAt  ISO instant
 * @param finishedAt ISO instant (publish time)
 * @param stepMillis duration of each step so far
 * @param files      every file the run saw and what became of it
 * @param overridesApplied how many reviewer overrides (overrides.csv) the run applied
 * @param overridesSkipped the overrides it could not apply, each with its line or entry and why
 */
public record RunSummary(String runId, String input, String startedAt, String finishedAt, Map<String, Long> stepMillis,
                         List<FileOutcome> files, Map<String, Long> byDecision, Map<String, Long> byCategory,
                         Map<String, Long> byUser, Map<String, Long> byFile, long overridesApplied,
                         List<String> overridesSkipped) {

    /** A run that applied no overrides (the form callers used before overrides existed). */
    public RunSummary(String runId, String input, String startedAt, String finishedAt, Map<String, Long> stepMillis,
                      List<FileOutcome> files, Map<String, Long> byDecision, Map<String, Long> byCategory,
                      Map<String, Long> byUser, Map<String, Long> byFile) {
        this(runId, input, startedAt, finishedAt, stepMillis, files, byDecision, byCategory, byUser, byFile, 0L,
                List.of());
    }

    /** One file and what became of it; entries is the number of entries read from it. */
    public record FileOutcome(String path, String format, String status, String reason, long entries) {
    }

    public long entries() {
        return byDecision.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(String decision) {
        return byDecision.getOrDefault(decision, 0L);
    }
}

package memoryimport.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import memoryimport.model.DecisionKind;
import tools.jackson.databind.json.JsonMapper;

/** summary.json: the run's counts for machines (dashboards, alerts). */
public final class SummaryJsonWriter {

    private SummaryJsonWriter() {
    }

    public static void write(Path file, RunSummary s) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_id", s.runId());
        json.put("input", s.input());
        json.put("started_at", s.startedAt());
        json.put("finished_at", s.finishedAt());
        json.put("entries", s.entries());
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (DecisionKind kind : DecisionKind.values()) {
            decisions.put(kind.word(), s.count(kind.word()));
        }
        json.put("decisions", decisions);
        json.put("categories", s.byCategory());
        json.put("users", s.byUser());
        json.put("files", s.files().stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", f.path());
            row.put("format", f.format());
            row.put("status", f.status());
            row.put("reason", f.reason());
            row.put("entries", f.entries());
            return row;
        }).toList());
        json.put("overrides_applied", s.overridesApplied());
        json.put("overrides_skipped", s.overridesSkipped());
        json.put("step_millis", s.stepMillis());
        Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }
}

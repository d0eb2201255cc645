package memoryimport.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Entry;

final class ReportFixtures {

    private ReportFixtures() {
    }

    static Decision decision(String user, int line, DecisionKind kind, String category, String text, String reason,
                             String duplicateOf) {
        return new Decision(Entry.of(user, user + "/memory.md", line, "2024-05-01", null, text), kind, category,
                reason, duplicateOf);
    }

    static Decision invalid(String user, int line, String text, String reason) {
        return new Decision(Entry.invalid(user, user + "/memory.md", line, text, reason), DecisionKind.INVALID, null,
                reason, null);
    }

    static RunSummary summary(Map<String, List<Decision>> users) {
        Map<String, Long> byDecision = new LinkedHashMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byUser = new LinkedHashMap<>();
        for (Map.Entry<String, List<Decision>> u : users.entrySet()) {
            byUser.put(u.getKey(), (long) u.getValue().size());
            for (Decision d : u.getValue()) {
                byDecision.merge(d.decision().word(), 1L, Long::sum);
                // as DecisionCounts counts them for the job's summary
                byCategory.merge(d.category() == null ? DecisionCounts.NO_CATEGORY : d.category(), 1L, Long::sum);
            }
        }
        Map<String, Long> steps = new LinkedHashMap<>();
        steps.put("register", 120L);
        steps.put("parse", 4_500L);
        steps.put("decide", 61_000L);
        List<RunSummary.FileOutcome> files = List.of(
                new RunSummary.FileOutcome("alice/memory.md", "text", "imported", null, 5),
                new RunSummary.FileOutcome("bob/<img src=x onerror=alert(2)>.pdf", "unknown", "unsupported",
                        "not a memory export: <b>pdf</b>", 0),
                new RunSummary.FileOutcome("carol/broken.csv", "bulk-csv", "unreadable", "line 3: unclosed quote", 0));
        return new RunSummary("run-2024-06-01", "/data/in", "2024-06-01T02:00:00Z", "2024-06-01T02:05:00Z", steps,
                files, byDecision, byCategory, byUser, Map.of(), 2, List.of());
    }
}

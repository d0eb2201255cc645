package memoryimport.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import memoryimport.model.Decision;

/** The one decision per entry that each run made: appended by decide partitions, read back user after user. */
public interface DecisionStore {

    /** Where one decide partition appends its decisions. */
    Appender<Decision> appender(String runId, int partition);

    /**
     * Decisions of the run, one user after another (users in bucket order), newest first within a user; read a slice
     * of buckets at a time, so that nothing held grows with the run.
     */
    void forEachByUser(String runId, Consumer<Decision> action);

    /** Ids of the runs that have decisions, newest first (run ids sort in time order). */
    List<String> runsNewestFirst();

    /**
     * The decision each of these entries got in the newest run that read it: one pass over the newest run's
     * decisions, then the next run's for entries not found yet, and so on.
     */
    default Map<String, Decision> latest(Set<String> entryIds) {
        Map<String, Decision> found = new HashMap<>();
        for (String runId : runsNewestFirst()) {
            if (found.size() == entryIds.size()) {
                break;
            }
            forEachByUser(runId, d -> {
                if (entryIds.contains(d.entryId())) {
                    found.putIfAbsent(d.entryId(), d);
                }
            });
        }
        return found;
    }

    default Map<String, Long> countByDecision(String runId) {
        return count(runId, d -> d.decision().word());
    }

    default Map<String, Long> countByUser(String runId) {
        return count(runId, d -> d.entry().userId());
    }

    private Map<String, Long> count(String runId, Function<Decision, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        forEachByUser(runId, d -> counts.merge(key.apply(d), 1L, Long::sum));
        return counts;
    }
}

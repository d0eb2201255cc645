package memoryimport.publish;

import java.util.Map;
import java.util.TreeMap;
import memoryimport.model.Decision;

/** Counts of a run's decisions, gathered while they stream past once (no extra pass over the decision table). */
public final class DecisionCounts {

    /** The category label of decisions without one (invalid entries, review without a cue). */
    public static final String NO_CATEGORY = "(none)";

    private final Map<String, Long> byDecision = new TreeMap<>();
    private final Map<String, Long> byCategory = new TreeMap<>();
    private final Map<String, Long> byUser = new TreeMap<>();
    private final Map<String, Long> byFile = new TreeMap<>();

    public void add(Decision d) {
        byDecision.merge(d.decision().word(), 1L, Long::sum);
        byCategory.merge(d.category() == null ? NO_CATEGORY : d.category(), 1L, Long::sum);
        byUser.merge(d.entry().userId(), 1L, Long::sum);
        byFile.merge(d.entry().sourceFile(), 1L, Long::sum);
    }

    public Map<String, Long> byDecision() {
        return byDecision;
    }

    public Map<String, Long> byCategory() {
        return byCategory;
    }

    public Map<String, Long> byUser() {
        return byUser;
    }

    public Map<String, Long> byFile() {
        return byFile;
    }
}

package memoryimport.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memoryimport.dedupe.TextNormalizer;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Memory;
import memoryimport.model.RemovedMemory;
import memoryimport.publish.AppliedOverride;
import memoryimport.publish.MemoryEdit;
import memoryimport.publish.Overrides;
import memoryimport.store.DecisionStore;
import memoryimport.store.MemoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies reviewers' overrides.csv files at publish, against the latest decision each entry got in any run: keep
 * turns an entry that was not kept into a memory ({@code add} edit), drop takes a published memory out ({@code remove}
 * edit). Applying the same file again changes nothing, so a file left in the input folder is harmless.
 */
class ReviewerOverrides {

    private static final Logger log = LoggerFactory.getLogger(ReviewerOverrides.class);

    /**
     * What applying gave: the report's list, and the edits per user.
     *
     * @param skipped overrides not applied, each "line N: why" or "entry ID: why", for the report and summary
     */
    record Outcome(List<AppliedOverride> applied, Map<String, List<MemoryEdit>> editsByUser, List<String> skipped) {
        static final Outcome NONE = new Outcome(List.of(), Map.of(), List.of());
    }

    private final DecisionStore decisions;
    private final MemoryStore memories;

    ReviewerOverrides(DecisionStore decisions, MemoryStore memories) {
        this.decisions = decisions;
        this.memories = memories;
    }

    /** @param dryRun when true, reports what would change and changes nothing */
    Outcome apply(List<Path> files, String runId, boolean dryRun) throws IOException {
        if (files.isEmpty()) {
            return Outcome.NONE;
        }
        Overrides overrides = Overrides.readAll(files);
        List<String> skipped = new ArrayList<>();
        overrides.problems().forEach(p -> skipped.add("line " + p.line() + ": " + p.reason()));
        List<AppliedOverride> applied = new ArrayList<>();
        Map<String, List<MemoryEdit>> edits = new LinkedHashMap<>();
        Map<String, Decision> latestDecisions = decisions.latest(overrides.byEntryId().keySet());
        for (Overrides.Override o : overrides.byEntryId().values()) {
            Decision d = latestDecisions.get(o.entryId());
            if (d == null) {
                skipped.add("entry " + o.entryId() + ": not known to any run");
                continue;
            }
            if (o.action() == Overrides.Action.KEEP && d.decision() == DecisionKind.DROPPED_SENSITIVE) {
                // its text holds a masked value: as a memory it would say nothing but "[REDACTED:...]"
                skipped.add("entry " + o.entryId() + ": holds a sensitive value and cannot be kept");
                continue;
            }
            String user = d.entry().userId();
            boolean held = memories.contains(user, o.entryId());
            MemoryEdit.Source source = new MemoryEdit.Source(d.entryId(), d.entry().sourceFile(), d.entry().line());
            if (o.action() == Overrides.Action.KEEP && !held && d.decision() != DecisionKind.INVALID) {
                if (!dryRun) {
                    memories.add(List.of(new Memory(d.entryId(), user, d.entry().text(), d.category(),
                            d.entry().savedAt(), runId)));
                    memories.unforget(user, TextNormalizer.normalize(d.entry().text()));
                }
                edits.computeIfAbsent(user, u -> new ArrayList<>()).add(new MemoryEdit("add", d.entryId(),
                        d.entry().text(), d.category(), d.entry().savedAt(), List.of(source), null));
                applied.add(new AppliedOverride(d.entryId(), user, d.decision().word(), "kept", o.note()));
            } else if (o.action() == Overrides.Action.DROP && held) {
                if (!dryRun) {
                    memories.remove(List.<String[]>of(new String[] {user, d.entryId()}));
                    memories.forget(List.of(new RemovedMemory(user, TextNormalizer.normalize(d.entry().text()),
                            "dropped by a reviewer in run " + runId, null, runId)));
                }
                edits.computeIfAbsent(user, u -> new ArrayList<>()).add(new MemoryEdit("remove", d.entryId(),
                        d.entry().text(), d.category(), d.entry().savedAt(), List.of(source), null));
                applied.add(new AppliedOverride(d.entryId(), user, "kept", "removed", o.note()));
            }
        }
        skipped.forEach(s -> log.warn("overrides: skipped {}", s));
        return new Outcome(applied, edits, skipped);
    }
}

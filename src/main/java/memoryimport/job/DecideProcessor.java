package memoryimport.job;

import java.util.Map;
import java.util.Optional;
import memoryimport.classify.WorkClassifier;
import memoryimport.dedupe.Deduper;
import memoryimport.dedupe.SlotReplacement;
import memoryimport.dedupe.TextNormalizer;
import memoryimport.dedupe.UserMemory;
import memoryimport.model.Classification;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.DuplicateMatch;
import memoryimport.model.Entry;
import memoryimport.model.Memory;
import memoryimport.model.RemovedMemory;
import memoryimport.store.MemoryStore;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Step 3, per entry: classify the screened entry (the words of the user's own job read as words of work), then dedupe
 * what would be kept against the user's memory (earlier runs and this one). Entries arrive one user at a time, newest
 * first, so the first of a group of repeats is the one kept, and a newer statement of a single-valued fact replaces an
 * older run's.
 */
public class DecideProcessor implements ItemProcessor<UserEntry, Decision> {

    private final String runId;
    private final WorkClassifier classifier;
    private final Deduper deduper;
    private final MemoryStore memoryStore;

    private String currentUser;
    private UserMemory memory;
    private Map<String, RemovedMemory> removedOfUser = Map.of();

    public DecideProcessor(String runId, WorkClassifier classifier, Deduper deduper, MemoryStore memoryStore) {
        this.runId = runId;
        this.classifier = classifier;
        this.deduper = deduper;
        this.memoryStore = memoryStore;
    }

    @Override
    public Decision process(UserEntry item) {
        Entry entry = item.screened().entry();
        if (entry.isInvalid()) {
            return new Decision(entry, DecisionKind.INVALID, null, entry.invalidReason(), null);
        }
        Classification c = classifier.classify(item.screened(), item.userWork());
        if (c.decision() == DecisionKind.NEEDS_REVIEW) {
            return repeatOfKept(entry, c);
        }
        if (c.decision() != DecisionKind.KEPT) {
            return new Decision(entry, c.decision(), c.category(), c.reason(), null);
        }
        UserMemory userMemory = memoryOf(entry.userId());
        // most users have nothing taken out: no normalising on their entries' path
        RemovedMemory removed = removedOfUser.isEmpty() ? null
                : removedOfUser.get(TextNormalizer.normalize(entry.text()));
        if (removed != null && removed.holdsOut(entry.savedAt())) {
            // an export sent again brings back what a newer value replaced or a reviewer dropped: it stays out
            return new Decision(entry, DecisionKind.DUPLICATE, c.category(), "taken out earlier: " + removed.reason(),
                    null);
        }
        Optional<DuplicateMatch> repeat = userMemory.findRepeat(entry.text(), entry.id());
        if (repeat.isPresent()) {
            DuplicateMatch match = repeat.get();
            if (match.memory().entryId().equals(entry.id()) && !match.kind().equals("exact")) {
                // the same line, edited since it was imported: its new text replaces the old
                userMemory.add(keptMemory(entry, c));
                String reason = c.reason() + "; replaces this line's text as run " + match.memory().runId()
                        + " imported it";
                return new Decision(entry, DecisionKind.KEPT, c.category(), reason, null, entry.id(),
                        match.memory().text());
            }
            return new Decision(entry, DecisionKind.DUPLICATE, c.category(), match.describe(),
                    match.memory().entryId());
        }
        Optional<SlotReplacement> replaced = userMemory.findReplaced(entry.text(), c.category(), entry.savedAt());
        userMemory.add(keptMemory(entry, c));
        return replaced
                .map(r -> new Decision(entry, DecisionKind.KEPT, c.category(), c.reason() + "; " + r.describe(), null,
                        r.replaced().entryId(), r.replaced().text()))
                .orElseGet(() -> new Decision(entry, DecisionKind.KEPT, c.category(), c.reason(), null));
    }

    /**
     * An entry left for review that repeats a memory already kept is that memory's duplicate: the fact is kept, and a
     * reviewer would only be asked about it again. Otherwise it stays for review; it never joins the memory.
     */
    private Decision repeatOfKept(Entry entry, Classification c) {
        Optional<DuplicateMatch> repeat = memoryOf(entry.userId()).findRepeat(entry.text(), entry.id());
        if (repeat.isEmpty() || repeat.get().memory().entryId().equals(entry.id())) {
            return new Decision(entry, c.decision(), c.category(), c.reason(), null);
        }
        DuplicateMatch match = repeat.get();
        String category = c.category() != null ? c.category() : match.memory().category();
        return new Decision(entry, DecisionKind.DUPLICATE, category, match.describe() + " (" + c.reason() + ")",
                match.memory().entryId());
    }

    /** What a kept entry becomes in the user's memory. */
    private Memory keptMemory(Entry entry, Classification c) {
        return new Memory(entry.id(), entry.userId(), entry.text(), c.category(), entry.savedAt(), runId);
    }

    private UserMemory memoryOf(String userId) {
        if (!userId.equals(currentUser)) {
            currentUser = userId;
            memory = deduper.forUser(memoryStore.memoriesOf(userId), runId);
            removedOfUser = memoryStore.removedOf(userId);
        }
        return memory;
    }
}

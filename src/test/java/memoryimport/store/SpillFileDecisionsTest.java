package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillFileDecisionsTest {

    @TempDir
    Path root;

    @Test
    void decisionsComeBackWholeUserAfterUserNewestFirst() {
        // given: decisions of two users appended by two partitions, in no particular order
        SpillFileDecisions store = new SpillFileDecisions(root);
        Decision older = decision("ana", 1, "2023-01-01", DecisionKind.KEPT, null);
        Decision newer = new Decision(Entry.of("ana", "ana/a.md", 2, "2024-01-01", null, "Works at Ledgerly"),
                DecisionKind.KEPT, "role", "role; replaces an older memory", null, "old-id", "Works at Acme");
        Decision undated = decision("ana", 3, null, DecisionKind.DUPLICATE, "some-id");
        Decision bob = decision("bob", 1, "2024-02-02", DecisionKind.DROPPED_PERSONAL, null);
        append(store, "run1", 0, List.of(older, bob));
        append(store, "run1", 1, List.of(undated, newer));

        // when
        List<Decision> read = new ArrayList<>();
        store.forEachByUser("run1", read::add);

        // then: each user's decisions together, newest first, undated last; every field as written
        List<Decision> ana = List.of(newer, older, undated);
        assertThat(read).containsExactlyInAnyOrder(older, newer, undated, bob);
        int firstAna = read.indexOf(newer);
        assertThat(read.subList(firstAna, firstAna + 3)).containsExactlyElementsOf(ana);
    }

    @Test
    void aSliceDecidedByOnePartitionIsStreamedAsWrittenWithoutSplittingIt() throws Exception {
        // given: a run over the split size whose slices were each decided by one partition, in decide order
        SpillFileDecisions store = new SpillFileDecisions(root, 1);
        List<Decision> decided = new ArrayList<>();
        for (int user = 0; user < 40; user++) {
            for (int line = 1; line <= 5; line++) {
                decided.add(decision("user-" + user, line, "2024-01-0" + (6 - line), DecisionKind.KEPT, null));
            }
        }
        decided.sort(SpillFileDecisions.DECIDED_ORDER);
        // as written, not re-sorted: two decisions in another order than this version's decide would make them
        Collections.swap(decided, 0, 1);
        // three partitions, each deciding every third slice, slice after slice
        Map<Integer, List<Decision>> byPartition = new TreeMap<>();
        decided.forEach(d -> byPartition.computeIfAbsent(
                EntryStaging.bucketOf(d.entry().userId()) / EntryStaging.SLICE % 3, k -> new ArrayList<>()).add(d));
        byPartition.forEach((partition, list) -> append(store, "run1", partition, list));

        // when
        List<Decision> read = new ArrayList<>();
        store.forEachByUser("run1", read::add);

        // then
        assertThat(read).containsExactlyElementsOf(decided);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.contains(".split"));
        }
    }

    @Test
    void theLatestDecisionOfAnEntryIsTheNewestRunsThatReadIt() {
        // given: the same entry decided in two runs, another only in the older one
        SpillFileDecisions store = new SpillFileDecisions(root);
        Decision first = decision("ana", 1, "2024-01-01", DecisionKind.NEEDS_REVIEW, null);
        Decision onlyOld = decision("ana", 2, "2024-01-01", DecisionKind.KEPT, null);
        Decision again = decision("ana", 1, "2024-01-01", DecisionKind.KEPT, null);
        append(store, "20260101T000000Z", 0, List.of(first, onlyOld));
        append(store, "20260102T000000Z", 0, List.of(again));

        // when / then
        assertThat(store.runsNewestFirst()).containsExactly("20260102T000000Z", "20260101T000000Z");
        assertThat(store.latest(Set.of(first.entryId(), onlyOld.entryId())))
                .containsEntry(first.entryId(), again).containsEntry(onlyOld.entryId(), onlyOld);
    }

    private static Decision decision(String user, int line, String savedAt, DecisionKind kind, String duplicateOf) {
        return new Decision(Entry.of(user, user + "/a.md", line, savedAt, null, "entry " + line), kind, "tools",
                "a reason", duplicateOf);
    }

    private static void append(SpillFileDecisions store, String runId, int partition, List<Decision> decisions) {
        try (Appender<Decision> appender = store.appender(runId, partition)) {
            appender.rewindTo("");
            appender.append(decisions);
            appender.mark();
        }
    }
}

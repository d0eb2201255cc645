package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import memoryimport.model.Entry;
import org.junit.jupiter.api.Test;

class EntryStagingTest {

    @Test
    void sequentialUserIdsSpreadOverEverySlice() {
        // organisations number their people: user-000001, user-000002, ... must not crowd a few slices (and partitions)
        Map<Integer, Long> perSlice = IntStream.rangeClosed(1, 2000)
                .mapToObj(i -> String.format("user-%06d", i))
                .collect(Collectors.groupingBy(id -> EntryStaging.bucketOf(id) / EntryStaging.SLICE,
                        Collectors.counting()));

        int slices = EntryStaging.BUCKETS / EntryStaging.SLICE;
        assertThat(perSlice).hasSize(slices);
        assertThat(perSlice.values()).allSatisfy(n -> assertThat(n).isBetween(2000L / slices / 2, 2000L / slices * 2));
    }

    @Test
    void decideOrderIsUserByUserNewestFirstThenLongerTextThenFileAndLine() {
        // given: one user's entries in the order decide must read them, and another user's
        List<Entry> ana = List.of(
                Entry.of("ana", "b.md", 9, "2024-06-01", null, "Newest of all"),
                Entry.of("ana", "b.md", 2, "2024-05-01", null, "Same day, longer text"),
                Entry.of("ana", "a.md", 5, "2024-05-01", null, "Same day, short"),
                Entry.of("ana", "b.md", 1, "2024-05-01", null, "Same day, short"),
                Entry.of("ana", "b.md", 3, "2024-05-01", null, "Same day, short"),
                Entry.of("ana", "a.md", 1, null, null, "Undated comes last"));
        List<Entry> shuffled = new ArrayList<>(ana);
        shuffled.add(Entry.of("ben", "c.md", 1, "2024-01-01", null, "Another user"));
        Collections.shuffle(shuffled, new Random(7));

        // when
        shuffled.sort(EntryStaging.ENTRY_ORDER);

        // then: ana's entries together and in order, the users in the order of their buckets
        boolean anaFirst = EntryStaging.bucketOf("ana") <= EntryStaging.bucketOf("ben"); // same bucket: by user id
        int anaAt = anaFirst ? 0 : 1;
        assertThat(shuffled.subList(anaAt, anaAt + ana.size())).containsExactlyElementsOf(ana);
        assertThat(shuffled.get(anaFirst ? ana.size() : 0).userId()).isEqualTo("ben");
    }
}

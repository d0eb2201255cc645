package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
}

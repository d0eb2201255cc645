package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void everyItemArrivesOnceInTheProducersOrder() {
        List<Integer> seen = new ArrayList<>();

        ReadAhead.<Integer>forEach("test-read", each -> IntStream.range(0, 10_000).forEach(each::accept), seen::add);

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
    }

    @Test
    void largeItemsOneAtATimeStayFewAheadOfTheCaller() {
        List<Integer> produced = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> seen = new ArrayList<>();
        List<Integer> ahead = new ArrayList<>();

        ReadAhead.<Integer>forEach("test-users", 1, each -> IntStream.range(0, 200).forEach(i -> {
            produced.add(i);
            each.accept(i);
        }), i -> {
            seen.add(i);
            ahead.add(produced.size() - seen.size());
        });

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
        // the queue holds 8 items, the producer one more in hand
        assertThat(ahead).allMatch(n -> n <= 9);
    }

    @Test
    void aFailureWhileReadingIsThrownToTheCallerAfterWhatWasReadBeforeIt() {
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>forEach("test-read", each -> {
            IntStream.range(0, 3000).forEach(each::accept);
            throw new IllegalStateException("cannot read p0-s3.spill");
        }, seen::add)).hasMessage("cannot read p0-s3.spill");
        assertThat(seen).hasSize(3000);
    }

    @Test
    void aFailureWhileWritingStopsTheReaderAndIsThrown() {
        List<Integer> produced = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>forEach("test-read", each -> IntStream.range(0, 1_000_000)
                .forEach(i -> {
                    produced.add(i);
                    each.accept(i);
                }), i -> {
                    if (i == 5000) {
                        throw new IllegalStateException("disk full");
                    }
                })).hasMessage("disk full");
        // the reader stopped near the point of failure instead of reading everything
        assertThat(produced.size()).isLessThan(1_000_000);
    }
}

package memoryimport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void aValueIsWorkedOutOnceUntilTheCacheIsFullAndEveryTimeAfter() {
        // given: room for two keys
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        List<String> computed = new ArrayList<>();

        // when: two keys asked twice, then a third twice
        for (String key : List.of("a", "b", "a", "b", "c", "c")) {
            assertThat(cache.get(key, k -> {
                computed.add(k);
                return k.toUpperCase();
            })).isEqualTo(key.toUpperCase());
        }

        // then: the first two were kept, the third is worked out on each ask
        assertThat(computed).containsExactly("a", "b", "c", "c");
    }
}

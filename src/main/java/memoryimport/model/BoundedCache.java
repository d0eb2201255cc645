package memoryimport.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out from their key alone, kept for up to {@code capacity} keys; past that they are worked out and not
 * kept, so the heap stays bounded however many distinct keys a run meets. Any thread may ask.
 */
public final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public BoundedCache(int capacity) {
        this.capacity = capacity;
    }

    /** The value of {@code key}, from {@code compute} (never null) the first time it is asked. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V known = values.get(key);
        if (known == null) {
            known = compute.apply(key);
            if (values.size() < capacity) {
                values.putIfAbsent(key, known);
            }
        }
        return known;
    }
}

package memoryimport.dedupe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import memoryimport.model.DuplicateMatch;
import memoryimport.model.Memory;

/** What one user's memory already holds, asked whether a new text repeats any of it. Never spans users. */
public final class UserMemory {

    private final Map<String, Memory> byNormalized = new HashMap<>();

    public UserMemory(List<Memory> existing) {
        existing.forEach(this::add);
    }

    public Optional<DuplicateMatch> findRepeat(String text) {
        Memory same = byNormalized.get(TextNormalizer.normalize(text));
        return Optional.ofNullable(same).map(m -> new DuplicateMatch(m, "exact", 1.0));
    }

    public void add(Memory memory) {
        byNormalized.putIfAbsent(TextNormalizer.normalize(memory.text()), memory);
    }
}

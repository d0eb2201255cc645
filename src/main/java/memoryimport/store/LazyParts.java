package memoryimport.store;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/** Reads made one part at a time as the records are iterated, so only one part is ever held. */
final class LazyParts {

    private LazyParts() {
    }

    /** The records of every part, in order; a part is loaded when the iteration reaches it. */
    static <T> Iterator<T> concat(List<Supplier<List<T>>> parts) {
        return parts.stream().flatMap(part -> part.get().stream()).iterator();
    }
}

package memoryimport.parse;

import java.util.Iterator;
import java.util.List;
import memoryimport.model.Entry;

/** Entries of an export already read whole (text and JSON exports are one user's reply, small by nature). */
final class ListCursor implements EntryCursor {

    private final Iterator<Entry> entries;

    ListCursor(List<Entry> entries) {
        this.entries = entries.iterator();
    }

    static EntryCursor empty() {
        return new ListCursor(List.of());
    }

    @Override
    public Entry next() {
        return entries.hasNext() ? entries.next() : null;
    }

    @Override
    public void close() {
    }
}

package memoryimport.parse;

import java.io.IOException;
import memoryimport.model.Entry;

/**
 * Entries of one export, read one at a time so a bulk file never has to fit in memory. Content problems become
 * invalid entries; only I/O failures are thrown.
 */
public interface EntryCursor extends AutoCloseable {

    /** The next entry, or null at the end of the export. */
    Entry next() throws IOException;

    @Override
    void close() throws IOException;

    /** What the file list should say about a file that was read (its legacy encoding), or null. */
    default String note() {
        return null;
    }

    /** The cursor, carrying {@code note} for the file list; the cursor itself when there is nothing to say. */
    static EntryCursor noted(EntryCursor cursor, String note) {
        if (note == null) {
            return cursor;
        }
        return new EntryCursor() {
            @Override
            public Entry next() throws IOException {
                return cursor.next();
            }

            @Override
            public void close() throws IOException {
                cursor.close();
            }

            @Override
            public String note() {
                return note;
            }
        };
    }
}

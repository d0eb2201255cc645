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
}

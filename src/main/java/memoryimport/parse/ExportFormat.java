package memoryimport.parse;

import java.io.IOException;

/** One export shape (text/Markdown, bulk CSV, JSON, JSONL). */
public interface ExportFormat {

    /** Short name recorded in the file registry and the report, e.g. {@code text}, {@code csv}. */
    String name();

    /**
     * Opens an export for reading.
     *
     * @throws UnreadableExportException when the file as a whole cannot be read (binary, broken encoding, not this
     *                                    format); the reason is shown to people
     */
    EntryCursor open(ExportSource source) throws IOException, UnreadableExportException;
}

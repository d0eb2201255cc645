package memoryimport.parse;

import java.nio.file.Path;

/**
 * One export file to read.
 *
 * @param file         where it is
 * @param relativePath its path relative to the input folder, '/' separators (goes into every entry)
 * @param folderUserId the user the file belongs to by its folder (null for files at the top of the input folder);
 *                     formats that name the user in their content (bulk CSV, JSON) may override it
 * @param legacyEncoding read a streamed file (CSV, JSONL) in the legacy encoding a detector finds in the whole file:
 *                     its UTF-8 reading failed past the first bytes, which were plain ASCII
 */
public record ExportSource(Path file, String relativePath, String folderUserId, boolean legacyEncoding) {

    public ExportSource(Path file, String relativePath, String folderUserId) {
        this(file, relativePath, folderUserId, false);
    }

    /** The user of a one-user export: its folder's, or for a file at the top the file name without its extension. */
    public String defaultUserId() {
        return folderUserId != null ? folderUserId : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }
}

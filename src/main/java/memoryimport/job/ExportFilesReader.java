package memoryimport.job;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import memoryimport.model.Entry;
import memoryimport.parse.EntryCursor;
import memoryimport.parse.ExportFormat;
import memoryimport.parse.ExportFormats;
import memoryimport.parse.ExportSource;
import memoryimport.parse.UnreadableExportException;
import memoryimport.store.FileRegistry;
import memoryimport.store.FileRegistry.RegisteredFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the entries of one parse partition's files, one file after another. Restartable: it remembers which file it
 * is in and how many of its entries are committed, and skips those on restart. A file that cannot be read is recorded
 * with its reason and the next file goes on.
 */
public class ExportFilesReader implements ItemStreamReader<Entry> {

    private static final String FILE_INDEX = "file.index";
    private static final String READ_IN_FILE = "file.entries.read";
    /** Bytes of the partition's files read to the end, for the progress line's time left. */
    static final String BYTES_DONE = "file.bytes.done";

    private final Path input;
    private final String runId;
    private final int partition;
    private final int partitions;
    private final ExportFormats formats;
    private final FileRegistry registry;

    private List<RegisteredFile> files;

    private int fileIndex;
    private long readInFile;
    private long bytesDone;
    private EntryCursor cursor;
    /** the current file is read again in a legacy encoding: its UTF-8 reading met bytes that are not UTF-8 */
    private boolean inLegacyEncoding;

    /** The files of parse partition {@code partition} of {@code partitions}, looked up when the step opens it. */
    public ExportFilesReader(Path input, String runId, int partition, int partitions, ExportFormats formats,
                             FileRegistry registry) {
        this.input = input;
        this.runId = runId;
        this.partition = partition;
        this.partitions = partitions;
        this.formats = formats;
        this.registry = registry;
    }

    @Override
    public void open(ExecutionContext context) {
        files = registry.pendingFiles(runId, partition, partitions);
        fileIndex = context.getInt(FILE_INDEX, 0);
        bytesDone = context.getLong(BYTES_DONE, 0L);
        long alreadyRead = context.getLong(READ_IN_FILE, 0L);
        try {
            while (readInFile < alreadyRead && read() != null) {
                // skip entries a committed chunk of an earlier attempt already staged
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Entry read() throws IOException {
        while (fileIndex < files.size()) {
            RegisteredFile file = files.get(fileIndex);
            if (cursor == null && !openCurrent(file, false)) {
                nextFile();
                continue;
            }
            Entry entry = nextOf(file);
            if (entry != null) {
                readInFile++;
                return entry;
            }
            nextFile();
        }
        return null;
    }

    /**
     * The file's next entry, or null at its end or where it cannot be read on (recorded). A streamed file whose first
     * bytes were plain ASCII but later ones are not UTF-8 (a spreadsheet's Windows-1252 CSV) is read again in the legacy
     * encoding the whole file shows, past the entries already read, which read the same in it.
     */
    private Entry nextOf(RegisteredFile file) throws IOException {
        try {
            return cursor.next();
        } catch (CharacterCodingException e) {
            if (!inLegacyEncoding && reopenInLegacyEncoding(file)) {
                return nextOf(file);
            }
            markStopped(file, "not valid text in its encoding; save the export as UTF-8 and run again");
        } catch (IOException e) {
            markStopped(file, e.getClass().getSimpleName());
        }
        return null;
    }

    private boolean reopenInLegacyEncoding(RegisteredFile file) throws IOException {
        closeCursor();
        inLegacyEncoding = true;
        if (!openCurrent(file, true)) {
            return false;
        }
        try {
            for (long k = 0; k < readInFile; k++) {
                cursor.next(); // read before the bytes that were not UTF-8
            }
        } catch (CharacterCodingException e) {
            return false;
        }
        return true;
    }

    private void markStopped(RegisteredFile file, String why) {
        registry.markUnreadable(runId, file.fileNo(), "read stopped after " + readInFile + " entries: " + why);
    }

    private boolean openCurrent(RegisteredFile file, boolean legacyEncoding) throws IOException {
        Path path = input.resolve(file.path());
        ExportFormat format = formats.forFileName(path.getFileName().toString()).orElseThrow();
        try {
            cursor = format.open(new ExportSource(path, file.path(), folderUser(file.path()), legacyEncoding));
            if (cursor.note() != null) {
                registry.note(runId, file.fileNo(), cursor.note());
            }
            return true;
        } catch (UnreadableExportException e) {
            if (!legacyEncoding) { // a file read again keeps the reason its first reading stops with
                registry.markUnreadable(runId, file.fileNo(), e.getMessage());
            }
            return false;
        }
    }

    /** The first folder under the input folder names the user; files at the top have no folder user. */
    static String folderUser(String relativePath) {
        int slash = relativePath.indexOf('/');
        return slash > 0 ? relativePath.substring(0, slash) : null;
    }

    private void nextFile() throws IOException {
        closeCursor();
        bytesDone += files.get(fileIndex).sizeBytes();
        fileIndex++;
        readInFile = 0;
        inLegacyEncoding = false;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(READ_IN_FILE, readInFile);
        context.putLong(BYTES_DONE, bytesDone);
    }

    @Override
    public void close() {
        try {
            closeCursor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeCursor() throws IOException {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}

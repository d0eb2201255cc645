package memoryimport.parse;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import memoryimport.model.Entry;

/** Bulk CSV: a header row naming {@code user_id}, {@code saved_at} and {@code content}, in any order. */
public final class BulkCsvFormat implements ExportFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public EntryCursor open(ExportSource source) throws IOException, UnreadableExportException {
        Reader reader = Files.newBufferedReader(source.file(), StandardCharsets.UTF_8);
        CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new CSVParserBuilder().build()).build();
        try {
            String[] header = csv.readNext();
            if (header == null) {
                csv.close();
                return ListCursor.empty();
            }
            int user = -1, saved = -1, content = -1;
            for (int i = 0; i < header.length; i++) {
                switch (header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)) {
                    case "user_id" -> user = i;
                    case "saved_at" -> saved = i;
                    case "content" -> content = i;
                    default -> { }
                }
            }
            if (user < 0 || content < 0) {
                csv.close();
                throw new UnreadableExportException("CSV header lacks the user_id and content columns");
            }
            return new CsvCursor(csv, source.relativePath(), user, saved, content);
        } catch (CsvValidationException e) {
            csv.close();
            throw new UnreadableExportException("CSV header cannot be read: " + e.getMessage());
        }
    }

    private static final class CsvCursor implements EntryCursor {
        private final CSVReader csv;
        private final String path;
        private final int user;
        private final int saved;
        private final int content;

        CsvCursor(CSVReader csv, String path, int user, int saved, int content) {
            this.csv = csv;
            this.path = path;
            this.user = user;
            this.saved = saved;
            this.content = content;
        }

        @Override
        public Entry next() throws IOException {
            int line = (int) csv.getLinesRead() + 1;
            String[] row;
            try {
                row = csv.readNext();
            } catch (CsvValidationException e) {
                return Entry.invalid("", path, line, "", "CSV record cannot be read: " + e.getMessage());
            }
            if (row == null) {
                return null;
            }
            String userId = cell(row, user);
            String text = cell(row, content);
            if (userId.isEmpty() || text.isEmpty()) {
                return Entry.invalid(userId, path, line, text, userId.isEmpty() ? "row has no user_id" : "row has no content");
            }
            return Entry.of(userId, path, line, SavedDates.parse(cell(row, saved)), null, text);
        }

        private static String cell(String[] row, int index) {
            return index >= 0 && index < row.length ? row[index].strip() : "";
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }
}

package memoryimport.parse;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.BufferedReader;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import memoryimport.model.Entry;

/**
 * Bulk CSV: a header row naming the user, text and (optionally) date columns in any order, with the names a JSON
 * memory uses ({@code user_id}/{@code user}, {@code content}/{@code text}/{@code memory}, {@code saved_at}/{@code date}
 * ...). Separated by commas, or by semicolons or tabs when the header has more of those (a spreadsheet saved in a
 * locale whose decimal mark is the comma).
 */
public final class BulkCsvFormat implements ExportFormat {

    private static final List<String> USER_COLUMNS = columns(JsonMemories.USER_FIELDS);
    private static final List<String> TEXT_COLUMNS = columns(JsonMemories.TEXT_FIELDS);
    private static final List<String> DATE_COLUMNS = columns(JsonMemories.DATE_FIELDS);
    /** the header line is looked at for its separator; a longer one is read with commas */
    private static final int HEADER_LIMIT = 1 << 20;

    private static List<String> columns(List<String> fields) {
        return fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The most frequent of comma, semicolon and tab outside quotes in the header; comma on a tie. */
    static char separatorOf(String header) {
        if (header == null) {
            return ',';
        }
        int commas = 0, semicolons = 0, tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public EntryCursor open(ExportSource source) throws IOException, UnreadableExportException {
        BufferedReader reader = ExportText.reader(source.file());
        String firstLine;
        try {
            reader.mark(HEADER_LIMIT);
            firstLine = reader.readLine();
            reader.reset();
        } catch (CharacterCodingException e) {
            reader.close();
            throw new UnreadableExportException("not valid UTF-8" + ExportText.NOT_UTF8);
        }
        CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new CSVParserBuilder().withSeparator(separatorOf(firstLine)).build()).build();
        try {
            String[] header = csv.readNext();
            if (header == null) {
                csv.close();
                return ListCursor.empty();
            }
            int user = -1, saved = -1, content = -1;
            for (int i = header.length - 1; i >= 0; i--) { // the first of two alias columns wins
                String name = header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[ -]", "_");
                user = USER_COLUMNS.contains(name) ? i : user;
                saved = DATE_COLUMNS.contains(name) ? i : saved;
                content = TEXT_COLUMNS.contains(name) ? i : content;
            }
            if (user < 0 || content < 0) {
                csv.close();
                throw new UnreadableExportException("CSV header lacks a user column (" + String.join(", ", USER_COLUMNS)
                        + ") or a text column (" + String.join(", ", TEXT_COLUMNS) + ")");
            }
            return new CsvCursor(csv, source.relativePath(), user, saved, content);
        } catch (CsvValidationException e) {
            csv.close();
            throw new UnreadableExportException("CSV header cannot be read: " + ParserMessages.withoutQuotedText(e.getMessage()));
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
                return Entry.invalid("", path, line, "", "CSV record cannot be read: " + ParserMessages.withoutQuotedText(e.getMessage()));
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

package memoryimport.parse;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.BufferedReader;
import java.util.List;
import java.util.Locale;
import memoryimport.model.Entry;

/**
 * Bulk CSV: a header row naming the user, text and (optionally) date columns in any order, with the names a JSON
 * memory uses ({@code user_id}/{@code user}, {@code content}/{@code text}/{@code memory}, {@code saved_at}/{@code date}
 * ...), and a category column read like a heading. In a user's folder the user column may be left out: the folder
 * names the user. Separated by commas, or by semicolons or tabs when the header has more of those (a spreadsheet
 * saved in a locale whose decimal mark is the comma).
 */
public final class BulkCsvFormat implements ExportFormat {

    private static final List<String> USER_COLUMNS = columns(JsonMemories.USER_FIELDS);
    private static final List<String> TEXT_COLUMNS = columns(JsonMemories.TEXT_FIELDS);
    private static final List<String> DATE_COLUMNS = columns(JsonMemories.DATE_FIELDS);
    private static final List<String> HEADING_COLUMNS = columns(JsonMemories.HEADING_FIELDS);
    /**
     * The first characters of the file, looked at before it is streamed: its header line for the separator (a header
     * longer than this is read with commas), and its dates for their day/month order, as a text export's are.
     */
    static final int PREFIX_LIMIT = ExportText.PREFIX_BYTES;

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
        ExportText.Opened opened = ExportText.reader(source.file(), source.legacyEncoding());
        BufferedReader reader = opened.reader();
        ExportText.Prefix prefix;
        try {
            prefix = ExportText.prefix(reader, PREFIX_LIMIT);
        } catch (IOException e) {
            reader.close();
            throw e;
        }
        String firstLine = prefix.firstLine();
        if (firstLine == null && prefix.stopped()) { // the header itself is not valid text
            reader.close();
            throw new UnreadableExportException("not valid UTF-8" + ExportText.NOT_UTF8);
        }
        boolean dayFirst = SavedDates.dayFirstIn(prefix.text());
        CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new CSVParserBuilder().withSeparator(separatorOf(firstLine)).build()).build();
        try {
            String[] header = csv.readNext();
            if (header == null) {
                csv.close();
                return ListCursor.empty();
            }
            int user = -1, saved = -1, content = -1, heading = -1;
            for (int i = header.length - 1; i >= 0; i--) { // the first of two alias columns wins
                String name = header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[ -]", "_");
                user = USER_COLUMNS.contains(name) ? i : user;
                saved = DATE_COLUMNS.contains(name) ? i : saved;
                content = TEXT_COLUMNS.contains(name) ? i : content;
                heading = HEADING_COLUMNS.contains(name) ? i : heading;
            }
            String[] firstRow = null;
            int firstRowLine = (int) csv.getLinesRead() + 1;
            boolean headerIsNames = java.util.Arrays.stream(header).noneMatch(h -> SavedDates.parseStamp(h, true) != null);
            // columns named in another language, "Datum;Erinnerung": the first row tells which holds what
            if ((content < 0 || saved < 0) && headerIsNames) {
                firstRow = csv.readNext();
                if (firstRow != null) {
                    content = content >= 0 ? content : textColumnOf(firstRow, user, saved, heading);
                    saved = saved >= 0 ? saved : dateColumnOf(firstRow, user, content, heading);
                }
            }
            if (user < 0 && source.folderUserId() == null || content < 0) {
                csv.close();
                throw new UnreadableExportException("CSV header lacks a user column (" + String.join(", ", USER_COLUMNS)
                        + "; only a file in a user's folder may leave it out) or a text column ("
                        + String.join(", ", TEXT_COLUMNS) + ")");
            }
            return EntryCursor.noted(new CsvCursor(csv, source.relativePath(), new Columns(user, saved, content, heading),
                    source.folderUserId(), dayFirst, firstRow, firstRowLine), ExportText.legacyNote(opened.legacy()));
        } catch (CsvValidationException e) {
            csv.close();
            throw new UnreadableExportException("CSV header cannot be read: " + ParserMessages.withoutQuotedText(e.getMessage()));
        }
    }

    /**
     * The column of a row holding the memory when the header names none the job knows: the cell with the most letters
     * that is not a date nor a named column; -1 when no cell has a letter.
     */
    static int textColumnOf(String[] row, int... named) {
        int best = -1;
        long bestLetters = 0;
        for (int i = 0; i < row.length; i++) {
            final int column = i;
            long letters = row[i].codePoints().filter(Character::isLetter).count();
            if (letters > bestLetters && java.util.Arrays.stream(named).noneMatch(n -> n == column)
                    && SavedDates.parseStamp(row[i], true) == null) {
                best = i;
                bestLetters = letters;
            }
        }
        return best;
    }

    /** The first column of a row that is no named column and holds a date, when the header names none; else -1. */
    static int dateColumnOf(String[] row, int... named) {
        for (int i = 0; i < row.length; i++) {
            final int column = i;
            if (java.util.Arrays.stream(named).noneMatch(n -> n == column) && SavedDates.parseStamp(row[i], true) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Where the user, date, text and category are in a row; -1 when the header has no such column. */
    private record Columns(int user, int saved, int content, int heading) {
    }

    private static final class CsvCursor implements EntryCursor {
        private final CSVReader csv;
        private final String path;
        private final Columns columns;
        /** the user of rows without a user column: the file's folder's */
        private final String folderUser;
        /** whether the file's numeric dates read day first */
        private final boolean dayFirst;

        /** the first row, read to find the columns a header in another language names; returned first */
        private String[] pending;
        private int pendingLine;

        CsvCursor(CSVReader csv, String path, Columns columns, String folderUser, boolean dayFirst, String[] firstRow,
                  int firstRowLine) {
            this.csv = csv;
            this.pending = firstRow;
            this.pendingLine = firstRowLine;
            this.path = path;
            this.columns = columns;
            this.folderUser = folderUser;
            this.dayFirst = dayFirst;
        }

        @Override
        public Entry next() throws IOException {
            int line = (int) csv.getLinesRead() + 1;
            String[] row;
            if (pending != null) {
                row = pending;
                line = pendingLine;
                pending = null;
            } else {
                try {
                    row = csv.readNext();
                } catch (CsvValidationException e) {
                    return Entry.invalid("", path, line, "", "CSV record cannot be read: " + ParserMessages.withoutQuotedText(e.getMessage()));
                }
            }
            if (row == null) {
                return null;
            }
            String userId = columns.user() < 0 ? folderUser : cell(row, columns.user());
            String text = cell(row, columns.content());
            if (userId.isEmpty() || text.isEmpty()) {
                return Entry.invalid(userId, path, line, text, userId.isEmpty() ? "row has no user_id" : "row has no content");
            }
            String heading = cell(row, columns.heading());
            return Entry.of(userId, path, line, SavedDates.parseStamp(cell(row, columns.saved()), dayFirst),
                    heading.isEmpty() ? null : heading, text);
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

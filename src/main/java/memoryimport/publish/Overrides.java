package memoryimport.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reviewer's overrides.csv (as the report's "Download overrides.csv" button writes it): columns
 * {@code entry_id,decision,note}, decision {@code keep} or {@code drop}. Reading is tolerant (byte order mark, CRLF,
 * quoted cells with commas, quotes and line breaks, header columns in any order, extra columns); a row that cannot be
 * used is reported in {@link #problems()} with its line, never thrown, so one bad row does not lose the others.
 * A later row for the same entry replaces an earlier one (and is noted as a problem so the reviewer can see it).
 */
public final class Overrides {

    public enum Action {
        KEEP("keep"), DROP("drop");

        private final String word;

        Action(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Action fromWord(String word) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            for (Action a : values()) {
                if (a.word.equals(w)) {
                    return a;
                }
            }
            return null;
        }
    }

    /** One reviewer decision: keep or drop the entry, with an optional note (never null, may be empty). */
    public record Override(String entryId, Action action, String note) {
    }

    /** A row that was not used, or a warning about one; line is the 1-based line where the row starts. */
    public record Problem(int line, String reason) {
    }

    private final Map<String, Override> byEntryId;
    private final List<Problem> problems;

    private Overrides(Map<String, Override> byEntryId, List<Problem> problems) {
        this.byEntryId = Collections.unmodifiableMap(byEntryId);
        this.problems = List.copyOf(problems);
    }

    /** Entry id to override, in file order. */
    public Map<String, Override> byEntryId() {
        return byEntryId;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Override get(String entryId) {
        return byEntryId.get(entryId);
    }

    public int size() {
        return byEntryId.size();
    }

    public static Overrides read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Several files, e.g. overrides.csv from the main page and overrides-&lt;user&gt;.csv from per-user pages. Later
     * files win for an entry named twice; each problem's reason starts with its file name.
     */
    public static Overrides readAll(java.util.Collection<Path> files) throws IOException {
        Map<String, Override> result = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            Overrides one = read(file);
            for (Override o : one.byEntryId.values()) {
                result.remove(o.entryId());
                result.put(o.entryId(), o);
            }
            for (Problem p : one.problems) {
                problems.add(new Problem(p.line(), file.getFileName() + ": " + p.reason()));
            }
        }
        return new Overrides(result, problems);
    }

    public static Overrides parse(String content) {
        Map<String, Override> result = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        CsvCursor csv = new CsvCursor(content.startsWith("\uFEFF") ? content.substring(1) : content);

        List<String> header = null;
        int headerLine = 0;
        while (header == null && csv.hasNext()) {
            headerLine = csv.line();
            List<String> row = csv.next(problems);
            if (!isBlank(row)) {
                header = row;
            }
        }
        if (header == null) {
            return new Overrides(result, problems);
        }
        int idCol = -1;
        int decisionCol = -1;
        int noteCol = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "entry_id" -> idCol = idCol < 0 ? i : idCol;
                case "decision" -> decisionCol = decisionCol < 0 ? i : decisionCol;
                case "note" -> noteCol = noteCol < 0 ? i : noteCol;
                default -> { }
            }
        }
        if (idCol < 0 || decisionCol < 0) {
            problems.add(new Problem(headerLine, "the header must name the columns entry_id and decision (found: "
                    + String.join(",", header) + ")"));
            return new Overrides(result, problems);
        }
        while (csv.hasNext()) {
            int line = csv.line();
            List<String> row = csv.next(problems);
            if (isBlank(row)) {
                continue;
            }
            String id = cell(row, idCol).trim();
            String word = cell(row, decisionCol);
            String note = noteCol < 0 ? "" : cell(row, noteCol);
            if (id.isEmpty()) {
                problems.add(new Problem(line, "empty entry_id"));
                continue;
            }
            Action action = Action.fromWord(word);
            if (action == null) {
                problems.add(new Problem(line, "unknown decision '" + word.trim() + "' for " + id
                        + " (expected keep or drop)"));
                continue;
            }
            Integer earlier = firstLine.put(id, line);
            if (earlier != null) {
                problems.add(new Problem(line, id + " is also on line " + earlier + "; this later row counts"));
                result.remove(id);
            }
            result.put(id, new Override(id, action, note));
        }
        return new Overrides(result, problems);
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col) : "";
    }

    private static boolean isBlank(List<String> row) {
        for (String c : row) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** RFC 4180 reading, forgiving: CR, LF or CRLF end a record; quotes may hold separators and line breaks. */
    private static final class CsvCursor {
        private final String s;
        private int pos;
        private int line = 1;

        CsvCursor(String s) {
            this.s = s;
        }

        boolean hasNext() {
            return pos < s.length();
        }

        int line() {
            return line;
        }

        List<String> next(List<Problem> problems) {
            int startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < s.length() && s.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\r' && pos < s.length() && s.charAt(pos) == '\n') {
                            pos++;
                            c = '\n';
                        }
                        if (c == '\n' || c == '\r') {
                            line++;
                            c = '\n';
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && !wasQuoted && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < s.length() && s.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    cells.add(cell.toString());
                    return cells;
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                problems.add(new Problem(startLine, "a quoted cell is not closed before the end of the file"));
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}

package memoryimport.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import memoryimport.model.Entry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * JSONL: one memory per line, an object or a string (or an array of them, and a comma after it is let pass). A line
 * that is not JSON is an invalid entry; the rest goes on. Numeric dates read in the order the file's first dates show.
 */
public final class JsonLinesFormat implements ExportFormat {

    /** the first characters of a file, looked at for its dates' day/month order as a text export's whole text is */
    private static final int PREFIX_LIMIT = BulkCsvFormat.PREFIX_LIMIT;

    private final ObjectMapper mapper = new ObjectMapper();

    /** The memories of one line: none when it is blank, several when it holds an array, an invalid entry when not JSON. */
    List<Entry> entries(String text, String defaultUser, String path, int line, boolean dayFirst) {
        String json = text.strip();
        // a line copied out of a JSON array keeps its comma
        json = json.endsWith(",") ? json.substring(0, json.length() - 1).strip() : json;
        if (json.isEmpty()) {
            return List.of();
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            // the line as written, so that a reviewer sees the memory a broken record holds
            return List.of(Entry.invalid(defaultUser, path, line, json,
                    "line is not valid JSON: " + ParserMessages.withoutQuotedText(e.getOriginalMessage())));
        }
        if (!node.isArray()) {
            return List.of(JsonMemories.entry(node, defaultUser, path, line, dayFirst));
        }
        List<Entry> entries = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            entries.add(JsonMemories.entry(node.get(i), defaultUser, path, line, dayFirst).onSameLineAs(i));
        }
        return entries;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public EntryCursor open(ExportSource source) throws IOException, UnreadableExportException {
        String defaultUser = source.defaultUserId();
        ExportText.Opened opened = ExportText.reader(source.file(), source.legacyEncoding());
        BufferedReader reader = opened.reader();
        boolean dayFirst;
        try {
            dayFirst = SavedDates.dayFirstIn(JsonMemories.unescapedSlashes(ExportText.prefix(reader, PREFIX_LIMIT).text()));
        } catch (IOException e) {
            reader.close();
            throw e;
        }
        return EntryCursor.noted(new EntryCursor() {
            private int line;
            /** the rest of a line that holds an array of memories */
            private final Deque<Entry> sameLine = new ArrayDeque<>();

            @Override
            public Entry next() throws IOException {
                if (!sameLine.isEmpty()) {
                    return sameLine.poll();
                }
                String text;
                while ((text = reader.readLine()) != null) {
                    line++;
                    sameLine.addAll(entries(text, defaultUser, source.relativePath(), line, dayFirst));
                    if (!sameLine.isEmpty()) {
                        return sameLine.poll();
                    }
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        }, ExportText.legacyNote(opened.legacy()));
    }
}

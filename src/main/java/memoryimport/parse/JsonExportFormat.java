package memoryimport.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import memoryimport.model.Entry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON: {@code {"user_id": ..., "memories": [...]}} (the list may sit in an object under the top one, as in
 * {@code {"data": {"memories": [...]}}}) or a bare array of memories (objects or strings). Each memory's line is the
 * line its value starts on. An object with no list of memories is unreadable, with that reason.
 */
public final class JsonExportFormat implements ExportFormat {

    private static final List<String> LIST_FIELDS = List.of("memories", "entries", "items", "memory", "data");
    /** how many objects deep a list of memories is looked for */
    private static final int MAX_DEPTH = 3;

    /** Reads one memory at a time from the open parser, so the tokens after it are the next memory's. */
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public EntryCursor open(ExportSource source) throws IOException, UnreadableExportException {
        String text = ExportText.read(source.file());
        String defaultUser = source.defaultUserId();
        List<JsonNode> memories = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String namedUser = null;
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken top = parser.nextToken();
            if (top == null) {
                return ListCursor.empty();
            }
            if (top == JsonToken.START_ARRAY) {
                readArray(parser, memories, lines);
            } else if (top == JsonToken.START_OBJECT) {
                ObjectFields found = readObject(parser, memories, lines, 0);
                if (!found.hasList()) {
                    throw new UnreadableExportException("JSON object has no list of memories (a "
                            + String.join(", ", LIST_FIELDS) + " array, at the top or in an object under it)");
                }
                namedUser = found.user();
            } else {
                throw new UnreadableExportException("JSON export is neither an object nor an array");
            }
        } catch (JacksonException e) {
            // a limit (nesting depth, number length) is reported without a place
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new UnreadableExportException("not valid JSON" + at + ": "
                    + ParserMessages.withoutQuotedText(e.getOriginalMessage()));
        }
        String user = namedUser == null || namedUser.isEmpty() ? defaultUser : namedUser;
        List<Entry> entries = new ArrayList<>();
        int sameLine = 0;
        for (int i = 0; i < memories.size(); i++) {
            sameLine = i > 0 && lines.get(i).equals(lines.get(i - 1)) ? sameLine + 1 : 0;
            entries.add(JsonMemories.entry(memories.get(i), user, source.relativePath(), lines.get(i))
                    .onSameLineAs(sameLine));
        }
        return new ListCursor(entries);
    }

    /** What an object held: whether a list of memories was read, and the user it names (or null). */
    private record ObjectFields(boolean hasList, String user) {
    }

    /**
     * Reads the lists of memories of an object and of the objects under it ({@code {"data": {"memories": [...]}}}),
     * a few levels deep; the user named nearest the top wins.
     */
    private ObjectFields readObject(JsonParser parser, List<JsonNode> memories, List<Integer> lines, int depth) {
        boolean hasList = false;
        String user = null;
        String nestedUser = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (LIST_FIELDS.contains(field) && value == JsonToken.START_ARRAY) {
                readArray(parser, memories, lines);
                hasList = true;
            } else if (JsonMemories.USER_FIELDS.contains(field)
                    && (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT)) {
                user = parser.getString().strip();
            } else if (value == JsonToken.START_OBJECT && depth < MAX_DEPTH) {
                ObjectFields nested = readObject(parser, memories, lines, depth + 1);
                hasList |= nested.hasList();
                nestedUser = nestedUser == null ? nested.user() : nestedUser;
            } else {
                parser.skipChildren();
            }
        }
        return new ObjectFields(hasList, user != null ? user : nestedUser);
    }

    private void readArray(JsonParser parser, List<JsonNode> memories, List<Integer> lines) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            lines.add(parser.currentTokenLocation().getLineNr());
            memories.add(mapper.readTree(parser));
        }
    }
}

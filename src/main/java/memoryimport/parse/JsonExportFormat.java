package memoryimport.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import memoryimport.model.Entry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON: {@code {"user_id": ..., "memories": [...]}} (the list may sit in an object under the top one, as in
 * {@code {"data": {"memories": [...]}}}, or be an object of memories keyed by id) or a bare array of memories (objects
 * or strings). Without such a list, lists under other names are memories filed under those names
 * ({@code {"instructions": [...], "projects": [...]}}). Each memory's line is the line its value starts on. An object
 * with no list at all is unreadable, with that reason.
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
        ExportText.Decoded decoded = ExportText.read(source.file());
        return EntryCursor.noted(new ListCursor(entries(decoded.text(), source.defaultUserId(),
                source.folderUserId() != null, source.relativePath(), 0)),
                ExportText.legacyNote(decoded.legacy()));
    }

    /**
     * The memories of a JSON text, their lines counted from {@code firstLine} + 1: a whole file's from 0, a fenced
     * block's in a text reply from the line of its fence. The user a document names at its top is its user only when
     * no user's folder holds the file ({@code userFromFolder}): in a folder, "chloe.t" is the folder's "chloe-t",
     * whose other exports would otherwise become another user's.
     */
    List<Entry> entries(String text, String defaultUser, boolean userFromFolder, String path, int firstLine)
            throws UnreadableExportException {
        List<Listed> memories = new ArrayList<>();
        List<Listed> filed = new ArrayList<>();
        String namedUser = null;
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken top = parser.nextToken();
            if (top == null) {
                return List.of();
            }
            if (top == JsonToken.START_ARRAY) {
                readArray(parser, memories, null);
            } else if (top == JsonToken.START_OBJECT) {
                ObjectFields found = readObject(parser, memories, filed, 0, false);
                if (!found.hasList()) {
                    if (filed.isEmpty()) {
                        throw new UnreadableExportException("JSON object has no list of memories (a "
                                + String.join(", ", LIST_FIELDS) + " array, or lists named by category, at the top or"
                                + " in an object under it)");
                    }
                    memories = filed;
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
        String user = namedUser == null || namedUser.isEmpty() || userFromFolder ? defaultUser : namedUser;
        boolean dayFirst = SavedDates.dayFirstIn(JsonMemories.unescapedSlashes(text));
        List<Entry> entries = new ArrayList<>();
        int sameLine = 0;
        for (int i = 0; i < memories.size(); i++) {
            Listed m = memories.get(i);
            sameLine = i > 0 && m.line() == memories.get(i - 1).line() ? sameLine + 1 : 0;
            entries.add(JsonMemories.entry(m.node(), user, path, firstLine + m.line(), m.filedUnder(), dayFirst)
                    .onSameLineAs(sameLine));
        }
        return entries;
    }

    /** One memory's JSON value, the line it starts on and the name of the list it was in when that names a category. */
    private record Listed(JsonNode node, int line, String filedUnder) {
    }

    /** What an object held: whether a list of memories was read, and the user it names (or null). */
    private record ObjectFields(boolean hasList, String user) {
    }

    /**
     * Reads the lists of memories of an object and of the objects under it ({@code {"data": {"memories": [...]}}}),
     * a few levels deep; the user named nearest the top wins. Under a list's name, an object of memories keyed by their
     * ids ({@code {"memories": {"m1": {"text": ...}}}}) is that list.
     */
    private ObjectFields readObject(JsonParser parser, List<Listed> memories, List<Listed> filed, int depth,
                                    boolean underListName) {
        boolean hasList = false;
        String user = null;
        String nestedUser = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (LIST_FIELDS.contains(field) && value == JsonToken.START_ARRAY) {
                readArray(parser, memories, null);
                hasList = true;
            } else if (underListName && value == JsonToken.START_OBJECT && !LIST_FIELDS.contains(field)) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(parser);
                if (JsonMemories.hasText(node)) {
                    memories.add(new Listed(node, line, null));
                    hasList = true;
                } else {
                    hasList |= listsIn(node, line, memories, filed, depth + 1);
                }
            } else if (value == JsonToken.START_ARRAY) {
                readArray(parser, filed, field); // used only when no list of memories turns up
            } else if (JsonMemories.USER_FIELDS.contains(field)
                    && (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT)) {
                user = parser.getString().strip();
            } else if (value == JsonToken.START_OBJECT && depth < MAX_DEPTH) {
                ObjectFields nested = readObject(parser, memories, filed, depth + 1, LIST_FIELDS.contains(field));
                hasList |= nested.hasList();
                nestedUser = nestedUser == null ? nested.user() : nestedUser;
            } else {
                parser.skipChildren();
            }
        }
        return new ObjectFields(hasList, user != null ? user : nestedUser);
    }

    /**
     * The lists of an object under a list's name that is no memory but a wrapper ({@code {"memories": {"work":
     * {"items": [...]}}}}), read as {@link #readObject} reads them; it was read whole, so its memories take its line.
     */
    private static boolean listsIn(JsonNode object, int line, List<Listed> memories, List<Listed> filed, int depth) {
        boolean hasList = false;
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            JsonNode value = property.getValue();
            boolean named = LIST_FIELDS.contains(property.getKey());
            if (value.isArray()) {
                value.forEach(m -> (named ? memories : filed).add(new Listed(m, line, named ? null : property.getKey())));
                hasList |= named;
            } else if (value.isObject() && depth < MAX_DEPTH) {
                hasList |= listsIn(value, line, memories, filed, depth + 1);
            }
        }
        return hasList;
    }

    private void readArray(JsonParser parser, List<Listed> memories, String filedUnder) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                readElement(parser, memories, filedUnder, line);
            } else {
                memories.add(new Listed(mapper.readTree(parser), line, filedUnder));
            }
        }
    }

    /** The lists a group in a list holds its memories in: {"name": "Work", "memories": [...]}. */
    private static final List<String> GROUP_LIST_FIELDS = List.of("memories", "entries", "items", "data");
    /** What names such a group: its items are filed under it, as under a heading. */
    private static final List<String> GROUP_NAME_FIELDS = List.of("name", "title", "category", "label", "section", "topic");

    /**
     * An object in a list: a memory, or a group of memories ({"name": "Work", "memories": [...]}), whose memories are
     * read with their own lines and filed under its name; read as a whole it had no text and was one invalid entry.
     */
    private void readElement(JsonParser parser, List<Listed> memories, String filedUnder, int line) {
        ObjectNode element = mapper.createObjectNode();
        List<Listed> grouped = new ArrayList<>();
        boolean group = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY && GROUP_LIST_FIELDS.contains(field)) {
                readArray(parser, grouped, null);
                group = true;
            } else {
                element.set(field, mapper.readTree(parser));
            }
        }
        // an empty group ({"title": "Projects", "items": []}) holds no memory, as "(none)" under a heading does
        if (!group || JsonMemories.firstString(element, JsonMemories.TEXT_FIELDS) != null) {
            memories.add(new Listed(element, line, filedUnder));
        }
        String name = JsonMemories.firstString(element, GROUP_NAME_FIELDS);
        for (Listed m : grouped) {
            memories.add(new Listed(m.node(), m.line(), m.filedUnder() != null ? m.filedUnder() : name != null ? name : filedUnder));
        }
    }
}

package memoryimport.parse;

import java.util.List;
import java.util.Map;
import memoryimport.model.Entry;
import tools.jackson.databind.JsonNode;

/**
 * One memory of a JSON or JSONL export: a string, or an object whose text is in {@code content}, {@code text} or
 * {@code memory}, whose date is in {@code saved_at}, {@code created_at}, {@code date} or {@code timestamp} (ISO text,
 * numeric text in its export's day/month order, or epoch seconds/milliseconds; else in its {@code metadata} object),
 * whose owner may be named by {@code user_id} or {@code user}, and whose {@code category}, {@code section} or
 * {@code topic} is read like a heading.
 */
final class JsonMemories {

    static final List<String> TEXT_FIELDS = List.of("content", "text", "memory", "value");
    static final List<String> DATE_FIELDS = List.of("saved_at", "created_at", "date", "timestamp", "updated_at",
            "created", "saved", "updated");
    static final List<String> USER_FIELDS = List.of("user_id", "user", "userId");
    /** a label the assistant filed the memory under, a hint for the classifier like a heading in a text export */
    static final List<String> HEADING_FIELDS = List.of("category", "section", "topic");

    private JsonMemories() {
    }

    /** A memory; {@code dayFirst} whether its export's numeric dates read day first (see {@link SavedDates#dayFirstIn}). */
    static Entry entry(JsonNode memory, String defaultUser, String path, int line, boolean dayFirst) {
        return entry(memory, defaultUser, path, line, null, dayFirst);
    }

    /** As {@link #entry(JsonNode, String, String, int, boolean)}, the memory filed under a category when it names none. */
    static Entry entry(JsonNode memory, String defaultUser, String path, int line, String filedUnder, boolean dayFirst) {
        if (memory.isString()) {
            String text = memory.stringValue().strip();
            return text.isEmpty() ? Entry.invalid(defaultUser, path, line, "", "memory is an empty string")
                    : Entry.of(defaultUser, path, line, null, filedUnder, text);
        }
        if (!memory.isObject()) {
            return Entry.invalid(defaultUser, path, line, memory.toString(), "memory is neither an object nor a string");
        }
        String user = userId(memory);
        String userId = user == null || user.isBlank() ? defaultUser : user.strip();
        String text = firstString(memory, TEXT_FIELDS);
        if (text == null) {
            text = onlySentence(memory);
        }
        if (text == null) {
            text = sentences(memory);
        }
        JsonNode wrapped = text == null ? wrappedMemory(memory) : null;
        if (wrapped != null) {
            text = firstString(wrapped, TEXT_FIELDS) != null ? firstString(wrapped, TEXT_FIELDS) : onlySentence(wrapped);
        }
        if (text == null || text.isBlank()) {
            // the object as written: its fields may hold the memory under a name the job does not know
            return Entry.invalid(userId, path, line, memory.toString(),
                    "memory has no " + String.join("/", TEXT_FIELDS) + " text");
        }
        String date = date(memory, dayFirst);
        for (JsonNode inner : new JsonNode[] {memory.get("metadata"), wrapped}) {
            if (date == null && inner != null && inner.isObject()) {
                date = date(inner, dayFirst);
            }
        }
        String heading = firstString(memory, HEADING_FIELDS);
        return Entry.of(userId, path, line, date, heading != null ? heading : filedUnder, text.strip());
    }

    /** Whether an object holds a memory's text, under one of its names or as its one sentence. */
    static boolean hasText(JsonNode memory) {
        return firstString(memory, TEXT_FIELDS) != null || onlySentence(memory) != null || wrappedMemory(memory) != null;
    }

    /** A text given as a list of sentences, {"memory": ["Prefers German", "Uses formal Sie"]}: joined, none lost. */
    private static String sentences(JsonNode memory) {
        for (String field : TEXT_FIELDS) {
            JsonNode value = memory.get(field);
            if (value != null && value.isArray() && !value.isEmpty()) {
                List<String> parts = new java.util.ArrayList<>();
                for (JsonNode part : value) {
                    if (!part.isString()) {
                        return null;
                    }
                    parts.add(part.stringValue().strip());
                }
                return String.join("; ", parts);
            }
        }
        return null;
    }

    /** A memory wrapped in an object under a text field's name, {"memory": {"text": ..., "created_at": ...}}. */
    private static JsonNode wrappedMemory(JsonNode memory) {
        for (String field : TEXT_FIELDS) {
            JsonNode value = memory.get(field);
            if (value != null && value.isObject() && hasText(value)) {
                return value;
            }
        }
        return null;
    }

    /** A user id as text or as a whole number ("user_id": 1042). */
    private static String userId(JsonNode memory) {
        for (String field : USER_FIELDS) {
            JsonNode value = memory.get(field);
            if (value != null && (value.isString() || value.isIntegralNumber())) {
                return value.isString() ? value.stringValue() : value.bigIntegerValue().toString();
            }
        }
        return null;
    }

    /**
     * The text of a memory that keeps it under a name of its own ({"fact": ...}, {"note": ...}): its one field, other
     * than the user, date and category, whose value is words. Null when none or several are.
     */
    private static String onlySentence(JsonNode memory) {
        String found = null;
        for (Map.Entry<String, JsonNode> field : memory.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isString() && value.stringValue().strip().indexOf(' ') > 0 && !USER_FIELDS.contains(name)
                    && !DATE_FIELDS.contains(name) && !HEADING_FIELDS.contains(name)) {
                if (found != null) {
                    return null;
                }
                found = value.stringValue();
            }
        }
        return found;
    }

    /** JSON text with "\\/" (an escaped slash, "5\\/13\\/2024") read as "/", for looking at its dates. */
    static String unescapedSlashes(String json) {
        return json.contains("\\/") ? json.replace("\\/", "/") : json;
    }

    static String firstString(JsonNode object, List<String> fields) {
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value != null && value.isString()) {
                return value.stringValue();
            }
        }
        return null;
    }

    private static String date(JsonNode memory, boolean dayFirst) {
        for (String field : DATE_FIELDS) {
            JsonNode value = memory.get(field);
            if (value != null && !value.isNull()) {
                return dateOf(value, dayFirst);
            }
        }
        return null;
    }

    /**
     * ISO text; epoch seconds or milliseconds (a fraction let go); or a database's date object ({"$date": ...},
     * {"$numberLong": "..."}). Null for anything else.
     */
    private static String dateOf(JsonNode value, boolean dayFirst) {
        if (value.isNumber()) {
            return SavedDates.epochDate(value.doubleValue());
        }
        if (value.isObject()) {
            JsonNode date = value.get("$date");
            if (date != null) {
                return dateOf(date, dayFirst);
            }
            JsonNode millis = value.get("$numberLong");
            return millis != null && millis.isString() ? SavedDates.epochDate(number(millis.asString())) : null;
        }
        return value.isString() ? SavedDates.parseStamp(value.asString(), dayFirst) : null;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

package memoryimport.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one user's memory edits twice: edits/&lt;user&gt;.jsonl for machines and edits/&lt;user&gt;.txt in the
 * {@code [date] - memory} form that an import box accepts.
 */
public final class MemoryEditsWriter {

    /** One JSON object a line, streamed field by field: no map built and looked up per edit. */
    private static final ObjectWriter JSON_LINES = JsonMapper.builder().build().writer().withRootValueSeparator("\n");

    private final Path editsFolder;

    public MemoryEditsWriter(Path editsFolder) throws IOException {
        this.editsFolder = Files.createDirectories(editsFolder);
    }

    public void write(String userId, List<MemoryEdit> edits) throws IOException {
        if (edits.isEmpty()) {
            return;
        }
        String name = UserFileNames.of(userId);
        // UTF-8 bytes straight from the generator, no character stream in between
        try (JsonGenerator jsonl = JSON_LINES.createGenerator(editsFolder.resolve(name + ".jsonl"), JsonEncoding.UTF8);
             BufferedWriter txt = Files.newBufferedWriter(editsFolder.resolve(name + ".txt"), StandardCharsets.UTF_8)) {
            for (MemoryEdit edit : edits) {
                writeJson(jsonl, userId, edit);
                if (!"remove".equals(edit.op())) {
                    txt.write("[" + (edit.savedAt() == null ? "unknown" : edit.savedAt()) + "] - "
                            + edit.text().replace('\n', ' ') + "\n");
                }
            }
            jsonl.writeRaw('\n');
        }
    }

    private static void writeJson(JsonGenerator json, String userId, MemoryEdit edit) {
        json.writeStartObject();
        json.writeStringProperty("op", edit.op());
        json.writeStringProperty("user_id", userId);
        json.writeStringProperty("entry_id", edit.entryId());
        json.writeStringProperty("text", edit.text());
        json.writeStringProperty("category", edit.category());
        json.writeStringProperty("saved_at", edit.savedAt());
        if (edit.replaces() != null) {
            json.writeName("replaces");
            json.writeStartObject();
            json.writeStringProperty("entry_id", edit.replaces().entryId());
            json.writeStringProperty("text", edit.replaces().text());
            json.writeEndObject();
        }
        json.writeName("sources");
        json.writeStartArray();
        for (MemoryEdit.Source s : edit.sources()) {
            json.writeStartObject();
            json.writeStringProperty("entry_id", s.entryId());
            json.writeStringProperty("file", s.file());
            json.writeNumberProperty("line", s.line());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}

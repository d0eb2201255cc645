package memoryimport.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one user's memory edits twice: edits/&lt;user&gt;.jsonl for machines and edits/&lt;user&gt;.txt in the
 * {@code [date] - memory} form that an import box accepts.
 */
public final class MemoryEditsWriter {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path editsFolder;

    public MemoryEditsWriter(Path editsFolder) throws IOException {
        this.editsFolder = Files.createDirectories(editsFolder);
    }

    public void write(String userId, List<MemoryEdit> edits) throws IOException {
        if (edits.isEmpty()) {
            return;
        }
        String name = UserFileNames.of(userId);
        try (BufferedWriter jsonl = Files.newBufferedWriter(editsFolder.resolve(name + ".jsonl"), StandardCharsets.UTF_8);
             BufferedWriter txt = Files.newBufferedWriter(editsFolder.resolve(name + ".txt"), StandardCharsets.UTF_8)) {
            for (MemoryEdit edit : edits) {
                jsonl.write(JSON.writeValueAsString(asJson(userId, edit)));
                jsonl.write('\n');
                if (!"remove".equals(edit.op())) {
                    txt.write("[" + (edit.savedAt() == null ? "unknown" : edit.savedAt()) + "] - "
                            + edit.text().replace('\n', ' ') + "\n");
                }
            }
        }
    }

    private static Map<String, Object> asJson(String userId, MemoryEdit edit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("op", edit.op());
        json.put("user_id", userId);
        json.put("entry_id", edit.entryId());
        json.put("text", edit.text());
        json.put("category", edit.category());
        json.put("saved_at", edit.savedAt());
        if (edit.replaces() != null) {
            json.put("replaces", Map.of("entry_id", edit.replaces().entryId(), "text", edit.replaces().text()));
        }
        json.put("sources", edit.sources().stream()
                .map(s -> Map.of("entry_id", s.entryId(), "file", s.file(), "line", s.line())).toList());
        return json;
    }
}

package memoryimport.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import memoryimport.model.Entry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** JSONL: one memory per line, an object or a string. A line that is not JSON is an invalid entry; the rest goes on. */
public final class JsonLinesFormat implements ExportFormat {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public EntryCursor open(ExportSource source) throws IOException {
        String defaultUser = source.defaultUserId();
        InputStream in = Files.newInputStream(source.file());
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        return new EntryCursor() {
            private int line;

            @Override
            public Entry next() throws IOException {
                String text;
                while ((text = reader.readLine()) != null) {
                    line++;
                    String json = (line == 1 ? text.replace("\uFEFF", "") : text).strip();
                    if (json.isEmpty()) {
                        continue;
                    }
                    try {
                        return JsonMemories.entry(mapper.readTree(json), defaultUser, source.relativePath(), line);
                    } catch (JacksonException e) {
                        return Entry.invalid(defaultUser, source.relativePath(), line, "",
                                "line is not valid JSON: " + e.getOriginalMessage());
                    }
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}

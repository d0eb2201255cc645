package memoryimport.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.model.Entry;

/**
 * Text and Markdown replies of an assistant: {@code [date] - memory} lines, inside a fenced block or not, with
 * prose around them. When the reply has fences, only fenced lines can be entries.
 */
public final class TextExportFormat implements ExportFormat {

    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:[-*]\\s+)?\\[([^\\]]*)]\\s*[-\u2013\u2014:]?\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Override
    public String name() {
        return "text";
    }

    @Override
    public EntryCursor open(ExportSource source) throws IOException, UnreadableExportException {
        List<String> lines = readLines(source);
        String userId = source.folderUserId() != null ? source.folderUserId()
                : source.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        boolean fenced = lines.stream().anyMatch(l -> l.strip().startsWith("```"));
        List<Entry> entries = new ArrayList<>();
        boolean inFence = false;
        String heading = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (fenced && !inFence) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                heading = h.group(1);
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                String text = m.group(2).strip();
                if (text.isEmpty()) {
                    entries.add(Entry.invalid(userId, source.relativePath(), i + 1, "", "entry has a date but no text"));
                } else {
                    entries.add(Entry.of(userId, source.relativePath(), i + 1, SavedDates.parse(m.group(1)), heading, text));
                }
            }
        }
        Iterator<Entry> it = entries.iterator();
        return new EntryCursor() {
            @Override
            public Entry next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> readLines(ExportSource source) throws IOException, UnreadableExportException {
        byte[] bytes = Files.readAllBytes(source.file());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableExportException("not valid UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }
}

package memoryimport.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.model.Entry;
import memoryimport.parse.TextLine.Kind;

/**
 * Text and Markdown replies of an assistant. When the reply has fenced blocks, only fenced lines and list items can be
 * entries (a heading just above a fence still names the section). Otherwise, when some lines carry a list marker or a date,
 * those are the entries, and so are unmarked lines between them (not the prose before the first or after the last);
 * when none does, every line that is not a heading or prose is an entry. An indented line under an entry continues
 * it, and so does an unindented one in lower case right under a marked or dated item (a wrapped line).
 */
public final class TextExportFormat implements ExportFormat {

    private static final Pattern KEY_BEGIN = Pattern.compile("-----BEGIN [A-Z0-9 ]{3,60}-----");
    private static final Pattern KEY_END = Pattern.compile("-----END [A-Z0-9 ]{3,60}-----");

    /** Told to the user about the user, anywhere in a reply: "You've told me that you work as ...", "Your team ..." */
    private static final Pattern ABOUT_THE_USER = Pattern.compile("(?i)^(?:you(?:'ve| have| are|'re| work| use| prefer"
            + "| like| want| mentioned| told| said| asked| live| lead| manage| run)\\b|your\\s)");

    /** Lines assistants write around the list: greetings, confirmations, "no memories yet". */
    private static final Pattern PROSE = Pattern.compile("(?i)^(?:(?:additionally|also|besides|finally|furthermore"
            + "|moreover|in addition|lastly|plus|and|just),? )?(?:here(?:'s| is| are| it is)|below (?:is|are)|these are"
            + "|(?:this|that)(?:'s| is) what|these (?:notes|memories|entries|items|details)\\b"
            + "|the following (?:is|are|notes|list|memories|items|entries)\\b|this section\\b|your (?:saved |stored )?memor(?:y|ies)\\b|if any(?:thing)? of (?:this|these|that)"
            + "|(?:happy|glad) to (?:help|update|change|edit|adjust|add|remove|forget)|(?:i'd|i would|would) love to"
            + "|this is (?:all|everything|the)|that(?:'s| is| was) (?:all|everything|it|the)"
            // the assistant of itself and its memory, not the user in the first person, as Gemini's saved info is
            // written ("I'm vegan", "I have two kids", "I don't eat fish")
            + "|i (?:also |currently |still )?(?:have|haven't|don't|do not|can't|cannot|can|could|will|would)\\s+(?:not\\s+)?(?:have\\s+|got\\s+)?"
            + "(?:saved|stored|noted|remembered|recorded|kept|no\\b|any|nothing|the following|these|this|some|a few|several"
            + "|access|remember|recall|retain|store|save|keep|see|find|help|update|forget|add|remove|delete|change|edit)"
            + "|i (?:also )?(?:currently|remember|recall|noted|saved|hope|know (?:that|you|your|about you))"
            + "|i've (?:also )?(?:saved|stored|noted|remembered|recorded|kept|got|learned|updated|added|removed|forgotten"
            + "|listed|included|gathered|put|made a note)"
            + "|i'm (?:also )?(?:happy|glad|sorry|afraid|not|unable|able|here|going|keeping|tracking|saving|storing|noting"
            + "|remembering|currently|always|now|still|just|an? (?:ai|assistant|language model))\\b"
            + "|let me know (?:if|whether|what|how|anything|when you)|there (?:is|are|may)"
            + "|(?:the )?end of|sure\\b|okay\\b|ok\\b|no (?:saved |stored )?memor|nothing (?:saved|stored)"
            + "|(?:of course|certainly|absolutely|got it|understood|alright|all right|no problem|great question"
            + "|cheers|thanks|thank you)\\s*[!.,:\u2013\u2014-]"
            + "|hope (?:this|that|it) helps"
            + "|you (?:have|haven't) no|feel free|if you|would you|do you|note:|is there anything|anything else"
            + "|want me to|shall i|should i|you can (?:ask|tell|manage|delete|edit|update|turn|always|see)"
            + "|(?:chatgpt|gemini|claude|copilot|perplexity|grok|meta ai|le chat) (?:tries|will|can|may|automatically"
            + "|remembers|saves|uses)\\b"
            // the memory page's own sentences, pasted with it
            + "|(?:let|ask|tell) (?:chatgpt|gemini|claude|copilot|perplexity|grok|meta ai|le chat)\\b|memory is full"
            + "|search memories|share info about|introduce yourself|your profile\\b"
            + "|if any(?:thing)? (?:here|above|below|in this list)\\b"
            + "|i'll (?:update|add|remove|change|edit|forget|keep|remember|note|save|adjust|fix)\\b)");

    /**
     * The reply speaking to the user or of itself ("things you mentioned", "I noted"): a line without such words
     * ("The stack chosen for new services:") may be a memory and stays one.
     */
    private static final Pattern ASSISTANT_VOICE = Pattern.compile("(?iu)\\b(?:you|your|i|i've|i'm|me|my|we|our|vous|votre"
            + "|tu|toi|du|dich|dir|ich|usted|yo|jij|je|ik|você|voce|eu|io|ti)\\b");

    /** Where one sentence or clause of a line ends and the next starts. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?<=[.!?,;])\\s+|\\s+[\u2013\u2014-]\\s+");

    /** The names of an item's date and text when it is written as fields, each with its colon. */
    private static final String DATE_KEY = "(?:date|saved|saved[ _](?:at|on)|created(?:[ _]at)?)\\s*:\\s*";
    private static final String TEXT_KEY = "(?:text|memory|content)\\s*:\\s*";

    /** An item written as fields ("- date: 2024-05-01" / "  text: Prefers ..."), the wrapped line joined to the first. */
    private static final Pattern FIELDS = Pattern.compile("(?i)(?:" + DATE_KEY + "(?<date>.+?)\\s+" + TEXT_KEY
            + "(?<text>.+)|" + TEXT_KEY + "(?<text2>.+?)\\s+" + DATE_KEY + "(?<date2>.+))");

    private static final Pattern TEXT_FIELD = Pattern.compile("(?i)" + TEXT_KEY);

    @Override
    public String name() {
        return "text";
    }

    @Override
    public EntryCursor open(ExportSource source) throws IOException, UnreadableExportException {
        ExportText.Decoded decoded = ExportText.read(source.file());
        String text = decoded.text();
        String userId = source.defaultUserId();
        List<String> raw = new ArrayList<>(text.lines().toList());
        List<Entry> fromJson = readJsonBlocks(raw, userId, source.folderUserId() != null, source.relativePath());
        List<Entry> entries = new Reading(userId, source.relativePath(), SavedDates.dayFirstIn(text)).entries(linesOf(raw));
        if (!fromJson.isEmpty()) {
            entries.addAll(fromJson);
            entries.sort(Comparator.comparingInt(Entry::line));
        }
        return EntryCursor.noted(new ListCursor(entries), ExportText.legacyNote(decoded.legacy()));
    }

    /**
     * A block's memories read as a JSON export, else as JSON Lines when every line is an object; null when it is
     * neither (text not starting as JSON, or a JSON snippet that is not a list of memories, a config say: its lines
     * stay the reply's text).
     */
    private List<Entry> jsonMemories(List<String> lines, String userId, boolean userFromFolder, String path, int firstLine) {
        String block = String.join("\n", lines);
        String start = block.strip();
        if (!start.startsWith("[") && !start.startsWith("{")) {
            return null;
        }
        List<Entry> entries;
        try {
            entries = json.entries(block, userId, userFromFolder, path, firstLine);
        } catch (UnreadableExportException notOneDocument) {
            if (!lines.stream().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("{") && (l.endsWith("}")
                    || l.endsWith("},")))) {
                return null;
            }
            boolean dayFirst = SavedDates.dayFirstIn(block);
            entries = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                entries.addAll(jsonLines.entries(lines.get(i), userId, path, firstLine + i + 1, dayFirst));
            }
        }
        return entries.stream().allMatch(Entry::isInvalid) ? null : entries;
    }

    /** A fence opening a JSON or JSON Lines block: "```json", "```jsonl", or a bare fence (its block must start as JSON). */
    private static final Pattern JSON_FENCE = Pattern.compile("^(?:```|~~~)\\s*(?:json5?|jsonc|jsonl|ndjson)?\\s*$", Pattern.CASE_INSENSITIVE);

    private final JsonExportFormat json = new JsonExportFormat();
    private final JsonLinesFormat jsonLines = new JsonLinesFormat();

    /**
     * The memories of fenced JSON blocks in a reply ("Here is your memory as JSON: ```json [...] ```"), read as a JSON
     * export is, their lines blanked in {@code raw} so the text reading passes over them: read line by line, a block's
     * memories ran together into one entry. A block that is not a JSON export stays text.
     */
    private List<Entry> readJsonBlocks(List<String> raw, String userId, boolean userFromFolder, String path) {
        List<Entry> entries = new ArrayList<>();
        for (int open = 0; open < raw.size(); open++) {
            String fence = raw.get(open).strip();
            if (!(fence.startsWith("```") || fence.startsWith("~~~")) || !JSON_FENCE.matcher(fence).matches()) {
                continue;
            }
            int close = open + 1;
            while (close < raw.size() && TextLine.of(raw.get(close)).kind() != Kind.FENCE) {
                close++;
            }
            List<Entry> memories = jsonMemories(raw.subList(open + 1, close), userId, userFromFolder, path, open + 1);
            if (memories != null) {
                entries.addAll(memories);
                for (int k = open + 1; k < close; k++) {
                    raw.set(k, "");
                }
            }
            open = close;
        }
        return entries;
    }

    /** A Markdown table's delimiter row, "|---|:---:|": the row above it is the header, whatever its column names. */
    private static final Pattern TABLE_DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)+\\|?");

    /**
     * The lines of a reply, a pasted key block ("-----BEGIN ... PRIVATE KEY-----" to its END line, or to a blank line)
     * as one entry on its first line, so the sensitive screen sees it whole: line by line it read as headings and
     * memories, in clear.
     */
    static List<TextLine> linesOf(List<String> raw) {
        List<TextLine> lines = new ArrayList<>(raw.size());
        List<String> tableColumns = List.of();
        for (int i = 0; i < raw.size(); i++) {
            if (!KEY_BEGIN.matcher(raw.get(i).strip()).matches()) {
                TextLine line = i + 1 < raw.size() && raw.get(i).strip().startsWith("|")
                        && TABLE_DELIMITER_ROW.matcher(raw.get(i + 1).strip()).matches()
                        ? TextLine.tableHeader(raw.get(i)) : TextLine.of(raw.get(i), tableColumns);
                line = TextLine.sectionOverLetters(line, raw.get(i), i + 1 < raw.size() ? raw.get(i + 1) : null);
                lines.add(line);
                List<String> header = line.tableColumns();
                boolean inTable = line.kind() == Kind.RULE || line.kind() == Kind.ENTRY && raw.get(i).strip().startsWith("|");
                tableColumns = !header.isEmpty() ? header : inTable ? tableColumns : List.of();
                continue;
            }
            int end = i;
            while (end + 1 < raw.size() && !raw.get(end + 1).isBlank() && !KEY_END.matcher(raw.get(end).strip()).matches()) {
                end++;
            }
            lines.add(TextLine.block(String.join("\n", raw.subList(i, end + 1)).strip()));
            for (int k = i + 1; k <= end; k++) {
                lines.add(TextLine.of("")); // read with the block's first line
            }
            i = end;
        }
        return lines;
    }

    /** One pass over the lines of one export. */
    private static final class Reading {
        private final String userId;
        private final String path;
        private final boolean dayFirst;
        private final List<Entry> entries = new ArrayList<>();
        private String heading;
        /** the date a heading gave ("**May 1, 2024**" above a list): the entries under it were saved then */
        private String headingDate;
        /** the heading is a short line above a list ("Work"), which names that list only */
        private boolean headingNamesList;
        /** the indent of a marked item that named the indented items under it ("- Work"), or -1 */
        private int parentHeadingIndent = -1;
        private int startLine;
        private TextLine start;
        private StringBuilder entryText;
        private String evidenceDate;
        /** the date closing the wrapped rest of an unmarked entry ("Is drafting guidelines" / "with the team (May 2, 2024)") */
        private String wrappedDate;

        Reading(String userId, String path, boolean dayFirst) {
            this.userId = userId;
            this.path = path;
            this.dayFirst = dayFirst;
        }

        List<Entry> entries(List<TextLine> lines) {
            boolean fenced = lines.stream().anyMatch(l -> l.kind() == Kind.FENCE);
            int lastListed = lastListed(lines);
            boolean structured = lastListed >= 0;
            boolean[] besideList = besideListItems(lines);
            boolean inFence = false;
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                if (line.kind() == Kind.FENCE) {
                    inFence = !inFence;
                    finish();
                    continue;
                }
                if (fenced && !inFence && !listedOutsideFence(line)) {
                    if (line.kind() != Kind.BLANK && line.kind() != Kind.METADATA && (continues(line) || wraps(line))) {
                        entryText.append(' ').append(line.text());
                        continue;
                    }
                    finish();
                    if (line.kind() == Kind.HEADING) {
                        enterSection(line);
                    }
                    continue;
                }
                if (headingNamesList && line.kind() == Kind.BLANK && !listFollows(lines, i)) {
                    finish();
                    heading = null; // "Personal" above a list names that list, not the lines after it
                    headingDate = null;
                    headingNamesList = false;
                }
                switch (line.kind()) {
                    case HEADING -> {
                        finish();
                        enterSection(line);
                        headingNamesList = false;
                        // a heading of its own outlasts the list a parent item named; "- Personal:" over indented
                        // items is such a parent item, and "- Tools: Excel" after them is not under it
                        parentHeadingIndent = line.marked() && indentedItemFollows(lines, i) ? line.indent() : -1;
                    }
                    case EVIDENCE -> {
                        if (start != null && line.date() != null && evidenceDate == null) {
                            evidenceDate = line.date();
                        }
                    }
                    case ENTRY -> {
                        if (wrapsWithItsDate(line)) {
                            entryText.append(' ').append(line.text());
                            wrappedDate = line.date();
                        } else if (continues(line)) {
                            entryText.append(inSubList(line) ? "\n" + TextLine.clean(line.source()) : " " + line.text());
                        } else if (namesIndentedList(lines, i)) {
                            finish();
                            enterSection(line);
                            parentHeadingIndent = line.indent();
                        } else {
                            if (parentHeadingIndent >= 0 && line.indent() <= parentHeadingIndent) {
                                finish(); // the item above was still under the parent's name
                                heading = null; // back out of the list a parent item named
                                headingDate = null;
                                parentHeadingIndent = -1;
                            }
                            begin(i + 1, line);
                        }
                    }
                    case PLAIN -> {
                        if (continues(line) || wraps(line)) {
                            entryText.append(' ').append(line.text());
                        } else if (structured && !inFence && namesList(lines, i)) {
                            finish();
                            enterSection(line);
                            headingNamesList = true;
                        } else if (structured && !inFence && introducesList(lines, i)) {
                            finish();
                            enterSection(line);
                        } else if ((inFence || !structured || i < lastListed && (start != null || !entries.isEmpty())
                                || ABOUT_THE_USER.matcher(line.text()).lookingAt() || statesAFactAboveList(lines, i)
                                || statesAFactUnderList(lines, i) || besideList[i]
                                || parentHeadingIndent >= 0 && line.indent() > parentHeadingIndent)
                                && !isProse(line.text())) {
                            // in a list, an unmarked line between its items is one more item, not the prose around it
                            begin(i + 1, line);
                        } else {
                            finish();
                        }
                    }
                    default -> finish();
                }
            }
            finish();
            return entries;
        }

        /**
         * Around fenced blocks only list items are read, a marked or dated line the reply's prose does not open
         * ("- Works at Acme" under the block): passed over, it had no decision.
         */
        private static boolean listedOutsideFence(TextLine line) {
            return line.kind() == Kind.ENTRY && line.listed() && !isProse(line.text());
        }

        /**
         * The reply's own words, not a memory: a line opening as prose does, or one whose last sentence or clause
         * introduces the list below it ("You asked me to print my memory. Here it is:", "And on style, I've noted:").
         */
        private static boolean isProse(String text) {
            if (PROSE.matcher(text).lookingAt()) {
                return true;
            }
            if (!text.endsWith(":")) {
                return false;
            }
            String[] clauses = CLAUSE_BREAK.split(text);
            return clauses.length > 1 && PROSE.matcher(clauses[clauses.length - 1]).lookingAt();
        }

        /** A heading names the section under it, or dates it when it is a date ("### 2024-04-20", "May 1, 2024:"). */
        private void enterSection(TextLine line) {
            String label = headingOf(line);
            boolean isDate = label != null && SavedDates.isDate(label);
            heading = isDate ? null : label;
            headingDate = isDate ? label : null;
        }

        /** A heading names a section unless it is the reply's own preamble ("Here's what I know about you:"). */
        private static String headingOf(TextLine line) {
            String text = line.text().endsWith(":") ? line.text().substring(0, line.text().length() - 1).strip() : line.text();
            return text.isEmpty() || isProse(line.text()) ? null : text;
        }

        /**
         * An indented line under an entry, with no date of its own, continues it: a wrapped line, a sub-list under an
         * entry that ends with a colon, or a sub-item in lower case, which goes on with its parent's sentence
         * ("- Works on the payments team" / "  - mostly backend services").
         */
        private boolean continues(TextLine line) {
            if (start == null || line.dated() || line.indent() <= start.indent()) {
                return false;
            }
            return !line.marked() || inSubList(line) || startsInLowerCase(line);
        }

        /** A marked line under an entry that announced a list ("Tools:") or already holds one keeps its marker. */
        private boolean inSubList(TextLine line) {
            return line.marked() && (entryText.toString().endsWith(":") || entryText.indexOf("\n") >= 0);
        }

        /**
         * An unmarked line in lower case right under an unmarked, undated entry of a few words, its date closing it: the
         * rest of that entry, wrapped, in an export whose lines end with their dates.
         */
        private boolean wrapsWithItsDate(TextLine line) {
            return start != null && !start.marked() && !start.dated() && wrappedDate == null && line.dated()
                    && !line.marked() && startsInLowerCase(line) && start.text().split("\\s+").length >= 3;
        }

        private static boolean startsInLowerCase(TextLine line) {
            return !line.text().isEmpty() && Character.isLowerCase(line.text().codePointAt(0));
        }

        /**
         * A line right under a marked or dated item, without a marker or date of its own and starting in lower case,
         * is that item's text wrapped without indent ("- Prefers concise answers" / "with code examples first").
         */
        private boolean wraps(TextLine line) {
            return start != null && start.listed() && (startsInLowerCase(line) || endsMidSentence(entryText))
                    && !restates(entryText, line.text());
        }

        /**
         * A line most of whose words (four or more) the item above already has says it again, as a re-export pasted
         * under it does ("Wants code reviews to mention stack usage" / "wants code reviews to mention stack usage &
         * ISR latency"): its own entry, not the item's wrapped rest, which goes on with other words.
         */
        private static boolean restates(CharSequence item, String line) {
            String[] words = line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            String above = " " + String.join(" ", item.toString().toLowerCase(java.util.Locale.ROOT)
                    .split("[^\\p{L}\\p{N}]+")) + " ";
            int count = 0;
            int shared = 0;
            for (String w : words) {
                if (!w.isEmpty()) {
                    count++;
                    shared += above.contains(" " + w + " ") ? 1 : 0;
                }
            }
            return count >= 4 && shared >= 0.7 * count;
        }

        /** Words a sentence does not end on, in the languages the reader knows best: a line ending so was cut short. */
        private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
                "with", "from", "by", "and", "or", "but", "as", "into", "than", "that", "which", "who", "about", "between",
                "der", "die", "das", "und", "oder", "mit", "für", "von", "zu", "im", "auf", "le", "la", "les", "de", "des",
                "du", "et", "ou", "avec", "pour", "dans", "en", "el", "los", "las", "del", "y", "con", "para", "por");

        /**
         * An item cut at a comma or a word no sentence ends on ("... the trade-offs in" / "Kotlin and Java"): the next
         * line, unmarked and right under it, is its text wrapped without indent, whatever its first letter.
         */
        private static boolean endsMidSentence(CharSequence text) {
            int end = text.length();
            if (end == 0) {
                return false;
            }
            if (text.charAt(end - 1) == ',') {
                return true;
            }
            int wordStart = end;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            return wordStart < end && end - wordStart <= 7 && (wordStart == 0 || text.charAt(wordStart - 1) == ' ')
                    && FUNCTION_WORDS.contains(text.subSequence(wordStart, end).toString().toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * A short line without end punctuation or a verb, after a break and right above marked or dated items, names
         * them like a heading: "Work", "Personal details"; not "Prefers short answers", "Team uses Jira".
         */
        private static boolean namesList(List<TextLine> lines, int i) {
            String text = lines.get(i).text();
            boolean afterBreak = i == 0 || lines.get(i - 1).kind() != Kind.ENTRY && lines.get(i - 1).kind() != Kind.PLAIN;
            return afterBreak && i + 1 < lines.size() && lines.get(i + 1).listed() && text.split("\\s+").length <= 4
                    && (text.isEmpty() || ".!?;,\u3002\uFF01\uFF1F".indexOf(text.charAt(text.length() - 1)) < 0)
                    && !TextLine.statesAFact(text);
        }

        /**
         * A marked item that only names the indented items under it, "- Work" over "  - Senior analyst at ...": a heading
         * for them, not a memory (a short line without end punctuation, a date or a verb, as {@link #namesList} reads).
         */
        private static boolean namesIndentedList(List<TextLine> lines, int i) {
            TextLine line = lines.get(i);
            if (!line.marked() || line.dated()) {
                return false;
            }
            String text = line.text();
            return indentedItemFollows(lines, i) && !text.isEmpty() && text.split("\\s+").length <= 3
                    && ".!?;,:)\u3002\uFF01\uFF1F".indexOf(text.charAt(text.length() - 1)) < 0 && !TextLine.statesAFact(text)
                    && !ABOUT_THE_USER.matcher(text).lookingAt();
        }

        /**
         * A sentence ending with a colon right above a list, "And a couple of personal things you mentioned:": the
         * reply introducing the list (its words name the section), not a memory; "Prefers the following format:" is one.
         */
        private static boolean introducesList(List<TextLine> lines, int i) {
            String text = lines.get(i).text();
            if (!text.endsWith(":") || TextLine.startsAsAMemory(text) || ABOUT_THE_USER.matcher(text).lookingAt()
                    || !ASSISTANT_VOICE.matcher(text).find()) {
                return false;
            }
            for (int k = i + 1; k < lines.size(); k++) {
                TextLine next = lines.get(k);
                if (next.kind() != Kind.BLANK) {
                    return next.listed();
                }
            }
            return false;
        }

        /** "Prefers short answers" right above the first list item: a memory, not the reply's opening prose. */
        private static boolean statesAFactAboveList(List<TextLine> lines, int i) {
            String text = lines.get(i).text();
            return i + 1 < lines.size() && lines.get(i + 1).listed() && !text.endsWith("?") && TextLine.statesAFact(text);
        }

        /**
         * "Prefers table-driven tests" right under a list item, no blank line between: an item that lost its marker,
         * not the reply's closing prose, which a blank line sets apart.
         */
        private static boolean statesAFactUnderList(List<TextLine> lines, int i) {
            String text = lines.get(i).text();
            return i > 0 && lines.get(i - 1).listed() && !text.endsWith("?") && TextLine.startsAsAMemory(text);
        }

        /** Whether the next line is a list item indented under line i. */
        private static boolean indentedItemFollows(List<TextLine> lines, int i) {
            return i + 1 < lines.size() && lines.get(i + 1).listed() && lines.get(i + 1).indent() > lines.get(i).indent();
        }

        /** Whether the next line that is not blank is a list item or a heading. */
        private static boolean listFollows(List<TextLine> lines, int i) {
            for (int k = i + 1; k < lines.size(); k++) {
                TextLine next = lines.get(k);
                if (next.kind() != Kind.BLANK) {
                    return next.listed() || next.kind() == Kind.HEADING;
                }
            }
            return false;
        }

        /**
         * For each line, whether it is an unmarked line of a block of lines (no blank line or heading between) that also
         * holds marked or dated items: one more item of that list, whose marker or date the reader did not know ("5 мая
         * 2024 г. — ..." above "— ..."), not prose, which a blank line sets apart; a line ending in ':' above the items
         * introduces them. One pass each way, so a long file costs no more than its lines.
         */
        private static boolean[] besideListItems(List<TextLine> lines) {
            boolean[] beside = new boolean[lines.size()];
            boolean listedAbove = false;
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                listedAbove = inBlock(line) && (listedAbove || line.listed());
                beside[i] = listedAbove && !line.listed();
            }
            boolean listedBelow = false;
            for (int i = lines.size() - 1; i >= 0; i--) {
                TextLine line = lines.get(i);
                listedBelow = inBlock(line) && (listedBelow || line.listed());
                beside[i] |= listedBelow && !line.listed() && !line.text().endsWith(":");
            }
            return beside;
        }

        private static boolean inBlock(TextLine line) {
            return line.kind() == Kind.ENTRY || line.kind() == Kind.PLAIN;
        }

        /** Index of the last marked or dated line: unmarked lines after it are the reply's closing prose. */
        private static int lastListed(List<TextLine> lines) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).listed()) {
                    return i;
                }
            }
            return -1;
        }

        private void begin(int lineNo, TextLine line) {
            finish();
            startLine = lineNo;
            start = line;
            entryText = new StringBuilder(line.text());
            evidenceDate = null;
            wrappedDate = null;
        }

        private void finish() {
            if (start == null) {
                return;
            }
            String text = entryText.toString().strip();
            String date = start.date() != null ? start.date() : evidenceDate != null ? evidenceDate
                    : wrappedDate != null ? wrappedDate : headingDate;
            Matcher label;
            Matcher fields;
            if (evidenceDate != null && (label = TEXT_FIELD.matcher(text)).lookingAt()) {
                text = text.substring(label.end()); // "- content: ..." over its "  saved: 2024-05-03", read as evidence
            } else if ((fields = FIELDS.matcher(text)).matches()) {
                String fieldDate = fields.group("date") != null ? fields.group("date") : fields.group("date2");
                if (SavedDates.isDate(fieldDate.strip())) {
                    text = (fields.group("text") != null ? fields.group("text") : fields.group("text2")).strip();
                    date = date != null ? date : fieldDate.strip();
                }
            }
            if (text.isEmpty() || !text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                entries.add(Entry.invalid(userId, path, startLine, text,
                        start.dated() ? "entry has a date but no text" : "list item has no text"));
            } else {
                entries.add(Entry.of(userId, path, startLine, SavedDates.parse(date, dayFirst), heading, text));
            }
            start = null;
            entryText = null;
        }
    }
}

package memoryimport.parse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * What one line of a text export is, read on its own: a fence, a rule, a heading, a list or dated entry, the
 * evidence line of the entry above, or a plain line whose role depends on its neighbours (entry, continuation or
 * prose).
 *
 * @param kind   what the line is
 * @param indent leading whitespace width (a tab counts 4)
 * @param marked true when the line starts with a list marker ({@code -}, {@code *}, {@code •}, {@code 1.}, {@code 1)},
 *               {@code (1)})
 * @param dated  true when the line has a date slot ({@code [..]} or a leading date), readable or not
 * @param date   the raw date (bracket content, evidence date), or null
 * @param text   the entry text with markup and citation tokens removed; the heading label for headings
 * @param source the line as written, stripped (a marked line that continues an entry keeps its marker)
 */
record TextLine(Kind kind, int indent, boolean marked, boolean dated, String date, String text, String source) {

    enum Kind { BLANK, FENCE, RULE, HEADING, ENTRY, EVIDENCE, METADATA, PLAIN }

    /** A list item: an entry line with a marker or a date of its own. */
    boolean listed() {
        return kind == Kind.ENTRY && (marked || dated);
    }

    private static final Pattern FENCE = Pattern.compile("^(?:```|~~~).*");
    private static final Pattern RULE = Pattern.compile("^(?:([-*_=])\\s*(?:\\1\\s*){2,}|\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?)$");
    /** A title between runs of the same rule character: "=== Saved memories ===", "— End of memory —". */
    private static final Pattern BANNER = Pattern.compile("^([-=*~\u2013\u2014])\\1*\\s+(.+?)\\s+\\1+$");
    private static final Pattern HASH_HEADING = Pattern.compile("^#{1,6}(?:\\s+(.*?))?\\s*#*$");
    /**
     * Bullets (ASCII, typographic, geometric shapes U+25A0-25FF, stars, ticks, a few emoji), numbers ("1.", "1)",
     * "(1)", "#1", circled, full-width "１．"), letters ("a)"), and the "o" and tab of a list pasted from Word. A bullet
     * that is never punctuation may touch its text, as Japanese lists write it ("・日本語で"); dashes, "*", "+", "·" and
     * "»" need a space.
     */
    private static final Pattern MARKER = Pattern.compile(
            "^(?:[-*+\u2010\u00B7\u00BB\u2013\u2014]\\s+"
            + "|[\u2022\u2023\u2043\u2192\u2219\u22C5\u203B\u30FB\u25A0-\u25FF"
            + "\u2605\u2606\u2726\u2756\u27A2\u27A4\u2713\u2714\u2610\u2611\u2705\u2B50\u2757\u27A1"
            + "\uD83D\uDCCC\uD83D\uDD39\uD83D\uDD38\uD83D\uDC49\uD83D\uDD35\uD83D\uDD34\uD83D\uDFE2\uD83D\uDFE1]"
            + "\\uFE0F?\\s*|[\\x{1F300}-\\x{1FAFF}\u2600-\u27BF\u2B00-\u2BFF]\\uFE0F?\\s+|\\d\uFE0F?\u20E3\\s*"
            + "|[\u2460-\u2473\u2776-\u277F]\\s*|[\uFF10-\uFF19]{1,3}[\uFF0E\uFF09\u3001.)]\\s*|o\\t+"
            + "|\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+(?=\\p{Lu})|\\d{1,4}[.)](?:\\s+|(?=\\[))|#\\d{1,4}[.):]?\\s+|\\(\\d{1,4}\\)\\s+|\\([a-z]\\)\\s+|[a-z][.)]\\s+)");
    /** A list as HTML, one tag a line: "<ul>", "</ol>" close or open a list and hold no memory, "<li>text</li>" is an item. */
    private static final Pattern HTML_LIST_TAGS = Pattern.compile("(?i)(?:</?(?:ul|ol|div|p|br)\\b[^>]*>\\s*)+");
    private static final Pattern HTML_ITEM = Pattern.compile(
            "(?i)(?:<(?:ul|ol|div|p)\\b[^>]*>\\s*)*<li\\b[^>]*>(.*?)(?:</li>)?(?:\\s*</(?:ul|ol|div|p)>)*");
    /** A heading or paragraph as HTML on a line of its own: "<h2>Saved memories</h2>", "<p>Here is ...</p>". */
    private static final Pattern HTML_BLOCK = Pattern.compile("(?i)<(h[1-6]|p)\\b[^>]*>(.*)</\\1>");
    /** Markup inside an item, "<strong>Editor:</strong>", "<code>drush</code>": its words are the text. */
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]{0,200}>");
    /** A section numbered in Roman numerals, "II. Style", "IV) Tools". */
    private static final Pattern ROMAN_NUMBERED = Pattern.compile("^[IVX]{1,5}[.)]\\s+(\\S.{0,80})$");
    private static final Pattern BOLD_HEADING = Pattern.compile("^(?:\\*\\*|__)([^*_]{1,80}?)(?:\\*\\*|__)\\s*:?$");
    /** A line all in italics, "*Earlier context*": a section's name when it reads as one (see {@link #namesASection}). */
    private static final Pattern ITALIC_HEADING = Pattern.compile("^([*_])([^*_]{1,60}?)\\1\\s*:?$");
    private static final Set<String> STATEMENT_STARTS = Set.of("prefers", "wants", "likes", "loves", "uses", "needs",
            "asks", "expects", "follows", "writes", "works", "has", "is", "avoids", "dislikes", "hates", "requires",
            "always", "never", "don't", "dont", "do", "please", "use", "avoid", "keep", "write", "answer", "respond",
            "reply", "give", "include", "explain", "call");
    private static final Pattern LABEL_HEADING = Pattern.compile("^([^:\\[\\]]{1,60}):$");
    private static final Pattern BRACKET_DATE = Pattern.compile("^(?:\\*\\*|__)?\\[([^\\]]{0,40})](?:\\*\\*|__)?");
    private static final String WEEKDAY = "(?:\\p{L}{2,9}\\.?,\\s+)?";
    /** "2024. március 5.": the year first, each part closed by a period, as Hungarian writes a date */
    private static final String YEAR_FIRST_DATE = "\\d{4}\\.\\s+\\p{L}{3,12}\\.?\\s+\\d{1,2}\\.";
    /** A day of the month before its month: "1st", "1er" (French), "1º" (Iberian), "3." (German) */
    private static final String DAY_OF_MONTH = "\\d{1,2}(?:st|nd|rd|th|er|º|°|ª)?\\.?";
    /**
     * The time of day some exports print after the date, with its zone: "T09:30:00Z", " 09:30 UTC", " 08:00 +02:00",
     * ", 9:30 AM", " at 9:30 AM PST".
     */
    private static final String TIME_OF_DAY = "(?:T|,?\\s(?:at\\s+)?)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
            + "(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s?(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\\d{2}:?\\d{2}))?";
    /**
     * A month's name where a date form has one: letters and the vowel marks of Thai and Devanagari ("มิถุนายน",
     * "जुलाई"), two letters at least ("مه", "آب"), or a Thai abbreviation with its period inside ("พ.ค.")
     */
    private static final String MONTH_WORD = "(?:[\\p{L}\\p{M}]{2,12}|[\\p{L}\\p{M}]{1,3}\\.[\\p{L}\\p{M}]{1,2})";
    private static final String DATE_FORMS = "(?:" + SavedDates.DATE_PREPOSITION + ")?(?:(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}"
            + "|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|" + WEEKDAY + MONTH_WORD + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            // "1 May 2024", "1st of May, 2024", "1 de mayo de 2024" (Spanish, Portuguese), "12 janv. 2025"
            + "|" + WEEKDAY + DAY_OF_MONTH + "\\s+(?:of\\s+|de\\s+)?" + MONTH_WORD + "\\.?,?\\s+(?:de\\s+)?\\d{4}" + SavedDates.YEAR_SUFFIX
            + "|" + YEAR_FIRST_DATE
            // Vietnamese numbers its months ("ngày 1 tháng 5 năm 2024"); Korean dots a numeric date ("2024. 6. 3.")
            + "|(?iu:(?:ngày\\s+)?\\d{1,2}\\s+)?(?iu:tháng)\\s+\\d{1,2}(?:\\s+(?iu:năm)|,)?\\s+\\d{4}"
            + "|\\d{4}\\.\\s\\d{1,2}\\.\\s\\d{1,2}\\.)"
            + "(?:" + TIME_OF_DAY + ")?"
            + "|\\d{4}-\\d{1,2}|(?:19|20)\\d{6}|\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월](?:\\s*\\d{1,2}\\s*[日일])?"
            // a Japanese era's or Taiwan's Minguo year: "令和6年5月1日", "民國113年5月1日"
            + "|(?:" + SavedDates.ERA_NAMES + ")\\s*(?:\\d{1,3}|元)\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?"
            + "|" + MONTH_WORD + "\\.?\\s+(?:de\\s+)?\\d{4})";
    /**
     * A date given relative to a day the export does not tell ("3 weeks ago", "vor 2 Tagen", "hace 3 días"): taken out
     * of the text like a date, the entry left undated.
     */
    private static final String RELATIVE_DATE = "(?iu:(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|a\\s+few|a\\s+couple\\s+of|several)\\s+(?:minute|hour|day|week|month|year)s?\\s+ago"
            + "|yesterday|today|last\\s+(?:week|month|year)"
            + "|vor\\s+(?:\\d{1,3}|einem|einer|zwei|drei)\\s+(?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
            + "|hace\\s+(?:\\d{1,3}|un|una|dos|tres)\\s+(?:minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
            + "|há\\s+(?:\\d{1,3}|um|uma|dois|duas|três)\\s+(?:minutos?|horas?|dias?|semanas?|mês|meses|anos?)"
            + "|il\\s+y\\s+a\\s+(?:\\d{1,3}|un|une|deux|trois)\\s+(?:minutes?|heures?|jours?|semaines?|mois|ans?|années?)"
            + "|(?:\\d{1,3}|een|twee|drie)\\s+(?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaren|jaar)\\s+geleden"
            + "|(?:\\d{1,3}|un|una|due|tre)\\s+(?:minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\\s+fa)";
    /** A date or a relative one. */
    private static final String DATE_OR_RELATIVE = "(?:" + DATE_FORMS + "|" + RELATIVE_DATE + ")";
    /** Words saying a date is when the memory was saved, in the languages of the month names SavedDates knows. */
    private static final String SAVED_WORD = "(?iu:(?:last\\s+)?(?:saved|added|created|updated|stored|remembered|noted)"
            + "(?:\\s+(?:on|at))?|(?:gespeichert|hinzugefügt|erstellt|aktualisiert)(?:\\s+am)?"
            + "|(?:guardad[oa]|añadid[oa]|agregad[oa]|cread[oa]|actualizad[oa])(?:\\s+el)?"
            + "|(?:salv[oa]|guardad[oa]|adicionad[oa]|criad[oa]|atualizad[oa])(?:\\s+(?:em|a))?"
            + "|(?:opgeslagen|toegevoegd|aangemaakt|bijgewerkt)(?:\\s+op)?"
            + "|(?:salvat[oa]|aggiunt[oa]|creat[oa]|aggiornat[oa])(?:\\s+il)?"
            + "|(?:enregistrée?|ajoutée?|créée?|mise?\\s+à\\s+jour)(?:\\s+le)?)";
    /** The letters a saved word or "Source:" starts with: other lines are not tried as saved notes */
    private static final String SAVED_WORD_STARTS = "SsAaCcRrUuNnLlGgHhEeOoTtBbMmÉéDdFf";
    /** "3. Mai 2024 - text", "2024. május 3. - text": a German or Hungarian date, not item 3 or 2024 */
    private static final Pattern DOTTED_DAY_DATE = Pattern.compile("^(\\d{1,2}\\.\\s+\\p{L}{3,12}\\.?\\s+\\d{4}"
            + "|" + YEAR_FIRST_DATE + ")(?=\\s*[-\u2013\u2014:|]\\s)");
    /**
     * A date closing the line: "text (2024-05-01)", "text [2024-05-01]", "text (saved May 2024)", "text (gespeichert am 3. Mai 2024)",
     * "text - saved May 2024", "text, last updated 2024-05-03", "text — 12 janv. 2025" (a day date after a dash needs
     * no word before it); or a relative date there, "text (2 days ago)".
     */
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s*(?:[(\\[\uFF08](?:" + SAVED_WORD + "\\s*:?\\s+)?("
            + DATE_OR_RELATIVE + ")[)\\]\uFF09]|\\s[-\u2013\u2014]\\s+" + SAVED_WORD + "\\s*:?\\s+(" + DATE_OR_RELATIVE + ")"
            + "|\\s[-\u2013\u2014]\\s+(" + DATE_OR_RELATIVE + ")|,\\s*" + SAVED_WORD + "\\s*:?\\s+(" + DATE_OR_RELATIVE + "))\\.?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A date closing the line in emphasis or a code span: "text — **2024-05-01**", "text — *3 May 2024*", "text
     * `2024-05-05`", also in brackets and with a saved word: "text _(saved 7 October 2023)_".
     */
    private static final Pattern TRAILING_MARKED_DATE = Pattern.compile("\\s*(?:\\s[-\u2013\u2014]\\s+)?(\\*\\*|__|[*_`])"
            + "(?:[(\\[](?:" + SAVED_WORD + "\\s*:?\\s+)?(" + DATE_FORMS + ")[)\\]]|(" + DATE_FORMS + "))\\1\\.?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The group of {@link #TRAILING_DATE} for a date after a bare dash, which must name a day. */
    private static final int DASHED_DATE = 3;
    /**
     * A date leading the line before a separator ("2024-05-01 - text"; a tab, as a spreadsheet's two columns pasted
     * give it; a full-width colon, which Chinese and Japanese write without a space: "2024年6月3日：text"), or in
     * brackets ("(May 1, 2024) text"); a whole numeric date, two-digit month and day, also before a space and a
     * word ("- 2024/06/06 Wants ..."), which no version number or amount is written as.
     */
    private static final Pattern LEADING_DATE = Pattern.compile("^(?:\\*\\*|__)?(?:(" + DATE_OR_RELATIVE
            + ")(?:\\*\\*|__)?(?=\\s*[-\u2013\u2014:|\u00B7\u2022]{1,2}\\s|\\t|\\s*\uFF1A)|[(\uFF08](" + DATE_OR_RELATIVE + ")[)\uFF09](?:\\*\\*|__)?(?=\\s|(?<=\uFF09))"
            + "|(\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}|\\d{4}\\.\\d{2}\\.\\d{2}|\\d{2}/\\d{2}/\\d{4}|\\d{2}\\.\\d{2}\\.\\d{4}"
            + "|\\d{2}-\\d{2}-\\d{4})(?=\\s+\\p{L})"
            // a date in bold needs no separator, its closing marks end it: "**October 24th, 2023** Writes ..."
            + "|(?<=^\\*\\*|^__)(" + DATE_FORMS + ")(?:\\*\\*|__)(?=\\s))", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RELATIVE = Pattern.compile(RELATIVE_DATE);
    /** A numbered label some assistants print instead of a list marker: "Memory 1 (saved 2024-05-01): text". */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^(?i:memory|entry|item|note)\\s*#?\\d{1,5}\\s*"
            + "(?:\\((?i:saved|added|created|updated|stored)?\\s*(?i:on\\s+)?(" + DATE_FORMS + ")\\)\\s*)?[:.\u2013\u2014-]\\s+");
    /**
     * A line saying when the memory above it was saved: "Saved on May 2, 2024", "Source: conversation on 2024-05-02",
     * also in parentheses or emphasis, "(saved 2024-03-03)", "_Added Jan 5, 2025_".
     */
    private static final Pattern SAVED_NOTE = Pattern.compile("(?i)[(\\[*_]*(?:" + SAVED_WORD
            + "|(?:date|datum|fecha|data)\\s+(?:saved|added|created|stored)"
            + "|source\\s*:[^\\n]{0,40}?\\b(?:on|from))\\s*:?\\s*(" + DATE_FORMS + ")\\.?[)\\]*_]*\\.?");
    /**
     * The same leading the memory: "Remembered on 1 May 2024: text", "Saved 2024-05-01 - text", or as a bold label,
     * "**Saved:** 2024-05-01 — text", "Date: 2024-05-01 - text".
     */
    private static final Pattern SAVED_LEAD = Pattern.compile("(?i)(?:\\*\\*|__)?(?:saved|added|created|stored|remembered"
            + "|noted|updated|date)(?:\\s+(?:on|at))?(?:\\*\\*|__)?\\s*:?(?:\\*\\*|__)?\\s+(" + DATE_FORMS + ")\\s*[:\u2013\u2014-]\\s+");
    /** Reference marks a reply leaves after a memory: "[1]", "[3][4]", "【5†source】" */
    private static final Pattern TRAILING_REFERENCES = Pattern.compile("(?:\\s*(?:\\[\\d{1,3}]|【[^】]{0,40}】))+$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-\u2013\u2014:|.\u00B7\u2022\uFF1A]{1,2}\\s*)?");
    private static final Pattern EVIDENCE = Pattern.compile("^(?i:evidence)\\s*:\\s*(.*)$");
    private static final Pattern EVIDENCE_DATE = Pattern.compile("(?i)\\bdate\\s*:\\s*\\[?([^\\]\\n]+?)]?\\.?\\s*$");
    private static final Pattern METADATA = Pattern.compile(
            "(?i)^(?:imported from|exported (?:on|from|at|by)|generated (?:on|by)|last updated|export date"
            + "|(?:memory|memories|saved info) (?:export|dump|list|summary)\\b"
            + "|(?:note|nb|ps)\\s*:\\s*(?:these|this|the|all|my) (?:memories|memory|list|entries|information|notes)"
            + "|(?:note|nb|ps)\\s*:.*\\bmemor(?:y|ies)\\b)\\b.*"
            // how sure the assistant was of the memory above, a line of its own under it: "Confidence=high"
            + "|(?:confidence|relevance|certainty|score|weight|priority|importance)\\s*[=:]\\s*[\\p{L}\\p{N}.%]{1,12}");
    /** A memory screen's buttons and labels, pasted with the list: "Manage memories", "Delete", "Saved info" */
    private static final Pattern UI_LINE = Pattern.compile("(?i)(?:manage(?: saved)? memories|saved memories"
            + "|memory (?:updated|full)|delete(?: all)?|clear (?:\\p{L}+'s |all )?memor(?:y|ies)|saved info"
            + "|info you asked \\p{L}+ to save|add|edit|remove|undo|forget|show (?:more|less)|copy|manage|memory|memories"
            + "|personali[sz]ation|settings|customi[sz]e (?:\\p{L}+)"
            + "|(?:reference|turn (?:on|off)) (?:saved memories|chat history|memory))[.!]?");
    /** What an empty section holds instead of memories: "(none)", "- None yet", "N/A", "—", "(aucun)", "keine". */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?iu)[(\\[_*]*(?:none(?:\\s+(?:yet|so\\s+far|saved))?"
            + "|nothing(?:\\s+(?:yet|saved|here|so\\s+far))?|n/?a|empty|tbd|[-\u2013\u2014]|aucune?|rien|keiner?|nichts"
            + "|ningun[oa]|nada|nessun[oa]|niets|geen|nenhum[a]?)[.)\\]_*]*");
    private static final Pattern LABELLED = Pattern.compile("^\\p{L}[\\p{L}\\p{N} &/'()-]{0,30}:\\s+\\S.*");
    /** Citation tokens some assistants leave in their text, with the private-use characters around them. */
    private static final Pattern CITATION = Pattern.compile(
            "\\s*[\\uE200-\\uE2FF]*(?:file)?cite(?:turn\\d+(?:file|search|news|view|image)\\d+)+[\\uE200-\\uE2FF]*|[\\uE200-\\uE2FF]");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    /** A table column naming what each row's value is: "| Category | Detail |", "| Key | Value |". */
    private static final Pattern LABEL_COLUMN = Pattern.compile("(?i)category|topic|section|type|label|key|field|area"
            + "|attribute|property|kategorie|catégorie|categoría|categoria|thema|tema");
    private static final Pattern TABLE_HEADER_WORDS = Pattern.compile(
            "(?i)(?:#|no\\.?|id|date|(?:last[ _])?(?:saved|added|created|updated|stored|remembered)(?:[ _](?:at|on|date))?|when"
            + "|time(?:stamp)?|memory|memories|content|text|entry|entries|item|fact|details?|description|value|category"
            + "|topic|section|type|label|key|field|area|attribute|property|source|tags?|note|notes|datum|fecha|inhalt|contenu|erinnerung|recuerdo|souvenir)?");

    /** Several lines read as one entry's text, as they are (a pasted key block). */
    static TextLine block(String text) {
        return new TextLine(Kind.ENTRY, 0, false, false, null, text, text);
    }

    static TextLine of(String raw) {
        return of(raw, List.of());
    }

    /** A line read under the header of the Markdown table it belongs to (its column names, none outside a table). */
    static TextLine of(String raw, List<String> tableColumns) {
        TextLine line = read(raw, tableColumns);
        return new TextLine(line.kind, line.indent, line.marked, line.dated, line.date, line.text, raw.strip());
    }

    /** A Markdown table's header row, the one right above its delimiter row: metadata, its cells the column names. */
    static TextLine tableHeader(String raw) {
        String row = raw.strip();
        return new TextLine(Kind.METADATA, raw.length() - raw.stripLeading().length(), false, false, null, row, row);
    }

    /** The column names when this line is a Markdown table's header row, else none. */
    List<String> tableColumns() {
        return kind == Kind.METADATA && source != null && source.startsWith("|") ? cellsOf(source) : List.of();
    }

    /**
     * Whether {@link #SAVED_NOTE} can match: after its brackets and emphasis comes a letter a saved word starts with
     * ("[2024-05-01] - ..." cannot, and most dated lines open so).
     */
    private static boolean maySayWhenSaved(String s) {
        int i = 0;
        while (i < s.length() && "([*_".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && SAVED_WORD_STARTS.indexOf(s.charAt(i)) >= 0;
    }

    private static TextLine read(String raw, List<String> tableColumns) {
        int indent = indentOf(raw);
        String s = raw.strip();
        while (s.startsWith("> ") || s.equals(">")) { // a Markdown quote: its content is read as the line
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            return new TextLine(Kind.BLANK, indent, false, false, null, "", null);
        }
        // each pattern only where the line's first or last characters allow it: most lines are entries
        char first = s.charAt(0);
        if ((s.startsWith("```") || s.startsWith("~~~")) && FENCE.matcher(s).matches()) {
            return new TextLine(Kind.FENCE, indent, false, false, null, "", null);
        }
        if ("-*_=|:".indexOf(first) >= 0 && RULE.matcher(s).matches()) {
            return new TextLine(Kind.RULE, indent, false, false, null, "", null);
        }
        Matcher banner = "-=*~\u2013\u2014".indexOf(first) >= 0 && s.charAt(s.length() - 1) == first ? BANNER.matcher(s) : null;
        if (banner != null && banner.matches()) {
            return heading(indent, banner.group(2));
        }
        Matcher m;
        if (first == '#' && (m = HASH_HEADING.matcher(s)).matches()) {
            return heading(indent, m.group(1) == null ? "" : m.group(1));
        }
        if (s.startsWith("|") && s.endsWith("|") && s.length() > 2) {
            return tableRow(indent, s, tableColumns);
        }
        if (first == '<' && HTML_LIST_TAGS.matcher(s).matches()) {
            return new TextLine(Kind.RULE, indent, false, false, null, "", null);
        }
        if (first == '<' && (m = HTML_BLOCK.matcher(s)).matches()) {
            if (m.group(1).length() == 2) {
                return heading(indent, htmlText(m.group(2)));
            }
            s = htmlText(m.group(2)).strip();
            if (s.isEmpty()) {
                return new TextLine(Kind.BLANK, indent, false, false, null, "", null);
            }
            first = s.charAt(0);
        }
        if (first == '*' && s.length() > 6 && s.startsWith("**") && s.endsWith("**") && Character.isDigit(s.charAt(2))) {
            s = s.substring(2, s.length() - 2).strip(); // a numbered item in bold, "**1. Prefers brief answers**"
        }
        Matcher roman;
        // indented, "    II. Analyse" is a step of the item above ("Plan of an opinion:"), not a section
        if (indent == 0 && (first == 'I' || first == 'V' || first == 'X') && (roman = ROMAN_NUMBERED.matcher(s)).matches()) {
            String rest = roman.group(1).strip(); // a name is a section's, a sentence an item's
            if (namesASection(rest)) {
                return heading(indent, rest);
            }
        }
        boolean marked = false;
        String labelDate = null;
        Matcher dottedDayDate = null; // "3. Mai 2024": a date, though "3." looks like a list marker
        if (first == '<' && (m = HTML_ITEM.matcher(s)).matches()) {
            marked = true;
            s = htmlText(m.group(1)).strip();
        } else if ((m = MARKER.matcher(s)).lookingAt() && (dottedDayDate = dottedDayDate(s)) == null) {
            marked = true;
            s = s.substring(m.end()).strip();
        } else if ("MmEeIiNn".indexOf(first) >= 0 && (m = NUMBERED_LABEL.matcher(s)).lookingAt()) {
            marked = true;
            labelDate = m.group(1);
            s = s.substring(m.end()).strip();
        }
        if (s.isEmpty()) { // a bullet alone, "•" or "<li></li>"
            return new TextLine(Kind.ENTRY, indent, true, false, null, "", null);
        }
        if (s.length() <= 16 && PLACEHOLDER.matcher(s).matches()) {
            return new TextLine(Kind.METADATA, indent, marked, false, null, s, null);
        }
        if (maySayWhenSaved(s) && (m = SAVED_NOTE.matcher(s)).matches()) {
            return new TextLine(Kind.EVIDENCE, indent, marked, false, m.group(1), s, null);
        }
        if (s.regionMatches(true, 0, "evidence", 0, 8) && (m = EVIDENCE.matcher(s)).matches()) {
            Matcher d = EVIDENCE_DATE.matcher(m.group(1));
            return new TextLine(Kind.EVIDENCE, indent, marked, false, d.find() ? d.group(1) : null, m.group(1), null);
        }
        if ((s.startsWith("**") || s.startsWith("__")) && (m = BOLD_HEADING.matcher(s)).matches()
                && !startsAsAMemory(m.group(1))) {
            return heading(indent, marked, m.group(1));
        }
        if ((first == '*' || first == '_') && (m = ITALIC_HEADING.matcher(s)).matches() && namesASection(m.group(2).strip())) {
            return heading(indent, marked, m.group(2));
        }
        if (labelDate == null && "SsAaCcRrUuNnDd*_".indexOf(s.charAt(0)) >= 0 && (m = SAVED_LEAD.matcher(s)).lookingAt()
                && SavedDates.isDate(m.group(1))) {
            labelDate = m.group(1);
            s = s.substring(m.end()).strip();
        }
        String date = labelDate;
        boolean dated = labelDate != null;
        if (!dated && ((m = BRACKET_DATE.matcher(s)).lookingAt()
                || mayLeadWithADate(s) && (m = LEADING_DATE.matcher(s)).lookingAt() && namesADate(matchedDate(m))
                || (m = dottedDayDate) != null)) {
            dated = true;
            date = undatedIfRelative(matchedDate(m).strip());
            s = s.substring(m.end());
            Matcher separator = SEPARATOR.matcher(s);
            s = separator.lookingAt() ? s.substring(separator.end()) : s;
        }
        char end = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (!dated && s.length() > 12 && (end == '*' || end == '_' || end == '`') && (m = TRAILING_MARKED_DATE.matcher(s)).find()
                && SavedDates.isDate(markedDate(m))) {
            dated = true;
            date = markedDate(m);
            s = s.substring(0, m.start()).strip();
        }
        if (!dated && s.length() > 12 && endsLikeDate(s) && (m = TRAILING_DATE.matcher(s)).find()
                && namesADate(matchedDate(m)) && (m.group(DASHED_DATE) == null || closesWithADay(s, m))) {
            dated = true;
            date = undatedIfRelative(matchedDate(m).strip());
            s = s.substring(0, m.start()).strip();
        }
        if (!dated) {
            if (s.endsWith(":") && (m = LABEL_HEADING.matcher(s)).matches()
                    && m.group(1).strip().split("\\s+").length <= 6 && !startsAsAMemory(m.group(1))) {
                return heading(indent, marked, m.group(1));
            }
            if (!marked && isAllCaps(s) && !startsAsAMemory(s) && s.split("\\s+").length <= 6 && !holdsAnId(s)) {
                return heading(indent, s);
            }
        }
        // an unmarked title keeps its date: "Memory (updated 3 May 2024)"
        if ((!dated || !marked) && (METADATA.matcher(s).matches() || s.length() <= 40 && UI_LINE.matcher(s).matches())) {
            return new TextLine(Kind.METADATA, indent, marked, false, null, s, null);
        }
        String text = clean(s);
        Kind kind = marked || dated || LABELLED.matcher(text).matches() ? Kind.ENTRY : Kind.PLAIN;
        return new TextLine(kind, indent, marked, dated, date, text, null);
    }

    /** The words of an HTML item: its tags let go, its character references read ("&euro;", "&#8364;"). */
    private static String htmlText(String item) {
        String s = item.indexOf('<') >= 0 ? HTML_TAG.matcher(item).replaceAll("") : item;
        if (s.indexOf('&') < 0) {
            return s;
        }
        return StringEscapeUtils.unescapeHtml4(s.replace("&nbsp;", " ").replace("&apos;", "'"));
    }

    /** The text without emphasis markup and citation tokens, spaces tidied. */
    static String clean(String text) {
        String s = text.contains("cite") || hasPrivateUse(text) ? CITATION.matcher(text).replaceAll("") : text;
        s = s.contains("**") ? BOLD.matcher(s).replaceAll("") : s;
        s = s.contains("  ") || s.indexOf('\t') >= 0 ? SPACES.matcher(s).replaceAll(" ") : s;
        s = s.endsWith("]") || s.endsWith("】") ? TRAILING_REFERENCES.matcher(s).replaceAll("") : s;
        return s.strip();
    }

    /** The private-use characters citation tokens come wrapped in. */
    private static boolean hasPrivateUse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE200' && c <= '\uE2FF') {
                return true;
            }
        }
        return false;
    }

    private static TextLine heading(int indent, String label) {
        return heading(indent, false, label);
    }

    /** "1) Werk" right above "a) ..." items: a numbered name over lettered items is their section, not an item. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\(?\\d{1,2}[.)]\\s");
    private static final Pattern LETTERED = Pattern.compile("^\\s*\\(?[a-z][.)]\\s");

    /** The line read from {@code raw}, or the section heading it is when it names lettered items under it. */
    static TextLine sectionOverLetters(TextLine line, String raw, String nextRaw) {
        if (line.kind() != Kind.ENTRY || !line.marked() || line.dated() || nextRaw == null
                || !NUMBERED.matcher(raw).lookingAt() || !LETTERED.matcher(nextRaw).lookingAt() || !namesASection(line.text())) {
            return line;
        }
        return heading(line.indent(), line.text());
    }

    /** A marked heading, "- Personal:", may name only the items indented under it (see TextExportFormat). */
    private static TextLine heading(int indent, boolean marked, String label) {
        return new TextLine(Kind.HEADING, indent, marked, false, null, clean(label).replaceAll(":$", "").strip(), null);
    }

    /**
     * A Markdown table row: its date cell (if any) dates the entry, its longest other cell is the text. Under a label
     * column left of the text ("| Category | Detail |") the row reads as a labelled line, "Timezone: CET": the value
     * alone lost what it is, and a label longer than its value was taken for the text. A label column last
     * ("| Memory | Topic |") only tags the row.
     */
    private static TextLine tableRow(int indent, String row, List<String> columns) {
        List<String> cells = cellsOf(row);
        if (cells.stream().allMatch(c -> TABLE_HEADER_WORDS.matcher(c).matches())) {
            return new TextLine(Kind.METADATA, indent, false, false, null, row, null);
        }
        String date = cells.stream().filter(SavedDates::isDate).findFirst().orElse(null);
        int labelColumn = -1;
        for (int c = 0; c < Math.min(columns.size(), cells.size()) - 1 && labelColumn < 0; c++) {
            labelColumn = LABEL_COLUMN.matcher(columns.get(c)).matches() && !cells.get(c).isEmpty() ? c : -1;
        }
        String label = labelColumn < 0 ? null : cells.get(labelColumn);
        List<String> textCells = labelColumn < 0 ? cells : cells.subList(labelColumn + 1, cells.size());
        String text = textCells.stream().filter(c -> !c.equals(date) && !c.matches("\\d{1,4}\\.?"))
                .max(Comparator.comparingInt(String::length)).orElse("");
        if (label != null && !text.isEmpty()) {
            text = label + ": " + text;
        } else if (label != null) {
            text = label;
        }
        return new TextLine(Kind.ENTRY, indent, true, date != null, date, clean(text), null);
    }

    private static List<String> cellsOf(String row) {
        return Arrays.stream(row.substring(1, row.length() - 1).split("\\|")).map(String::strip).toList();
    }

    /**
     * Starts as a memory does, with a verb about the user or an instruction ("Prefers the following format:", "NEVER
     * USE EMOJIS"): an entry, though it ends with a colon or is in capitals like a heading.
     */
    /** Verbs that make a short line a statement wherever they stand ("Manager is Priya", "Team uses Jira"). */
    private static final Set<String> STATEMENT_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had",
            "uses", "likes", "prefers", "works", "lives", "wants", "needs", "manages", "leads", "runs", "loves", "hates",
            "dislikes", "speaks", "knows", "owns", "plays", "writes", "reads");

    /**
     * A short unpunctuated line of two words or more that says something of the user, not a name for the list below
     * it; a single word ("Work", "Likes") is a name.
     */
    static boolean statesAFact(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
        if (words.length < 2) {
            return false;
        }
        if (startsAsAMemory(line)) {
            return true;
        }
        for (String word : words) {
            if (STATEMENT_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A few words without end punctuation or a verb name a section ("Style", "Earlier context"); a sentence is an item. */
    private static boolean namesASection(String text) {
        return !text.isEmpty() && text.split("\\s+").length <= 4 && ".!?;,".indexOf(text.charAt(text.length() - 1)) < 0
                && !statesAFact(text);
    }

    static boolean startsAsAMemory(String label) {
        String first = label.strip().split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
        return STATEMENT_STARTS.contains(first);
    }

    /** Digits, or words that make a date ("May 2024"), not "Spring 2024" or "Q3 2024"; or a relative date. */
    private static boolean namesADate(String date) {
        return date.chars().noneMatch(Character::isLetter) || SavedDates.isDate(date.strip())
                || RELATIVE.matcher(date.strip()).matches();
    }

    /** Words a relative date has ("3 weeks ago", "vor 2 Tagen", "hace 3 días", "il y a 2 jours", "2 dagen geleden"). */
    private static final List<String> RELATIVE_HINTS = List.of("ago", "yesterday", "today", "last ", "vor ", "hace ",
            "há ", "il y a", "geleden", " fa");

    /**
     * Whether {@link #LEADING_DATE}, a long alternation, can match at all: a date has a digit near the start, a relative
     * one its word; most lines have neither, and the pattern is not tried on them.
     */
    private static boolean mayLeadWithADate(String s) {
        int n = Math.min(s.length(), 40);
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        String start = s.substring(0, Math.min(s.length(), 60)).toLowerCase(Locale.ROOT);
        for (String hint : RELATIVE_HINTS) {
            if (start.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** The date {@link #TRAILING_MARKED_DATE} matched, in brackets or not. */
    private static String markedDate(Matcher m) {
        return (m.group(2) != null ? m.group(2) : m.group(3)).strip();
    }

    /** The date a date pattern matched: its first group that took part. */
    private static String matchedDate(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        throw new IllegalStateException("no date group matched");
    }

    /** A relative date says nothing the job can date by: the line keeps a date slot but no date. */
    private static String undatedIfRelative(String date) {
        // a relative date has words: most dates read ("2024-05-01") have none and skip the long pattern
        return date.chars().anyMatch(Character::isLetter) && RELATIVE.matcher(date).matches() ? null : date;
    }

    /**
     * A date after a bare dash closes the memory only when it names a day ("— 12 janv. 2025", not "- May 2025") and
     * does not end a range ("from Jan 2020 - 12 Mar 2023", "2023-01 - 2023-06"); relative dates always do.
     */
    private static boolean closesWithADay(String line, Matcher m) {
        String date = m.group(DASHED_DATE).strip();
        if (RELATIVE.matcher(date).matches()) {
            return true;
        }
        String read = SavedDates.parse(date);
        if (read == null || read.length() != 10) {
            return false;
        }
        String before = line.substring(0, m.start()).strip();
        int wordStart = before.length();
        while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
            wordStart--;
        }
        String lastWord = before.substring(wordStart);
        return !before.isEmpty() && !SavedDates.isMonthName(lastWord) && !startsARange(lastWord);
    }

    /**
     * Whether the word before a dash and a date would start a range with it: a year ("2020 - 12 Mar 2023"), a date
     * ("2023-01 - 2023-06"); not any other number ("MTU 9216 — September 17th, 2023").
     */
    private static boolean startsARange(String word) {
        if (word.isEmpty() || !Character.isDigit(word.charAt(word.length() - 1))) {
            return false;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return word.length() <= 2 || SavedDates.isDate(word);
        }
        return true;
    }

    /** The matched date of a line starting "3. Mai 2024 -" or "2024. május 3. -", or null. */
    private static Matcher dottedDayDate(String s) {
        if (s.length() < 8 || !(s.charAt(1) == '.' || s.charAt(2) == '.' || s.charAt(4) == '.') || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        Matcher m = DOTTED_DAY_DATE.matcher(s);
        return m.lookingAt() && SavedDates.isDate(m.group(1)) ? m : null;
    }

    /** The last words of a relative date closing a line: "2 weeks ago", "last month", "yesterday". */
    private static final List<String> RELATIVE_ENDINGS = List.of("ago", "week", "month", "year", "yesterday", "today");

    /**
     * Only a line ending in ')', ']', a digit, a CJK day or month ("日", Korean "일"), a time zone or AM/PM after a digit ("18:40 UTC")
     * or the end of a relative date ("ago", "last month") can end with a date.
     */
    private static boolean endsLikeDate(String s) {
        int end = s.endsWith(".") ? s.length() - 1 : s.length();
        char last = s.charAt(end - 1);
        if (last == ')' || last == ']' || last == '\uFF09' || Character.isDigit(last) || last == '\u65E5' || last == '\u6708'
                || last == '\uC77C' || last == '\uC6D4') {
            return true;
        }
        if (last >= 'A' && last <= 'Z') { // "18:40 UTC", "9:30 AM": a digit a few characters before
            for (int i = end - 2; i >= Math.max(0, end - 8); i--) {
                if (Character.isDigit(s.charAt(i))) {
                    return true;
                }
            }
        }
        if (Character.isLetter(last)) {
            for (String ending : RELATIVE_ENDINGS) {
                if (end >= ending.length() && s.regionMatches(true, end - ending.length(), ending, 0, ending.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Five digits in a row, or a word of five or more capitals and digits mixed ("BQXPV4821K", "QQ123456C"): a number or
     * an id, which a section's name has not ("TOP 5 PRIORITIES", "GOALS 2025-2026", "COVID-19"); "PAN BQXPV4821K" is a
     * memory.
     */
    private static boolean holdsAnId(String s) {
        int digitRun = 0;
        int wordLength = 0;
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            digitRun = Character.isDigit(c) ? digitRun + 1 : 0;
            if (digitRun >= 5) {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                wordLength++;
                letters |= Character.isLetter(c);
                digits |= Character.isDigit(c);
            } else {
                if (wordLength >= 5 && letters && digits) {
                    return true;
                }
                wordLength = 0;
                letters = false;
                digits = false;
            }
        }
        return false;
    }

    private static boolean isAllCaps(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2 && s.length() <= 60 && s.toUpperCase(Locale.ROOT).equals(s);
    }

    private static int indentOf(String raw) {
        int width = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }
}

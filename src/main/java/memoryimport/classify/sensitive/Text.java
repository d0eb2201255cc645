package memoryimport.classify.sensitive;

import java.util.ArrayList;
import java.util.List;
import memoryimport.model.SensitiveFinding;
import memoryimport.model.TextCase;

/**
 * One entry text being screened: the text as the patterns read it, cheap facts for pre-filters (lower-case copy of
 * the same length, digit count) and the findings so far. Later detectors never claim characters an earlier one
 * already claimed.
 */
public final class Text {

    private final String text;
    private final String lower;
    private final int digits;
    private final List<SensitiveFinding> findings = new ArrayList<>();

    /**
     * The patterns read {@code original} with no-break and other spaces as a space, dashes as '-', full-width colons
     * as ':', and full-width digits and those of other scripts as digits, one character for one, so a finding's
     * offsets are the original's: a card number copied with no-break spaces ("4556&nbsp;0726 ...", as French
     * typography and bank pages write it), "0171–2345678" and "１２３４" are caught as written plainly. A backtick reads as a space: a value in a Markdown code span
     * ("Aadhaar `2345 6789 0123`") is said as it is without one.
     */
    public Text(String original) {
        char[] plain = null;
        char[] chars = original.toCharArray();
        int d = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x80 || c == '\t' || c == '`') {
                char p = plain(c);
                if (p != c) {
                    plain = plain == null ? original.toCharArray() : plain;
                    plain[i] = p;
                    c = p;
                }
            }
            if (c >= '0' && c <= '9') {
                chars[i] = c;
                d++;
            } else {
                chars[i] = Character.toLowerCase(c); // char by char: offsets stay the same as in text
            }
        }
        this.text = plain == null ? original : new String(plain);
        this.lower = new String(chars);
        this.digits = d;
    }

    /** The zero of each script's own digits that people write numbers in; the nine after it follow in order. */
    private static final char[] LOCAL_ZEROS = {'\u0660', '\u06F0', '\u0966', '\u09E6', '\u0E50'};

    private static char plain(char c) {
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + c - '\uFF10');
        }
        // Arabic-Indic, Persian/Urdu, Devanagari, Bengali and Thai digits: "٠٥٥٤٨٢٩١٧٣" is a phone number as "0554829173" is
        if (c >= '\u0660' && c <= '\u0E59') {
            for (char zero : LOCAL_ZEROS) {
                if (c >= zero && c <= zero + 9) {
                    return (char) ('0' + c - zero);
                }
            }
        }
        return switch (c) {
            case '\t', '`', '\u00A0', '\u2007', '\u2009', '\u202F', '\u3000' -> ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFF0D' -> '-';
            // the full-width colon and equals sign Chinese and Japanese write after a label: "身分證字號：A123456789"
            case '\uFF1A' -> ':';
            case '\uFF1D' -> '=';
            default -> c;
        };
    }

    /** The text as the patterns read it (see the constructor), with the original's offsets. */
    public String text() {
        return text;
    }

    /** Lower-cased copy with exactly the same offsets as {@link #text()}. */
    public String lower() {
        return lower;
    }

    public int digits() {
        return digits;
    }

    public List<SensitiveFinding> findings() {
        return findings;
    }

    /** True when no finding covers any character of [start, end). */
    public boolean isFree(int start, int end) {
        for (SensitiveFinding f : findings) {
            if (start < f.end() && f.start() < end) {
                return false;
            }
        }
        return true;
    }

    /** The start of the first finding that begins inside (start, end), or end when there is none. */
    public int freeUntil(int start, int end) {
        int limit = end;
        for (SensitiveFinding f : findings) {
            if (f.start() <= start && start < f.end()) {
                return start;
            }
            if (f.start() > start && f.start() < limit) {
                limit = f.start();
            }
        }
        return limit;
    }

    /** True when one of the words occurs as a whole word in [from, to). */
    boolean hasWord(Words words, int from, int to) {
        int lo = Math.max(0, from);
        int hi = Math.min(text.length(), to);
        return lo < hi && (hasWord(text, words.asWritten(), lo, hi) || hasWord(lower, words.lowerCase(), lo, hi));
    }

    private boolean hasWord(String hay, List<String> words, int lo, int hi) {
        for (String w : words) {
            int i = hay.indexOf(w, lo);
            while (i >= 0 && i + w.length() <= hi) {
                // Chinese and Japanese run words together: "三菱UFJ銀行渋谷支店" holds 銀行 and 支店 with no boundary
                if (TextCase.writtenWithoutSpaces(w.codePointAt(0)) || boundary(i - 1) && boundary(i + w.length())) {
                    return true;
                }
                i = hay.indexOf(w, i + 1);
            }
        }
        return false;
    }

    private boolean boundary(int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i)) && !fileExtension(i);
    }

    /** A '.' and a small letter after a word make it a file or module name: "Passport.js", "birthday.ts". */
    private boolean fileExtension(int i) {
        return text.charAt(i) == '.' && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }
}

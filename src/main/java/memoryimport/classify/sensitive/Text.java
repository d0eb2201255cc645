package memoryimport.classify.sensitive;

import java.util.ArrayList;
import java.util.List;
import memoryimport.model.SensitiveFinding;

/**
 * One entry text being screened: the text, cheap facts for pre-filters (lower-case copy of the same length,
 * digit count) and the findings so far. Later detectors never claim characters an earlier one already claimed.
 */
public final class Text {

    private final String text;
    private final String lower;
    private final int digits;
    private final List<SensitiveFinding> findings = new ArrayList<>();

    public Text(String text) {
        this.text = text;
        char[] chars = text.toCharArray();
        int d = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // full-width digits too: Japanese addresses and numbers are often written with them
            if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
                d++;
            } else {
                chars[i] = Character.toLowerCase(c); // char by char: offsets stay the same as in text
            }
        }
        this.lower = new String(chars);
        this.digits = d;
    }

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
                if (writtenWithoutSpaces(w) || boundary(i - 1) && boundary(i + w.length())) {
                    return true;
                }
                i = hay.indexOf(w, i + 1);
            }
        }
        return false;
    }

    /** Chinese and Japanese run words together: "三菱UFJ銀行渋谷支店" holds 銀行 and 支店 with no boundary. */
    private static boolean writtenWithoutSpaces(String word) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private boolean boundary(int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}

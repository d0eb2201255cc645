package memoryimport.dedupe;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form two texts must share to count as an exact repeat: NFKC, lower case, no punctuation, single spaces. A sign
 * that makes a name or value stays: C# and C++ are not C, UTC+2 is not UTC-2. A thousands separator goes without a
 * gap: 3,000, 3.000 and 3'000 are 3000, not the numbers 3 and 000. A currency sign is a word of its own: $90k is
 * not €90k.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        int digitRun = 0; // ASCII digits just written, or -1 inside a number whose thousands are grouped
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (!gap && digitRun != 0 && thousandsSeparator(cp, folded, i, digitRun, out)) {
                digitRun = -1;
                continue;
            }
            digitRun = !isAsciiDigit(cp) ? 0 : gap ? 1 : digitRun < 0 ? -1 : digitRun + 1;
            if (cp == '$' || cp > 0x7f && Character.getType(cp) == Character.CURRENCY_SYMBOL) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                gap = true;
            } else if (isWordChar(cp) || !gap && !out.isEmpty() && partOfWord(cp, folded, i)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * A {@link #normalize normalised} text without its spaces but those between two digits: a name or an abbreviation
     * written with and without a gap is one (VS Code, VSCode; Open Table, OpenTable; a.m., am; 15 km, 15km), while
     * 3.11 and 31.1 stay two numbers.
     */
    public static String spaceless(String normalized) {
        if (normalized.indexOf(' ') < 0) {
            return normalized;
        }
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c != ' ' || isAsciiDigit(normalized.charAt(i - 1)) && isAsciiDigit(normalized.charAt(i + 1))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@code cp} between a group of one to three digits (not a lone 0: 0.125 is a fraction) and exactly three more,
     * in a number whose groups all are three digits after the first; {@code next} is the index after {@code cp}.
     */
    private static boolean thousandsSeparator(int cp, String s, int next, int digitRun, StringBuilder out) {
        if (cp != ',' && cp != '.' && cp != '\'') { // a no-break space is a space after NFKC: "3 000" stays two words
            return false;
        }
        if (digitRun > 3 || digitRun > 0 && out.charAt(out.length() - digitRun) == '0') {
            return false;
        }
        if (next + 3 > s.length()) {
            return false;
        }
        for (int k = next; k < next + 3; k++) {
            if (!isAsciiDigit(s.charAt(k))) {
                return false;
            }
        }
        return next + 3 == s.length() || !isAsciiDigit(s.charAt(next + 3));
    }

    /**
     * Right after a word: '#' or '+' that ends it or is followed by another (c#, c++, f#), or '+' / '-' before a digit
     * (utc+2, utc-2); {@code next} is the index after {@code cp}.
     */
    static boolean partOfWord(int cp, String s, int next) {
        boolean digitNext = next < s.length() && isAsciiDigit(s.charAt(next));
        if (cp == '#' || cp == '+') {
            return next >= s.length() || !isWordChar(s.codePointAt(next)) || cp == '+' && digitNext;
        }
        return cp == '-' && digitNext && !Character.isDigit(s.charAt(next - 2));
    }

    /** {@code \p{L}} or {@code \p{N}}: a loop instead of a regex replace, which took a tenth of dedupe's time. */
    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Base letters of the accented Latin ones, worked out once (NFD's first char; ł, ø, đ, ı by hand). */
    private static final char[] BASE_LETTERS = new char[0x1F00 - 0xC0];

    static {
        for (int i = 0; i < BASE_LETTERS.length; i++) {
            char c = (char) (0xC0 + i);
            boolean latin = c <= 0x24F || c >= 0x1E00;
            String d = latin ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD) : "";
            BASE_LETTERS[i] = d.isEmpty() || d.charAt(0) >= 0x80 && d.length() == 1 ? c : d.charAt(0);
        }
        BASE_LETTERS['ł' - 0xC0] = 'l';
        BASE_LETTERS['ø' - 0xC0] = 'o';
        BASE_LETTERS['đ' - 0xC0] = 'd';
        BASE_LETTERS['ı' - 0xC0] = 'i';
    }

    /** {@code c} without its accent, if it is a Latin letter with one: č as c, ł as l. */
    static char withoutAccent(char c) {
        return c < 0xC0 || c >= 0x1F00 ? c : BASE_LETTERS[c - 0xC0];
    }
}

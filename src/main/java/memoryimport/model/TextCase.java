package memoryimport.model;

/** How a text or word is written, for rules in several packages that must read capitals alike. */
public final class TextCase {

    private TextCase() {
    }

    /**
     * No lower-case letter and at least one capital ("NEVER USE EMOJIS", "SOPS"); most words fail at their second
     * letter.
     */
    public static boolean writtenInCapitals(String s) {
        boolean capital = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
        }
        return capital;
    }

    /** Chinese and Japanese script (Han, hiragana, katakana): written without spaces between words. */
    public static boolean writtenWithoutSpaces(int codePoint) {
        if (codePoint < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}

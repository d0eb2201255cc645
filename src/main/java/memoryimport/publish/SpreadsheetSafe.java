package memoryimport.publish;

/** CSV cells a spreadsheet would run as a formula are prefixed with a quote so they show as text. */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}

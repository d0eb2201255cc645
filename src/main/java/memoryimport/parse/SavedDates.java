package memoryimport.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the date forms assistants print into an ISO date, month or year; anything else into null. */
public final class SavedDates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final List<DateTimeFormatter> LONG_FORMS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH));

    private SavedDates() {
    }

    public static String parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        Matcher iso = ISO_DATE.matcher(s);
        if (iso.matches()) {
            return validDate(iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3));
        }
        Matcher month = ISO_MONTH.matcher(s);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(month.group(1)), m).toString() : null;
        }
        for (DateTimeFormatter form : LONG_FORMS) {
            try {
                return LocalDate.parse(s, form).toString();
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }

    private static String validDate(String iso) {
        try {
            return LocalDate.parse(iso).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

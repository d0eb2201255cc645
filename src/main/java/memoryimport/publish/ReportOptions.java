package memoryimport.publish;

/**
 * How report.html is written.
 *
 * @param hidePersonalText  for organisation-wide runs: show dropped_personal entries by category and reason only,
 *                          their text replaced by "(hidden)"
 * @param mainPageEntryLimit at most this many entries go into report.html itself; the users that do not fit get
 *                          their own page under report/users/ and the main page links them
 */
public record ReportOptions(boolean hidePersonalText, long mainPageEntryLimit) {

    public static final long DEFAULT_MAIN_PAGE_ENTRY_LIMIT = 5_000;

    public ReportOptions {
        if (mainPageEntryLimit < 0) {
            throw new IllegalArgumentException("mainPageEntryLimit must not be negative: " + mainPageEntryLimit);
        }
    }

    public static ReportOptions defaults() {
        return new ReportOptions(false, DEFAULT_MAIN_PAGE_ENTRY_LIMIT);
    }

    public ReportOptions withHidePersonalText(boolean hide) {
        return new ReportOptions(hide, mainPageEntryLimit);
    }

    public ReportOptions withMainPageEntryLimit(long limit) {
        return new ReportOptions(hidePersonalText, limit);
    }
}

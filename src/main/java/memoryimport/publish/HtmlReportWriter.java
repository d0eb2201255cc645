package memoryimport.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;

/**
 * report.html: one self-contained page (styles and script inline, nothing fetched when opened), written user by user
 * so a large run never sits in memory. Call order: constructor, {@link #user(String, List)} once per user (or, to
 * render on other threads, {@link #ownPage}, {@link #render} and {@link #add}), then {@link #finish(RunSummary, List)},
 * then {@link #close()}.
 *
 * <p>The users' sections come before the run's counts are known, so they are held ({@link SortedRows}: beyond a few MB
 * in temporary files next to report.html), and {@link #finish} writes the page: the header with the counts, then those
 * sections in order of user id. Users whose entries do not fit under {@link ReportOptions#mainPageEntryLimit()} get
 * their own page {@code report/users/<safe-name>.html} next to report.html; the main page lists them with counts and
 * links, in order of user id too. Users are taken in the order they come while their entries fit, and every user after
 * the first one that does not fit gets a page of its own.
 *
 * <p>Every piece of text that came from input (entry text, reasons, paths, user ids, categories) is escaped, and the
 * page carries a Content-Security-Policy that allows only its own inline style and script.
 */
public final class HtmlReportWriter implements AutoCloseable {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
    static final String USERS_DIR = "report/users";
    static final String HIDDEN = "(hidden)";
    /** text of sections (and of paged users' index rows) held in memory before it goes to a temporary file */
    private static final long HELD_CHARS = 4_000_000;

    private static final String CSS = resource("report/report.css");
    private static final String JS = resource("report/report.js");
    private static final String TAIL = "<script>\n" + JS + "</script>\n</body></html>\n";
    private static final byte[] MAIN_END_AND_TAIL = ("</main>\n" + TAIL).getBytes(StandardCharsets.UTF_8);
    /** the words in brackets after the category of a drop ("dropped: family (kids); score ...") */
    private static final Pattern CUES = Pattern.compile("^dropped: [^(;]*\\(([^()]*)\\)");

    private final Path file;
    private final String runId;
    private final ReportOptions options;
    private final SortedRows mainSections;
    private final SortedRows pagedIndex;
    private boolean paging;
    private long pagedUsers;
    private long pagedEntries;
    private long mainPageEntries;
    private boolean closed;

    public HtmlReportWriter(Path file, String runId, ReportOptions options) throws IOException {
        this.file = file;
        this.runId = runId;
        this.options = options;
        Path dir = file.toAbsolutePath().getParent();
        this.mainSections = new SortedRows(dir, HELD_CHARS);
        this.pagedIndex = new SortedRows(dir, HELD_CHARS);
    }

    private static String header(RunSummary s, long pagedUsers) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>memory-import run ").append(esc(s.runId())).append("</h1>\n<dl class=\"run\" id=\"run\">")
                .append("<dt>Run</dt><dd>").append(esc(s.runId())).append("</dd>")
                .append("<dt>Started</dt><dd>").append(esc(s.startedAt())).append("</dd>")
                .append("<dt>Published</dt><dd>").append(esc(s.finishedAt())).append("</dd>")
                .append("<dt>Input</dt><dd>").append(esc(s.input())).append("</dd>")
                .append("<dt>Entries</dt><dd>").append(s.entries()).append(" from ").append(s.files().size())
                .append(" files, ").append(s.byUser().size()).append(" users</dd>")
                .append("<dt>Overrides applied</dt><dd>").append(s.overridesApplied()).append("</dd>")
                .append("<dt>Also</dt><dd><a href=\"decisions.csv\">decisions.csv</a> (every entry) · "
                        + "<a href=\"summary.json\">summary.json</a></dd></dl>\n");

        b.append("<h2>Steps</h2>\n<table id=\"steps\"><tr><th>step</th><th>took</th></tr>");
        long total = 0;
        for (Map.Entry<String, Long> step : s.stepMillis().entrySet()) {
            long ms = step.getValue() == null ? 0 : step.getValue();
            total += ms;
            b.append("<tr><td>").append(esc(step.getKey())).append("</td><td class=\"n\">").append(duration(ms))
                    .append("</td></tr>");
        }
        b.append("<tr><th>total</th><th class=\"n\">").append(duration(total)).append("</th></tr></table>\n");

        Map<String, Long> decisions = new LinkedHashMap<>();
        for (DecisionKind kind : DecisionKind.values()) {
            decisions.put(kind.word(), s.count(kind.word()));
        }
        b.append("<h2>Counts</h2>\n<div class=\"charts\">")
                .append(SvgBarChart.render("chart-decisions", "Entries per decision", decisions, true))
                .append(SvgBarChart.render("chart-categories", "Entries per category", s.byCategory(), false))
                .append("</div>\n");
        b.append("<table id=\"decision-counts\"><tr><th>decision</th><th>entries</th></tr>");
        for (Map.Entry<String, Long> d : decisions.entrySet()) {
            b.append("<tr><td>").append(d.getKey()).append("</td><td class=\"n\">").append(d.getValue())
                    .append("</td></tr>");
        }
        b.append("</table>\n");

        List<RunSummary.FileOutcome> notRead = new ArrayList<>();
        for (RunSummary.FileOutcome f : s.files()) {
            if (isNotRead(f)) {
                notRead.add(f);
            }
        }
        b.append("<h2>Files not read</h2>\n");
        if (notRead.isEmpty()) {
            b.append("<p id=\"files-not-read\" class=\"muted\">Every file was read.</p>\n");
        } else {
            b.append("<table id=\"files-not-read\"><tr><th>file</th><th>format</th><th>status</th><th>reason</th></tr>");
            for (RunSummary.FileOutcome f : notRead) {
                b.append("<tr class=\"bad\"><td>").append(esc(f.path())).append("</td><td>").append(esc(f.format()))
                        .append("</td><td>").append(esc(f.status())).append("</td><td>").append(esc(f.reason()))
                        .append("</td></tr>");
            }
            b.append("</table>\n");
        }
        b.append("<details><summary>All ").append(s.files().size()).append(" files</summary>\n<table id=\"files\">"
                + "<tr><th>file</th><th>format</th><th>status</th><th>entries</th><th>reason</th></tr>");
        for (RunSummary.FileOutcome f : s.files()) {
            b.append(isNotRead(f) ? "<tr class=\"bad\"><td>" : "<tr><td>").append(esc(f.path())).append("</td><td>")
                    .append(esc(f.format())).append("</td><td>").append(esc(f.status())).append("</td><td class=\"n\">")
                    .append(f.entries()).append("</td><td>").append(esc(f.reason())).append("</td></tr>");
        }
        b.append("</table></details>\n");

        if (pagedUsers > 0) {
            b.append("<p id=\"paged-note\">This run is large: ").append(pagedUsers).append(" of ").append(s.byUser().size())
                    .append(" users have a page of their own, listed under <a href=\"#paged-users\">Users on their "
                            + "own pages</a>. Every entry is also in <a href=\"decisions.csv\">decisions.csv</a>.</p>\n");
        }
        return b.toString();
    }

    private static boolean isNotRead(RunSummary.FileOutcome f) {
        return "unreadable".equals(f.status()) || "unsupported".equals(f.status());
    }

    /** The section "Overrides applied": the reviewer overrides this run applied. */
    private static String overridesApplied(List<AppliedOverride> applied, List<String> skipped) {
        StringBuilder b = new StringBuilder();
        b.append("<h2 id=\"overrides-applied\">Overrides applied (").append(applied.size()).append(")</h2>\n");
        if (applied.isEmpty()) {
            b.append("<p class=\"muted\">No overrides were applied in this run.</p>\n");
        } else {
            b.append("<table id=\"overrides-applied-table\"><tr><th>entry</th><th>user</th><th>was</th><th>now</th>"
                    + "<th>note</th></tr>");
            for (AppliedOverride o : applied) {
                b.append("<tr><td><code>").append(esc(o.entryId())).append("</code></td><td>").append(esc(o.userId()))
                        .append("</td><td>").append(esc(o.oldDecision())).append("</td><td>")
                        .append(esc(o.newDecision())).append("</td><td>").append(esc(o.note())).append("</td></tr>");
            }
            b.append("</table>\n");
        }
        if (!skipped.isEmpty()) {
            b.append("<h3 id=\"overrides-skipped\">Overrides skipped (").append(skipped.size()).append(")</h3>\n<ul>");
            skipped.forEach(s -> b.append("<li>").append(esc(s)).append("</li>"));
            b.append("</ul>\n");
        }
        return b.toString();
    }

    private static String toolbar(Iterable<String> categories, boolean userFilter) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<div id=\"tools\"><label>Decision <select id=\"f-decision\"><option value=\"\">all</option>");
        for (DecisionKind kind : DecisionKind.values()) {
            b.append("<option>").append(kind.word()).append("</option>");
        }
        b.append("</select></label><label>Category <select id=\"f-category\"><option value=\"\">all</option>");
        for (String c : categories) {
            if (!c.equals(DecisionCounts.NO_CATEGORY)) { // the summary's counts name it too; listed once, last
                b.append("<option>").append(esc(c)).append("</option>");
            }
        }
        b.append("<option>").append(DecisionCounts.NO_CATEGORY).append("</option></select></label>");
        if (userFilter) {
            b.append("<label>User <select id=\"f-user\"><option value=\"\">all</option></select></label>");
        }
        b.append("<label>Search <input id=\"f-text\" type=\"search\" placeholder=\"text, reason, id\"></label>"
                + "<span id=\"shown-count\" class=\"muted\"></span>"
                + "<button type=\"button\" id=\"download-overrides\" title=\"The entries marked keep or drop on this "
                + "page, for the next run\">Download overrides.csv</button><span id=\"marked-count\" class=\"muted\">"
                + "0 marked</span></div>\n");
        return b.toString();
    }

    /** One user's entries; users come one after another, each once. */
    public void user(String userId, List<Decision> decisions) throws IOException {
        add(render(userId, decisions, ownPage(decisions.size())));
    }

    /**
     * Whether the next user, with {@code entries} entries, gets a page of their own; asked once per user, in the order
     * users come, from one thread: the users before the first that does not fit stay on report.html.
     */
    public boolean ownPage(int entries) {
        paging = paging || mainPageEntries + entries > options.mainPageEntryLimit();
        if (paging) {
            pagedUsers++;
            pagedEntries += entries;
        } else {
            mainPageEntries += entries;
        }
        return paging;
    }

    /**
     * A user's entries as {@link #ownPage} placed them: their section of report.html, or their own page, written here,
     * and its row in the list of such pages. Any thread may render; {@link #add} takes the results from one.
     */
    public RenderedUser render(String userId, List<Decision> decisions, boolean ownPage) throws IOException {
        String section = userSection(userId, decisions, options.hidePersonalText());
        return new RenderedUser(userId, ownPage ? userPage(userId, decisions, section) : section, ownPage);
    }

    /** Holds a rendered user for {@link #finish}. */
    public void add(RenderedUser user) throws IOException {
        (user.ownPage() ? pagedIndex : mainSections).add(user.userId(), user.html());
    }

    /** A user's section of report.html, or (on a page of their own) their row in the list of those pages. */
    public record RenderedUser(String userId, String html, boolean ownPage) {
    }

    /** Writes the user's page, as bytes in a few writes, and gives its row in the list of users on their own pages. */
    private String userPage(String userId, List<Decision> decisions, String section) throws IOException {
        String safe = UserFileNames.of(userId);
        Path dir = file.toAbsolutePath().getParent().resolve(USERS_DIR);
        Files.createDirectories(dir);
        String top = head("memory-import run " + runId + ": " + userId, "overrides-" + safe + ".csv")
                + "<p><a href=\"../../report.html\">← run " + esc(runId)
                + "</a> · <a href=\"../../decisions.csv\">decisions.csv</a></p>\n<h1>Run " + esc(runId)
                + ": user " + esc(userId) + "</h1>\n" + toolbar(categoriesOf(decisions), false)
                + "<main id=\"users\">\n";
        try (OutputStream page = Files.newOutputStream(dir.resolve(safe + ".html"))) {
            page.write(top.getBytes(StandardCharsets.UTF_8));
            page.write(section.getBytes(StandardCharsets.UTF_8));
            page.write(MAIN_END_AND_TAIL);
        }
        int[] counts = counts(decisions);
        StringBuilder row = new StringBuilder(256);
        row.append("<tr data-user=\"").append(esc(userId)).append("\"><td><a href=\"").append(USERS_DIR).append('/')
                .append(esc(safe)).append(".html\">").append(esc(userId)).append("</a></td><td class=\"n\">")
                .append(decisions.size()).append("</td>");
        for (DecisionKind kind : DecisionKind.values()) {
            row.append("<td class=\"n\">").append(counts[kind.ordinal()]).append("</td>");
        }
        row.append("</tr>\n");
        return row.toString();
    }

    private static Iterable<String> categoriesOf(List<Decision> decisions) {
        Set<String> set = new HashSet<>();
        for (Decision d : decisions) {
            if (d.category() != null && !d.category().isEmpty()) {
                set.add(d.category());
            }
        }
        return new TreeSet<>(set);
    }

    /** Entries per decision, indexed by {@link DecisionKind#ordinal()}. */
    private static int[] counts(List<Decision> decisions) {
        int[] counts = new int[DecisionKind.values().length];
        for (Decision d : decisions) {
            counts[d.decision().ordinal()]++;
        }
        return counts;
    }

    /** A user's section: needs_review first, kept by category with their repeats under them, dropped, invalid. */
    static String userSection(String userId, List<Decision> decisions, boolean hidePersonalText) {
        String user = esc(userId);
        List<Decision> review = new ArrayList<>();
        Map<String, List<Decision>> kept = new TreeMap<>();
        Map<String, List<Decision>> repeatsOf = new LinkedHashMap<>();
        List<Decision> dropped = new ArrayList<>();
        List<Decision> invalid = new ArrayList<>();
        for (Decision d : decisions) {
            switch (d.decision()) {
                case NEEDS_REVIEW -> review.add(d);
                case KEPT -> kept.computeIfAbsent(d.category() == null ? "" : d.category(), k -> new ArrayList<>())
                        .add(d);
                case DUPLICATE -> repeatsOf.computeIfAbsent(d.duplicateOf() == null ? "" : d.duplicateOf(),
                        k -> new ArrayList<>()).add(d);
                case DROPPED_PERSONAL, DROPPED_SENSITIVE -> dropped.add(d);
                case INVALID -> invalid.add(d);
            }
        }
        int[] counts = counts(decisions);
        StringBuilder b = new StringBuilder(512 + decisions.size() * 320);
        b.append("<section class=\"user\" id=\"u-").append(esc(UserFileNames.of(userId))).append("\" data-user=\"")
                .append(user).append("\">\n<h2>User <code>").append(user).append("</code></h2>\n<p class=\"counts\">")
                .append(decisions.size()).append(" entries");
        for (DecisionKind kind : DecisionKind.values()) {
            if (counts[kind.ordinal()] > 0) {
                b.append(" · ").append(counts[kind.ordinal()]).append(' ').append(kind.word());
            }
        }
        b.append("</p>\n");
        if (!review.isEmpty()) {
            group(b, "review", "Needs review (" + review.size() + ")");
            for (Decision d : review) {
                row(b, d, hidePersonalText);
            }
            endGroup(b);
        }
        for (Map.Entry<String, List<Decision>> c : kept.entrySet()) {
            group(b, "kept", "Kept: " + (c.getKey().isEmpty() ? "(no category)" : c.getKey()) + " ("
                    + c.getValue().size() + ")");
            for (Decision d : c.getValue()) {
                row(b, d, hidePersonalText);
                List<Decision> repeats = repeatsOf.remove(d.entryId());
                if (repeats != null) {
                    for (Decision r : repeats) {
                        row(b, r, hidePersonalText);
                    }
                }
            }
            endGroup(b);
        }
        if (!repeatsOf.isEmpty()) {
            List<Decision> rest = new ArrayList<>();
            repeatsOf.values().forEach(rest::addAll);
            group(b, "duplicates", "Repeats of entries not kept here (" + rest.size() + ")");
            for (Decision d : rest) {
                row(b, d, hidePersonalText);
            }
            endGroup(b);
        }
        if (!dropped.isEmpty()) {
            group(b, "dropped", "Dropped (" + dropped.size() + ")");
            for (Decision d : dropped) {
                row(b, d, hidePersonalText);
            }
            endGroup(b);
        }
        if (!invalid.isEmpty()) {
            group(b, "invalid", "Invalid (" + invalid.size() + ")");
            for (Decision d : invalid) {
                row(b, d, hidePersonalText);
            }
            endGroup(b);
        }
        b.append("</section>\n");
        return b.toString();
    }

    private static void group(StringBuilder b, String kind, String title) {
        b.append("<div class=\"grp g-").append(kind).append("\"><h3>").append(esc(title)).append("</h3>\n")
                .append("<table class=\"rows\"><colgroup><col class=\"c-id\"><col class=\"c-dec\"><col class=\"c-cat\">"
                        + "<col><col><col class=\"c-src\"><col class=\"c-act\"></colgroup>"
                        + "<tr><th>entry</th><th>decision</th><th>category</th><th>text</th><th>why</th>"
                        + "<th>source</th><th>override</th></tr>\n");
    }

    private static void endGroup(StringBuilder b) {
        b.append("</table></div>\n");
    }

    /**
     * One entry: id, decision, category, text, why, source. Its keep/drop control is made by report.js, and the
     * script reads id, decision, category and user from the row, its cells and its section: no per-row attributes.
     */
    private static void row(StringBuilder b, Decision d, boolean hidePersonalText) {
        String word = d.decision().word();
        String id = d.entryId();
        b.append("<tr id=\"e-");
        esc(b, id);
        b.append("\" class=\"d-").append(word).append("\"><td>");
        esc(b, id);
        b.append("</td><td>").append(word).append("</td><td>");
        esc(b, d.category());
        if (hidePersonalText && d.decision() == DecisionKind.DROPPED_PERSONAL) {
            b.append("</td><td class=\"txt hidden-text\">").append(HIDDEN).append("</td>");
        } else {
            b.append("</td><td class=\"txt\">");
            if (d.decision() == DecisionKind.DUPLICATE && d.duplicateOf() != null) {
                // as a character reference: one character beyond Latin-1 would make the whole section a UTF-16 string
                b.append("&#8627; ");
            }
            esc(b, d.entry().text());
            b.append("</td>");
        }
        b.append("<td>");
        String reason = d.reason();
        if ((reason == null || reason.isEmpty()) && d.entry().invalidReason() != null) {
            reason = d.entry().invalidReason();
        }
        esc(b, reason);
        if (d.decision() == DecisionKind.DROPPED_PERSONAL || d.decision() == DecisionKind.DROPPED_SENSITIVE) {
            List<String> cues = cueWords(reason);
            if (!cues.isEmpty()) {
                b.append("<br><span class=\"muted\">cues:</span>");
                for (String cue : cues) {
                    b.append(" <span class=\"cue\">");
                    esc(b, cue);
                    b.append("</span>");
                }
            }
        }
        if (d.duplicateOf() != null && !d.duplicateOf().isEmpty()) {
            b.append("<br>repeats <a href=\"#e-");
            esc(b, d.duplicateOf());
            b.append("\">");
            esc(b, d.duplicateOf());
            b.append("</a>");
        }
        b.append("</td><td>");
        esc(b, d.entry().sourceFile());
        b.append(':').append(d.entry().line());
        if (d.entry().savedAt() != null) {
            b.append("<br><span class=\"muted\">saved ");
            esc(b, d.entry().savedAt());
            b.append("</span>");
        }
        b.append("</td></tr>\n");
    }

    /** "dropped: family (kids, daughter); score work 0.0, personal 1.5" gives kids and daughter. */
    static List<String> cueWords(String reason) {
        List<String> cues = new ArrayList<>();
        if (reason == null) {
            return cues;
        }
        Matcher m = CUES.matcher(reason);
        if (m.find()) {
            for (String part : m.group(1).split(",")) {
                String cue = part.trim();
                if (!cue.isEmpty()) {
                    cues.add(cue);
                }
            }
        }
        return cues;
    }

    /**
     * Writes report.html: the header with the run's counts and the overrides it applied, then the users' sections
     * written so far and the list of users on their own pages.
     */
    public void finish(RunSummary summary, List<AppliedOverride> applied) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head("memory-import run " + summary.runId(), "overrides.csv"));
            out.write(header(summary, pagedUsers));
            out.write(overridesApplied(applied, summary.overridesSkipped()));
            out.write("<h2>Users</h2>\n");
            out.write(toolbar(summary.byCategory().keySet(), true));
            out.write("<main id=\"users\">\n");
            mainSections.writeTo(out);
            out.write("</main>\n");
            if (!pagedIndex.isEmpty()) {
                out.write("<h2 id=\"paged-users\">Users on their own pages (" + pagedUsers + " users, " + pagedEntries
                        + " entries)</h2>\n<p>This page holds " + mainPageEntries + " entries; the users below did not "
                        + "fit and each has a page of its own. Every entry of the run is in "
                        + "<a href=\"decisions.csv\">decisions.csv</a>.</p>\n<table id=\"paged-users-table\"><tr>"
                        + "<th>user</th><th>entries</th>");
                for (DecisionKind kind : DecisionKind.values()) {
                    out.write("<th>" + kind.word() + "</th>");
                }
                out.write("</tr>\n");
                pagedIndex.writeTo(out);
                out.write("</table>\n");
            }
            out.write(TAIL);
        }
    }

    /** Closes and removes the temporary files; report.html exists only when {@link #finish} wrote it. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            mainSections.close();
        } finally {
            pagedIndex.close();
        }
    }

    private static String head(String title, String overridesFile) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + CSS + "</style></head>\n<body data-overrides-file=\"" + esc(overridesFile)
                + "\">\n<noscript><p class=\"muted\">The filters and the keep/drop controls that write "
                + esc(overridesFile) + " need JavaScript, which is off: this page lists the decisions only.</p>"
                + "</noscript>\n";
    }

    private static String duration(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = ms / 1000;
        if (s < 60) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (s / 3600 > 0 ? s / 3600 + " h " : "") + (s / 60 % 60) + " min " + (s % 60) + " s";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.toLowerCase(java.util.Locale.ROOT).contains("</script") || text.contains("</style")) {
                throw new IllegalStateException(name + " must not close its own element");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTML text and attribute values (quoted with "). */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        esc(b, s);
        return b.toString();
    }

    /** Appends s escaped as {@link #esc(String)} does, copying the runs between special characters whole. */
    static void esc(StringBuilder b, String s) {
        if (s == null) {
            return;
        }
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '>') {
                // above every special character: letters and most punctuation
                continue;
            }
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\u0000' -> "\uFFFD";
                default -> null;
            };
            if (replacement != null) {
                b.append(s, from, i).append(replacement);
                from = i + 1;
            }
        }
        if (from == 0) {
            b.append(s);
        } else {
            b.append(s, from, s.length());
        }
    }
}

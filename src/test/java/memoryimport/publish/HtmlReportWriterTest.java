package memoryimport.publish;

import static memoryimport.publish.ReportFixtures.decision;
import static memoryimport.publish.ReportFixtures.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    static final String NASTY_USER = "eve\"<>&";
    static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    final Decision keptWork = decision("alice", 1, DecisionKind.KEPT, "work", "Prefers Java 17 " + SCRIPT, "work", null);
    final Decision repeat = decision("alice", 2, DecisionKind.DUPLICATE, "work", "prefers java 17", "near repeat (0.91)",
            keptWork.entryId());
    final Decision personal = decision("alice", 3, DecisionKind.DROPPED_PERSONAL, "family",
            "Has two kids, daughter Mia", "dropped: family (kids, daughter)", null);
    final Decision review = decision("alice", 4, DecisionKind.NEEDS_REVIEW, "health", "Runs before standup",
            "unsure: health (runs)", null);
    final Decision sensitive = decision("alice", 5, DecisionKind.DROPPED_SENSITIVE, "secret",
            "API key [REDACTED:api_key]", "dropped: secret (api key)", null);
    final Decision keptTools = decision("alice", 6, DecisionKind.KEPT, "tools", "Uses IntelliJ", "tools", null);
    final Decision broken = invalid("alice", 7, "???", "no text after the bullet");
    final Decision eveKept = decision(NASTY_USER, 1, DecisionKind.KEPT, "work", "\"quoted\" & <b>bold</b>", "work",
            null);

    Map<String, List<Decision>> users() {
        Map<String, List<Decision>> users = new LinkedHashMap<>();
        // the order the store gives them in: newest first, review not first
        users.put("alice", List.of(keptWork, repeat, personal, review, sensitive, keptTools, broken));
        users.put(NASTY_USER, List.of(eveKept));
        return users;
    }

    Path write(ReportOptions options, Map<String, List<Decision>> users, List<AppliedOverride> applied)
            throws IOException {
        Path report = dir.resolve("report.html");
        RunSummary summary = ReportFixtures.summary(users);
        try (HtmlReportWriter w = new HtmlReportWriter(report, summary.runId(), options)) {
            for (Map.Entry<String, List<Decision>> u : users.entrySet()) {
                w.user(u.getKey(), u.getValue());
            }
            w.finish(summary, applied == null ? List.of() : applied);
        }
        return report;
    }

    /** A sample report in another folder, for other tests. */
    Path writeSample(Path folder) throws IOException {
        this.dir = folder;
        return write(ReportOptions.defaults(), users(), List.of());
    }

    String html(ReportOptions options) throws IOException {
        return Files.readString(write(options, users(), null), StandardCharsets.UTF_8);
    }

    @Test
    void entryTextIsShownAsTextAndRunsNothing() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold</b>").doesNotContain("<b>pdf</b>")
                .doesNotContain("<img src=x");
        assertThat(html).contains("Prefers Java 17 &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .contains("bob/&lt;img src=x onerror=alert(2)&gt;.pdf");
        assertThat(count(html, "<script")).as("only our own script block").isEqualTo(1);
        assertThat(count(html, "</script>")).isEqualTo(1);
    }

    @Test
    void userIdIsEscapedInTextAndAttributes() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html).doesNotContain("eve\"<>&").contains("data-user=\"eve&quot;&lt;&gt;&amp;\"")
                .contains("<code>eve&quot;&lt;&gt;&amp;</code>");
        // no attribute value is broken out of: every data-user value is a clean quoted string
        Matcher m = Pattern.compile("data-user=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertThat(m.group(1)).doesNotContain("<", ">");
        }
    }

    @Test
    void pageIsSelfContainedWithAStrictPolicy() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        assertThat(html).doesNotContainPattern("(?i)(src|href|action)\\s*=\\s*\"?\\s*(https?:)?//");
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
        assertThat(html).doesNotContainPattern("(?i)<link|<iframe|<object|<embed|<img|<base");
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(style).doesNotContainPattern("(?i)@import|url\\(");
    }

    @Test
    void withoutJavaScriptThePageSaysWhatIsMissing() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html).containsPattern("<noscript>[^<]*<p class=\"muted\">The filters and the keep/drop controls"
                + " that write [^<]*overrides[^<]*\\.csv need JavaScript");
    }

    @Test
    void categoryFilterListsEachCategoryOnce() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html.split("<option>\\(none\\)</option>", -1)).hasSize(2);
        assertThat(html.split("<option>family</option>", -1)).hasSize(2);
    }

    @Test
    void chartsCarryTheCounts() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html).contains("<svg class=\"chart\" id=\"chart-decisions\"")
                .contains("<svg class=\"chart\" id=\"chart-categories\"");
        assertThat(html).contains("<g data-label=\"kept\" data-count=\"3\">")
                .contains("<g data-label=\"needs_review\" data-count=\"1\">")
                .contains("<g data-label=\"duplicate\" data-count=\"1\">")
                .contains("<g data-label=\"work\" data-count=\"3\">")
                .contains("<g data-label=\"family\" data-count=\"1\">");
    }

    @Test
    void headerSaysWhatRan() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html).contains("run-2024-06-01").contains("/data/in").contains("2024-06-01T02:00:00Z")
                .contains("<td>parse</td><td class=\"n\">4.5 s</td>").contains("<td>decide</td><td class=\"n\">1 min 1 s")
                .contains("line 3: unclosed quote").contains("not a memory export: &lt;b&gt;pdf&lt;/b&gt;")
                .contains("<a href=\"decisions.csv\">");
        String notRead = html.substring(html.indexOf("id=\"files-not-read\""), html.indexOf("<details>"));
        assertThat(notRead).contains("carol/broken.csv").doesNotContain("alice/memory.md");
    }

    @Test
    void rowsAreSlimAndCarryTheirEntryId() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html).contains("<tr id=\"e-" + review.entryId() + "\" class=\"d-needs_review\"><td>"
                + review.entryId() + "</td><td>needs_review</td><td>health</td><td class=\"txt\">Runs before standup</td>"
                + "<td>unsure: health (runs)</td><td>alice/memory.md:4<br><span class=\"muted\">saved 2024-05-01</span>"
                + "</td></tr>\n");
        for (Decision d : users().values().stream().flatMap(List::stream).toList()) {
            assertThat(html).contains("<tr id=\"e-" + d.entryId() + "\" class=\"d-" + d.decision().word() + "\"><td>"
                    + d.entryId() + "</td><td>" + d.decision().word() + "</td>");
        }
        // the keep/drop controls are made by the script, once per row, not written into the page
        assertThat(html).doesNotContain("<select class=\"ov\"").doesNotContain("data-id=");
        assertThat(count(html, "<section class=\"user\"")).isEqualTo(2);
        assertThat(html).contains("<section class=\"user\" id=\"u-alice\" data-user=\"alice\">");
        assertThat(html).contains("id=\"f-decision\"").contains("id=\"f-category\"").contains("id=\"f-user\"")
                .contains("id=\"f-text\"").contains("id=\"download-overrides\"");
    }

    @Test
    void reviewComesFirstThenKeptByCategoryWithRepeatsUnderThem() throws IOException {
        String html = html(ReportOptions.defaults());

        int review = html.indexOf("<tr id=\"e-" + this.review.entryId() + "\"");
        int keptTools = html.indexOf("<tr id=\"e-" + this.keptTools.entryId() + "\"");
        int keptWork = html.indexOf("<tr id=\"e-" + this.keptWork.entryId() + "\"");
        int repeat = html.indexOf("<tr id=\"e-" + this.repeat.entryId() + "\"");
        int personal = html.indexOf("<tr id=\"e-" + this.personal.entryId() + "\"");
        int broken = html.indexOf("<tr id=\"e-" + this.broken.entryId() + "\"");
        assertThat(review).isPositive().isLessThan(keptTools).isLessThan(keptWork);
        assertThat(keptTools).as("categories in order").isLessThan(keptWork);
        assertThat(repeat).as("repeat right under what it repeats").isGreaterThan(keptWork).isLessThan(personal);
        assertThat(html.substring(repeat)).contains("repeats <a href=\"#e-" + this.keptWork.entryId() + "\">");
        assertThat(personal).isLessThan(broken);
        assertThat(html).contains("no text after the bullet").contains("<span class=\"cue\">kids</span>")
                .contains("<span class=\"cue\">daughter</span>");
    }

    @Test
    void personalTextIsShownUnlessHidden() throws IOException {
        String shown = html(new ReportOptions(false, 5_000));
        assertThat(shown).contains("Has two kids, daughter Mia").doesNotContain(">(hidden)<");

        String hidden = html(new ReportOptions(true, 5_000));
        assertThat(hidden).doesNotContain("Has two kids").doesNotContain("daughter Mia")
                .contains("<td class=\"txt hidden-text\">(hidden)</td>")
                .contains("dropped: family (kids, daughter)");
        // only the personal text is hidden
        assertThat(hidden).contains("Runs before standup").contains("API key [REDACTED:api_key]");
    }

    @Test
    void overridesAppliedSectionListsThem() throws IOException {
        String html = Files.readString(write(ReportOptions.defaults(), users(), List.of(
                new AppliedOverride(review.entryId(), "alice", "needs_review", "kept", "fine, <i>work</i> habit"))));

        assertThat(html).contains("Overrides applied (1)").contains("fine, &lt;i&gt;work&lt;/i&gt; habit");
        assertThat(html.indexOf("id=\"overrides-applied\"")).isLessThan(html.indexOf("<main id=\"users\">"));
    }

    @Test
    void usersPastTheLimitGetTheirOwnPages() throws IOException {
        Map<String, List<Decision>> users = new LinkedHashMap<>();
        for (String user : List.of("u1", "u2", "u3", "u4 with space")) {
            List<Decision> list = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                list.add(decision(user, i, i == 1 ? DecisionKind.NEEDS_REVIEW : DecisionKind.KEPT, "work",
                        user + " entry " + i, "work", null));
            }
            users.put(user, list);
        }
        Path report = write(new ReportOptions(false, 10), users, null);
        String main = Files.readString(report);

        assertThat(main).contains("<tr id=\"e-" + users.get("u1").get(0).entryId() + "\"")
                .contains("<tr id=\"e-" + users.get("u2").get(0).entryId() + "\"")
                .doesNotContain("<tr id=\"e-" + users.get("u3").get(0).entryId() + "\"");
        assertThat(main).contains("id=\"paged-users\"").contains("<a href=\"report/users/u3.html\">u3</a>")
                .contains("<a href=\"report/users/" + UserFileNames.of("u4 with space") + ".html\">u4 with space</a>")
                .contains("Users on their own pages (2 users, 8 entries)");
        assertThat(main).contains("<tr data-user=\"u3\"><td><a href=\"report/users/u3.html\">u3</a></td>"
                + "<td class=\"n\">4</td><td class=\"n\">3</td><td class=\"n\">0</td><td class=\"n\">0</td>"
                + "<td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">0</td></tr>");
        assertThat(main).contains("href=\"decisions.csv\"");

        Path page = dir.resolve("report/users/u3.html");
        assertThat(page).exists();
        String u3 = Files.readString(page);
        assertThat(u3).contains("<tr id=\"e-" + users.get("u3").get(3).entryId() + "\"")
                .contains("href=\"../../report.html\"").contains("href=\"../../decisions.csv\"")
                .contains("Content-Security-Policy").contains("data-overrides-file=\"overrides-u3.csv\"");
        assertThat(count(u3, "<script")).isEqualTo(1);
        assertThat(dir.resolve("report/users/" + UserFileNames.of("u4 with space") + ".html")).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("report.html", "report");
        }
    }

    @Test
    void usersAreListedInOrderOfTheirIdsOnTheMainPageAndAmongThoseOnTheirOwnPages() throws IOException {
        Map<String, List<Decision>> users = new LinkedHashMap<>();
        for (String user : List.of("mia", "Bob", "zoe", "anna")) { // as the buckets give them
            List<Decision> list = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                list.add(decision(user, i, DecisionKind.KEPT, "work", user + " entry " + i, "work", null));
            }
            users.put(user, list);
        }
        String main = Files.readString(write(new ReportOptions(false, 8), users, null));

        assertThat(main.indexOf("data-user=\"Bob\"")).isPositive().isLessThan(main.indexOf("data-user=\"mia\""));
        assertThat(main.indexOf("<tr data-user=\"anna\"")).isGreaterThan(main.indexOf("id=\"paged-users\""))
                .isLessThan(main.indexOf("<tr data-user=\"zoe\""));
    }

    @Test
    void headerWithTheCountsStandsAboveTheUsersWrittenBeforeIt() throws IOException {
        String html = html(ReportOptions.defaults());

        assertThat(html.indexOf("id=\"decision-counts\"")).isPositive()
                .isLessThan(html.indexOf("<main id=\"users\">"));
        assertThat(html.indexOf("<main id=\"users\">")).isLessThan(html.indexOf("id=\"e-" + keptWork.entryId() + "\""));
        assertThat(count(html, "<html")).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void aReportNotFinishedLeavesNoFile() throws IOException {
        try (HtmlReportWriter w = new HtmlReportWriter(dir.resolve("report.html"), "run-1", ReportOptions.defaults())) {
            w.user("alice", users().get("alice"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void usersRenderedOnOtherThreadsAndFinishedOutOfOrderGiveTheSameReportAsOneAfterAnother() throws Exception {
        // given: six users, four entries each, a main page for eight entries
        Map<String, List<Decision>> users = new LinkedHashMap<>();
        for (String user : List.of("u5", "u1", "u6", "u2", "u4", "u3")) {
            List<Decision> list = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                list.add(decision(user, i, DecisionKind.KEPT, "work", user + " entry " + i, "work", null));
            }
            users.put(user, list);
        }
        ReportOptions options = new ReportOptions(false, 8);
        Path oneByOne = write(options, users, null);
        Path inOrder = dir.resolve("threads");
        Files.createDirectories(inOrder);

        // when: placed in order, rendered on a thread each, the last user's first, and added in order
        RunSummary summary = ReportFixtures.summary(users);
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try (HtmlReportWriter w = new HtmlReportWriter(inOrder.resolve("report.html"), summary.runId(), options)) {
            List<Future<HtmlReportWriter.RenderedUser>> rendered = new ArrayList<>();
            CountDownLatch lastDone = new CountDownLatch(1);
            int n = 0;
            for (Map.Entry<String, List<Decision>> u : users.entrySet()) {
                boolean ownPage = w.ownPage(u.getValue().size());
                boolean last = ++n == users.size();
                rendered.add(pool.submit(() -> {
                    if (!last) {
                        lastDone.await();
                    }
                    HtmlReportWriter.RenderedUser r = w.render(u.getKey(), u.getValue(), ownPage);
                    if (last) {
                        lastDone.countDown();
                    }
                    return r;
                }));
            }
            for (Future<HtmlReportWriter.RenderedUser> r : rendered) {
                w.add(r.get());
            }
            w.finish(summary, List.of());
        } finally {
            pool.shutdownNow();
        }

        // then: the same main page and the same pages, byte for byte
        assertThat(inOrder.resolve("report.html")).hasSameBinaryContentAs(oneByOne);
        for (String user : List.of("u6", "u2", "u4", "u3")) {
            Path page = Path.of(HtmlReportWriter.USERS_DIR, UserFileNames.of(user) + ".html");
            assertThat(inOrder.resolve(page)).hasSameBinaryContentAs(dir.resolve(page));
        }
        assertThat(dir.resolve(Path.of(HtmlReportWriter.USERS_DIR, "u1.html"))).doesNotExist();
    }

    @Test
    void smallRunHasNoUserPages() throws IOException {
        String html = html(ReportOptions.defaults());
        assertThat(html).doesNotContain("id=\"paged-users\"");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void escapingReplacesEachSpecialCharacterAndCopiesTheRest() {
        assertThat(HtmlReportWriter.esc("a<b>&\"'\u0000c")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;\uFFFDc");
        assertThat(HtmlReportWriter.esc("<<")).isEqualTo("&lt;&lt;");
        assertThat(HtmlReportWriter.esc("plain text")).isEqualTo("plain text");
        assertThat(HtmlReportWriter.esc("")).isEmpty();
        assertThat(HtmlReportWriter.esc(null)).isEmpty();
    }

    @Test
    void cueWordsComeFromTheReason() {
        assertThat(HtmlReportWriter.cueWords("dropped: family (kids, daughter)")).containsExactly("kids", "daughter");
        // as the classifier words its reasons: the score follows, and a mixed entry names its work cues after
        assertThat(HtmlReportWriter.cueWords("dropped: leisure (half marathon); score work 0.0, personal 1.0"))
                .containsExactly("half marathon");
        assertThat(HtmlReportWriter.cueWords("dropped: family (husband) (also work work_role (software engineer,"
                + " company)); score work 2.0, personal 1.0")).containsExactly("husband");
        assertThat(HtmlReportWriter.cueWords("dropped: sensitive credential (ai-api-key)")).containsExactly("ai-api-key");
        assertThat(HtmlReportWriter.cueWords("exact repeat")).isEmpty();
        assertThat(HtmlReportWriter.cueWords(null)).isEmpty();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

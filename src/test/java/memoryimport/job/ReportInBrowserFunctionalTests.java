package memoryimport.job;

import static memoryimport.job.MemoryImportJobFunctionalTests.decisions;
import static memoryimport.job.MemoryImportJobFunctionalTests.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import memoryimport.MemoryImportApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review report as a reviewer uses it, in headless Chromium: the page's script runs under its
 * Content-Security-Policy from a file:// URL, the filters hide rows, the keep/drop choices download as overrides.csv,
 * and that download brings the choices into the next run. Runs where Debian's chromium and chromium-driver are
 * installed (.ci/run installs them).
 */
@EnabledIf("chromiumInstalled")
class ReportInBrowserFunctionalTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path work;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @Test
    void aReviewerFiltersMarksAndDownloadsOverridesThatTheNextRunApplies() throws Exception {
        // given: a run with an entry for review, a kept one and a dropped one
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Files.createDirectories(input.resolve("omar"));
        Files.writeString(input.resolve("omar/export.md"), """
                [2024-01-01] - Something the rules cannot place
                [2024-01-02] - Uses Kotlin and Postgres at work
                [2024-01-03] - Has two kids who love football
                """);
        MemoryImportApplication.run("--input=" + input, "--output=" + output);
        Path run = output.resolve("latest").toRealPath();
        List<Map<String, String>> first = decisions(run);
        String review = row(first, "omar/export.md", 1).get("entry_id");
        String kept = row(first, "omar/export.md", 2).get("entry_id");
        assertThat(row(first, "omar/export.md", 1)).containsEntry("decision", "needs_review");
        assertThat(row(first, "omar/export.md", 2)).containsEntry("decision", "kept");
        assertThat(row(first, "omar/export.md", 3)).containsEntry("decision", "dropped_personal");

        // when: the reviewer shows only what needs review, keeps it with a note, drops the kept memory and downloads
        Path downloads = Files.createDirectories(work.resolve("downloads"));
        WebDriver browser = chromium(downloads);
        List<String> shownForReview;
        String shownCount;
        String markedCount;
        try {
            browser.get(run.resolve("report.html").toUri().toString());
            waitFor("the report's script to run",
                    () -> browser.findElement(By.tagName("html")).getAttribute("data-report-ready") != null);
            choose(browser.findElement(By.id("f-decision")), "needs_review");
            shownForReview = browser.findElements(By.cssSelector("table.rows tr[id]")).stream()
                    .filter(WebElement::isDisplayed).map(r -> r.getAttribute("id")).toList();
            shownCount = browser.findElement(By.id("shown-count")).getText();
            WebElement reviewRow = browser.findElement(By.id("e-" + review));
            choose(reviewRow.findElement(By.cssSelector("select.ov")), "keep");
            reviewRow.findElement(By.cssSelector("input.note")).sendKeys("fine, keep it");
            choose(browser.findElement(By.id("f-decision")), "all");
            choose(browser.findElement(By.id("e-" + kept)).findElement(By.cssSelector("select.ov")), "drop");
            markedCount = browser.findElement(By.id("marked-count")).getText();
            browser.findElement(By.id("download-overrides")).click();
            waitFor("overrides.csv in " + downloads, () -> Files.isRegularFile(downloads.resolve("overrides.csv")));
        } finally {
            browser.quit();
        }
        Path overrides = downloads.resolve("overrides.csv");
        int applied = MemoryImportApplication.run("--input=" + input, "--output=" + output, "--overrides=" + overrides);

        // then: the page showed the one entry for review and counted the marks; the next run applied both choices
        assertThat(shownForReview).containsExactly("e-" + review);
        assertThat(shownCount).isEqualTo("1 of 3 entries shown");
        assertThat(markedCount).isEqualTo("2 marked");
        assertThat(Files.readString(overrides)).isEqualTo("entry_id,decision,note\r\n\"" + review
                + "\",\"keep\",\"fine, keep it\"\r\n\"" + kept + "\",\"drop\",\"\"\r\n");
        assertThat(applied).isEqualTo(ExitCodes.COMPLETED);
        JsonMapper json = new JsonMapper();
        assertThat(Files.readAllLines(output.resolve("latest").toRealPath().resolve("edits/omar.jsonl")))
                .map(json::readTree).extracting(e -> e.get("op").asString() + " " + e.get("entry_id").asString())
                .containsExactlyInAnyOrder("add " + review, "remove " + kept);
    }

    /** Picks an option by its text, as a click does: the select fires its change event. */
    private static void choose(WebElement select, String option) {
        select.findElement(By.xpath("./option[normalize-space(.)='" + option + "']")).click();
    }

    private WebDriver chromium(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // a closed network: no background connections, a fresh profile, no sandbox as root in CI
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + work.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    private static void waitFor(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            Thread.sleep(100);
        }
    }
}

package memoryimport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.publish.DecisionCounts;
import memoryimport.publish.DecisionsCsvWriter;
import memoryimport.publish.HtmlReportWriter;
import memoryimport.publish.MemoryEdit;
import memoryimport.publish.MemoryEditsWriter;
import memoryimport.publish.ReportOptions;
import memoryimport.publish.RunSummary;
import memoryimport.publish.SummaryJsonWriter;
import memoryimport.store.DecisionStore;
import memoryimport.store.FileRegistry;
import memoryimport.store.Folders;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 4: writes the run folder from the database into a temporary folder, renames it into place and points
 * {@code latest} at it, so a half-written run never becomes the latest. Then the run's files count as imported.
 * A dry run writes its folder as {@code <run-id>-dry-run} with no edits, and changes neither latest nor the registry.
 */
public class PublishTasklet implements Tasklet {

    /** Job execution context keys: what the run decided, for the console summary without another table scan. */
    static final String DECISION_COUNTS = "publish.decisionCounts";
    static final String USER_COUNT = "publish.userCount";
    private static final int RENDER_THREADS = 2;

    private final Path output;
    private final Path input;
    private final String runId;
    private final boolean dryRun;
    private final FileRegistry registry;
    private final DecisionStore decisions;
    private final ReviewerOverrides reviewerOverrides;
    private final ReportOptions reportOptions;

    public PublishTasklet(Path output, Path input, String runId, boolean dryRun, FileRegistry registry,
                          DecisionStore decisions, ReviewerOverrides reviewerOverrides, ReportOptions reportOptions) {
        this.reviewerOverrides = reviewerOverrides;
        this.reportOptions = reportOptions;
        this.output = output;
        this.input = input;
        this.runId = runId;
        this.dryRun = dryRun;
        this.registry = registry;
        this.decisions = decisions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String folderName = dryRun ? runId + "-dry-run" : runId;
        Path partial = output.resolve("." + folderName + ".partial");
        Folders.deleteTree(partial);
        Files.createDirectories(partial);

        ReviewerOverrides.Outcome overrides = reviewerOverrides.apply(overrideFiles(), runId, dryRun);
        // read by the render threads, never changed after this
        Map<String, List<MemoryEdit>> overrideEdits = new LinkedHashMap<>(overrides.editsByUser());
        DecisionCounts counts = new DecisionCounts();
        MemoryEditsWriter edits = dryRun ? null : new MemoryEditsWriter(partial.resolve("edits"));
        RunSummary summary;
        // one pass over the decisions: a thread reads them, one writes decisions.csv, gathers each user's and places
        // them (report.html or a page of their own, in user order), two render each user's report section or page and
        // write their edits, and this one takes the rendered users in order; the report's header, which needs the
        // counts, is put in front at the end
        Set<String> overriddenUsersSeen = new HashSet<>();
        ExecutorService render = Executors.newFixedThreadPool(RENDER_THREADS, PublishTasklet::renderThread);
        try (DecisionsCsvWriter csv = new DecisionsCsvWriter(partial.resolve("decisions.csv"));
             HtmlReportWriter report = new HtmlReportWriter(partial.resolve("report.html"), runId, reportOptions)) {
            ReadAhead.<Future<HtmlReportWriter.RenderedUser>>forEach("publish-csv", 1, users -> {
                UserBatches batches = new UserBatches((userId, batch) -> {
                    boolean ownPage = report.ownPage(batch.size());
                    users.accept(render.submit(() -> {
                        if (!dryRun) {
                            edits.write(userId, withOverrides(editsOf(batch), overrideEdits.get(userId)));
                        }
                        return report.render(userId, batch, ownPage);
                    }));
                });
                ReadAhead.<Decision>forEach("publish-read", each -> decisions.forEachByUser(runId, each), d -> {
                    csv.write(d);
                    counts.add(d);
                    batches.accept(d);
                });
                batches.flush();
            }, user -> {
                HtmlReportWriter.RenderedUser rendered = rendered(user);
                if (overrideEdits.containsKey(rendered.userId())) {
                    overriddenUsersSeen.add(rendered.userId());
                }
                try {
                    report.add(rendered);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            summary = summary(job, counts, overrides);
            report.finish(summary, overrides.applied());
        } finally {
            render.shutdownNow();
        }
        job.getExecutionContext().put(DECISION_COUNTS, new HashMap<>(counts.byDecision()));
        job.getExecutionContext().put(USER_COUNT, counts.byUser().size());
        if (!dryRun) {
            // reviewer overrides for users with no entry in this run
            for (Map.Entry<String, List<MemoryEdit>> e : overrideEdits.entrySet()) {
                if (!overriddenUsersSeen.contains(e.getKey())) {
                    edits.write(e.getKey(), e.getValue());
                }
            }
        }
        SummaryJsonWriter.write(partial.resolve("summary.json"), summary);

        Path published = output.resolve(folderName);
        Folders.deleteTree(published);
        Files.move(partial, published, StandardCopyOption.ATOMIC_MOVE);
        if (!dryRun) {
            pointLatestAt(published);
            registry.markImported(runId);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Overrides files the register step found new or changed: in the input folder (paths relative to it) and the one
     * named on the command line (an absolute path, which resolve keeps).
     */
    private List<Path> overrideFiles() {
        return registry.files(runId).stream().filter(f -> FileRegistry.OVERRIDES.equals(f.status()))
                .map(f -> input.resolve(f.path())).toList();
    }

    /** The run's edits for a user plus the reviewer's; an entry kept now and dropped by the reviewer is neither. */
    static List<MemoryEdit> withOverrides(List<MemoryEdit> runEdits, List<MemoryEdit> overrideEdits) {
        if (overrideEdits == null) {
            return runEdits;
        }
        Set<String> addedNow = new HashSet<>();
        runEdits.forEach(e -> addedNow.add(e.entryId()));
        Set<String> removed = new HashSet<>();
        List<MemoryEdit> all = new ArrayList<>();
        for (MemoryEdit e : overrideEdits) {
            if ("remove".equals(e.op()) && addedNow.contains(e.entryId())) {
                removed.add(e.entryId());
            } else {
                all.add(e);
            }
        }
        List<MemoryEdit> kept = new ArrayList<>(runEdits.stream().filter(e -> !removed.contains(e.entryId())).toList());
        kept.addAll(all);
        return kept;
    }

    /** Add (or replace) edits for what the run kept; each lists the entries that said it, the kept one first. */
    static List<MemoryEdit> editsOf(List<Decision> userDecisions) {
        Map<String, List<MemoryEdit.Source>> repeats = new HashMap<>();
        for (Decision d : userDecisions) {
            if (d.decision() == DecisionKind.DUPLICATE) {
                repeats.computeIfAbsent(d.duplicateOf(), k -> new ArrayList<>()).add(sourceOf(d, d.entryId()));
            }
        }
        List<MemoryEdit> edits = new ArrayList<>();
        for (Decision d : userDecisions) {
            if (d.decision() == DecisionKind.KEPT) {
                String id = d.entryId();
                List<MemoryEdit.Source> sources = new ArrayList<>();
                sources.add(sourceOf(d, id));
                sources.addAll(repeats.getOrDefault(id, List.of()));
                MemoryEdit.Replaced replaces = d.replaces() == null ? null
                        : new MemoryEdit.Replaced(d.replaces(), d.replacedText());
                edits.add(new MemoryEdit(replaces == null ? "add" : "replace", id, d.entry().text(),
                        d.category(), d.entry().savedAt(), sources, replaces));
            }
        }
        // oldest first, as assistants list memories and import boxes expect them
        Collections.reverse(edits);
        return edits;
    }

    private static MemoryEdit.Source sourceOf(Decision d, String entryId) {
        return new MemoryEdit.Source(entryId, d.entry().sourceFile(), d.entry().line());
    }

    private RunSummary summary(JobExecution job, DecisionCounts counts, ReviewerOverrides.Outcome overrides) {
        Map<String, Long> stepMillis = new LinkedHashMap<>();
        for (StepExecution step : job.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null && !step.getStepName().contains(":")) {
                stepMillis.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()).toMillis());
            }
        }
        Map<String, Long> byFile = counts.byFile();
        List<RunSummary.FileOutcome> files = registry.files(runId).stream()
                // "pending" is the registry's word for a file this run reads; by publish it has been read
                .map(f -> new RunSummary.FileOutcome(f.path(), f.format(),
                        FileRegistry.PENDING.equals(f.status()) ? "read" : f.status(), f.reason(),
                        byFile.getOrDefault(f.path(), 0L)))
                .toList();
        return new RunSummary(runId, input.toString(), iso(job.getStartTime()), Instant.now().toString(),
                stepMillis, files, counts.byDecision(), counts.byCategory(), counts.byUser(), byFile,
                overrides.applied().size(), overrides.skipped());
    }

    private static String iso(LocalDateTime time) {
        return time == null ? null : time.atZone(java.time.ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC)
                .toInstant().toString();
    }

    private void pointLatestAt(Path published) throws IOException {
        Path latest = output.resolve("latest");
        Path next = output.resolve(".latest.next");
        Files.deleteIfExists(next);
        try {
            Files.createSymbolicLink(next, published.getFileName());
            Files.move(next, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            // no symbolic links here: a text file naming the run folder serves instead
            Files.writeString(latest, published.getFileName().toString() + "\n");
        }
    }

    private static HtmlReportWriter.RenderedUser rendered(Future<HtmlReportWriter.RenderedUser> user) {
        try {
            return user.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the report was rendered", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : new IllegalStateException(e.getCause());
        }
    }

    private static Thread renderThread(Runnable task) {
        Thread thread = new Thread(task, "publish-render");
        thread.setDaemon(true);
        return thread;
    }

    /** Gathers consecutive decisions of one user and hands each user's list on. */
    static final class UserBatches {

        private final BiConsumer<String, List<Decision>> action;
        private String user;
        private List<Decision> batch = new ArrayList<>();

        UserBatches(BiConsumer<String, List<Decision>> action) {
            this.action = action;
        }

        void accept(Decision d) {
            if (user != null && !user.equals(d.entry().userId())) {
                flush();
            }
            user = d.entry().userId();
            batch.add(d);
        }

        void flush() {
            if (user == null) {
                return;
            }
            action.accept(user, batch);
            batch = new ArrayList<>();
            user = null;
        }
    }
}

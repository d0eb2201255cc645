package memoryimport.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;

/** report.html: one self-contained page, written user by user so a large run never sits in memory. */
public final class HtmlReportWriter implements AutoCloseable {

    private final BufferedWriter out;

    public HtmlReportWriter(Path file, RunSummary s) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>memory-import run "
                + esc(s.runId()) + "</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}"
                + ".kept{background:#eaffea}.needs_review{background:#fff7d6}.invalid{background:#f3f3f3}</style></head><body>\n");
        out.write("<h1>memory-import run " + esc(s.runId()) + "</h1>\n<p>Input " + esc(s.input()) + ", started "
                + esc(s.startedAt()) + ", published " + esc(s.finishedAt()) + ". " + s.entries() + " entries from "
                + s.files().size() + " files.</p>\n<h2>Decisions</h2>\n<table id=\"decision-counts\">");
        for (DecisionKind kind : DecisionKind.values()) {
            out.write("<tr><th>" + kind.word() + "</th><td>" + s.count(kind.word()) + "</td></tr>");
        }
        out.write("</table>\n<h2>Categories</h2>\n<table id=\"category-counts\">");
        for (Map.Entry<String, Long> c : s.byCategory().entrySet()) {
            out.write("<tr><th>" + esc(c.getKey()) + "</th><td>" + c.getValue() + "</td></tr>");
        }
        out.write("</table>\n<h2>Files</h2>\n<table id=\"files\"><tr><th>file</th><th>format</th><th>status</th>"
                + "<th>entries</th><th>reason</th></tr>");
        for (RunSummary.FileOutcome f : s.files()) {
            out.write("<tr><td>" + esc(f.path()) + "</td><td>" + esc(f.format()) + "</td><td>" + esc(f.status())
                    + "</td><td>" + f.entries() + "</td><td>" + esc(f.reason()) + "</td></tr>");
        }
        out.write("</table>\n<h2>Users</h2>\n");
    }

    public void user(String userId, List<Decision> decisions) throws IOException {
        out.write("<h3>" + esc(userId) + "</h3>\n<table><tr><th>entry</th><th>decision</th><th>category</th>"
                + "<th>text</th><th>reason</th><th>source</th></tr>\n");
        for (Decision d : decisions) {
            out.write("<tr class=\"" + d.decision().word() + "\" id=\"" + esc(d.entryId()) + "\"><td>" + esc(d.entryId())
                    + "</td><td>" + d.decision().word() + "</td><td>" + esc(d.category()) + "</td><td>"
                    + esc(d.entry().text()) + "</td><td>" + esc(d.reason())
                    + (d.duplicateOf() == null ? "" : " (repeats <a href=\"#" + esc(d.duplicateOf()) + "\">"
                    + esc(d.duplicateOf()) + "</a>)") + "</td><td>" + esc(d.entry().sourceFile()) + ":"
                    + d.entry().line() + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    @Override
    public void close() throws IOException {
        out.write("</body></html>\n");
        out.close();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

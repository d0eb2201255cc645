package memoryimport.publish;

import java.util.Map;

/** Horizontal bar charts as inline SVG, so the report needs no chart library and fetches nothing. */
final class SvgBarChart {

    private static final int LABEL_WIDTH = 150;
    private static final int BAR_WIDTH = 260;
    private static final int ROW = 22;
    private static final int MAX_LABEL = 22;

    private SvgBarChart() {
    }

    /**
     * @param classByLabel give each bar the class of its label (decision words have colours in the stylesheet);
     *                     only for labels known to be safe class names
     */
    static String render(String id, String title, Map<String, Long> data, boolean classByLabel) {
        long max = 1;
        for (Long v : data.values()) {
            max = Math.max(max, v == null ? 0 : v);
        }
        int height = ROW * Math.max(1, data.size()) + 28;
        int width = LABEL_WIDTH + BAR_WIDTH + 70;
        StringBuilder b = new StringBuilder(256 + data.size() * 300);
        b.append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"").append(HtmlReportWriter.esc(title)).append("\"><title>")
                .append(HtmlReportWriter.esc(title)).append("</title><text x=\"0\" y=\"14\" font-weight=\"bold\">")
                .append(HtmlReportWriter.esc(title)).append("</text>");
        if (data.isEmpty()) {
            b.append("<text x=\"0\" y=\"40\">none</text>");
        }
        int y = 24;
        for (Map.Entry<String, Long> e : data.entrySet()) {
            long v = e.getValue() == null ? 0 : e.getValue();
            String label = e.getKey() == null || e.getKey().isEmpty() ? DecisionCounts.NO_CATEGORY : e.getKey();
            String shown = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
            long w = v == 0 ? 0 : Math.max(1, Math.round((double) v * BAR_WIDTH / max));
            b.append("<g data-label=\"").append(HtmlReportWriter.esc(label)).append("\" data-count=\"").append(v)
                    .append("\"><title>").append(HtmlReportWriter.esc(label)).append(": ").append(v)
                    .append("</title><text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(HtmlReportWriter.esc(shown)).append("</text><rect class=\"bar")
                    .append(classByLabel ? " " + HtmlReportWriter.esc(label) : "").append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"")
                    .append(ROW - 6).append("\"></rect><text x=\"").append(LABEL_WIDTH + w + 5).append("\" y=\"")
                    .append(y + 14).append("\">").append(v).append("</text></g>");
            y += ROW;
        }
        b.append("</svg>");
        return b.toString();
    }
}

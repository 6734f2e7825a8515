import { markdownTable } from "markdown-table";
import type { ReportDocument, ReportSection } from "./document.js";

/** A section as Markdown: heading, paragraphs, tables, closing paragraphs (charts are in the HTML). */
const sectionMd = (s: ReportSection): string[] => [
  `## ${s.heading}`,
  "",
  ...s.paragraphs.flatMap((p) => [p, ""]),
  ...s.tables.flatMap((t) => [
    markdownTable([[...t.head], ...t.rows.map((r) => [...r])], {
      align: t.numeric.map((n) => (n ? "r" : "l")),
    }),
    "",
  ]),
  ...s.closing.flatMap((p) => [p, ""]),
];

/** The report as Markdown: the same text and tables as the HTML page, without the charts. */
export function reportMarkdown(doc: ReportDocument): string {
  return [
    `# ${doc.title}`,
    "",
    `*${doc.place}*`,
    "",
    doc.intro,
    "",
    ...doc.key.map((k) => `- **${k.label}:** ${k.value}`),
    "",
    `*${doc.chartsNote}*`,
    "",
    ...doc.sections.flatMap(sectionMd),
    "---",
    "",
    ...doc.footer.flatMap((f) => [f, ""]),
  ]
    .join("\n")
    .trimEnd()
    .concat("\n");
}

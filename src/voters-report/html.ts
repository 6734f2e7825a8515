import { CHART_FONT } from "../charts/render.js";
import type { ReportDocument, ReportSection, ReportTable } from "./document.js";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text made safe for HTML. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** Text made safe for HTML, its web addresses made links. */
const withLinks = (text: string) =>
  escapeHtml(text).replace(/https?:\/\/[^\s<>")]+[^\s<>").,;]/g, (url) => `<a href="${url}">${url}</a>`);

const STYLE = `
:root { color-scheme: light; }
body { font-family: ${CHART_FONT}; color: #1b1b1b; background: #fff; margin: 0; line-height: 1.5; }
main { max-width: 820px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; line-height: 1.25; }
.place { color: #555; margin: 0 0 12px; }
.intro { margin: 0 0 20px; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 2px solid #1f6f8b; padding-bottom: 4px; }
.key { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 10px; margin: 0 0 8px; padding: 0; list-style: none; }
.key li { border: 1px solid #c9dbe4; border-radius: 6px; padding: 10px 12px; background: #f4f9fb; }
.key .label { display: block; font-size: 0.85rem; color: #444; }
.key .value { display: block; font-size: 1.15rem; font-weight: bold; }
table { border-collapse: collapse; margin: 12px 0; font-size: 0.95rem; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
td.n, th.n { text-align: right; }
td.n { white-space: nowrap; }
.table { overflow-x: auto; }
td:last-child:not(.n) { min-width: 10em; }
figure { margin: 16px 0; }
figure svg { max-width: 100%; height: auto; display: block; }
a { color: #1f5f8b; overflow-wrap: anywhere; }
footer { margin-top: 36px; color: #555; font-size: 0.9rem; border-top: 1px solid #ddd; padding-top: 8px; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  figure, table, .key li { break-inside: avoid; }
  .table { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}`;

function table(t: ReportTable): string {
  const cell = (tag: "th" | "td", text: string, i: number) =>
    `<${tag}${t.numeric[i] === true ? ' class="n"' : ""}>${escapeHtml(text)}</${tag}>`;
  const head = `<tr>${t.head.map((h, i) => cell("th", h, i)).join("")}</tr>`;
  const rows = t.rows.map((r) => `<tr>${r.map((c, i) => cell("td", c, i)).join("")}</tr>`).join("\n");
  return `<div class="table"><table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`;
}

function sectionHtml(s: ReportSection): string {
  const p = (text: string) => `<p>${withLinks(text)}</p>`;
  return [
    `<section id="${s.id}">`,
    `<h2>${escapeHtml(s.heading)}</h2>`,
    ...s.paragraphs.map(p),
    ...s.tables.map(table),
    ...s.charts.map((svg) => `<figure>${svg}</figure>`),
    ...s.closing.map(p),
    "</section>",
  ].join("\n");
}

/** The report as one self-contained HTML page: inline CSS, inline SVG charts, printable. */
export function reportHtml(doc: ReportDocument): string {
  const key = doc.key
    .map(
      (k) =>
        `<li><span class="label">${escapeHtml(k.label)}</span><span class="value">${escapeHtml(k.value)}</span></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(doc.title)}</h1>
<p class="place">${escapeHtml(doc.place)}</p>
<p class="intro">${escapeHtml(doc.intro)}</p>
<ul class="key">
${key}
</ul>
</header>
${doc.sections.map(sectionHtml).join("\n")}
<footer>
${doc.footer.map((f) => `<p>${withLinks(f)}</p>`).join("\n")}
</footer>
</main>
</body>
</html>
`;
}

// The browser test: test/browser/page.ts is bundled from the built package (run `npm run build` first)
// for a browser, inlined into an HTML page, opened in headless Chromium, and the text the page shows is
// compared with hand-computed values. Any page error fails the test. Chromium: see scripts/chromium.ts.
// Run: npm run test:browser
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { CHROMIUM, decodeEntities, openInChromium } from "./chromium.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** What the page must show, line by line. */
const EXPECTED = [
  // Borodulikha district maslikhat, 23.12.2025 No 42-4-VIII, Bel-Agach rural district, 2026 (thousand KZT)
  "decision 2026: revenue_total 54959; tax_revenue 39585; non_tax_revenue 0; capital_sales 2000; transfers 13374; expenditures 54959",
  // 39 585 + 0 + 2 000 + 13 374 = 54 959
  "revenue identity: ok",
  // Tax Code 2017 Art. 492: a passenger car over 1 500 up to 2 000 cm³ pays 3 MRP + 7 KZT per cm³ over
  // 1 500; MRP 2025 = 3 932 KZT: 3 × 3 932 + 7 × 500 = 11 796 + 3 500 = 15 296 KZT
  "vehicle tax 2025: 15296.00",
  // vehicle and property tax of individuals of с.Бель-Агач (104035100) go to Бель-Агачский с.о.
  // (104035000), IIT withheld at source (keyed on its tax agent's seat) to the district or higher; in
  // 2019 the unit had no budget yet, so the district's budget (104000000) took its vehicle tax
  "budget:3:104000000 104402 15150.00",
  "budget:4:104035000 104102 4325.00",
  "budget:4:104035000 104402 15296.00",
  "district_or_higher:104000000 101201 410000.00",
  // 15 296 + 4 325 + 410 000 + 15 150 = 444 771
  "conservation: 444771.00 = 444771.00",
];

/** The page's script, bundled from the built package as a web app's bundler would. */
async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, "test", "browser", "page.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2022",
    charset: "utf8",
    loader: { ".txt": "text" },
    write: false,
    logLevel: "silent",
  });
  const script = result.outputFiles[0]?.text;
  if (script === undefined) throw new Error("esbuild wrote nothing");
  return script.replaceAll("</script", "<\\/script");
}

const page = (script: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>fourth-level-budget in a browser</title></head>
<body>
<pre id="result"></pre><pre id="errors"></pre><p id="status">not run</p>
<script>
  const report = (text) => { document.getElementById("errors").textContent += text + "\\n"; };
  addEventListener("error", (e) => report("page error: " + e.message));
  addEventListener("unhandledrejection", (e) => report("unhandled rejection: " + e.reason));
</script>
<script>${script}</script>
</body></html>
`;

/** The text of the element with this id in the dumped DOM. */
function textOf(dom: string, id: string): string | undefined {
  const match = new RegExp(`<(\\w+) id="${id}">([\\s\\S]*?)</\\1>`).exec(dom);
  return match?.[2] === undefined ? undefined : decodeEntities(match[2]);
}

async function main(): Promise<number> {
  if (!existsSync(join(ROOT, "dist", "index.js"))) {
    console.error("browser test: dist/index.js is missing: run `npm run build` first");
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`browser test: no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM)`);
    return 1;
  }
  const file = join(mkdtempSync(join(tmpdir(), "fourth-level-page-")), "page.html");
  writeFileSync(file, page(await bundlePage()));
  const { dom } = openInChromium(file);
  const shown = (textOf(dom, "result") ?? "").split("\n").filter((l) => l !== "");
  const failures = [
    ...(textOf(dom, "status") === "done" ? [] : [`the page did not finish: status ${textOf(dom, "status")}`]),
    ...(textOf(dom, "errors")?.trim() ? [`the page reported errors:\n${textOf(dom, "errors")}`] : []),
    ...EXPECTED.flatMap((line, i) =>
      shown[i] === line ? [] : [`line ${i + 1}: expected\n  ${line}\nshown\n  ${shown[i] ?? "(nothing)"}`],
    ),
    ...(shown.length > EXPECTED.length
      ? [`extra lines shown:\n${shown.slice(EXPECTED.length).join("\n")}`]
      : []),
  ];
  for (const f of failures) console.error(`FAIL ${f}`);
  const passed = EXPECTED.filter((line, i) => shown[i] === line).length;
  console.log(`browser test in ${CHROMIUM}:\n  ${shown.join("\n  ")}`);
  console.log(`${passed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();

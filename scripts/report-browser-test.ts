// The report to voters in a browser: the built command line writes the report on Zubair rural district
// (104049000) for 2026 in Kazakh and in Russian; each page is opened in headless Chromium with a probe
// added (the report itself has no script): it records console errors and page errors, the text the
// page shows (innerText), whether anything is wider than the window, and the charts drawn. The shown
// text is compared with figures checked by hand against the decision of the Borodulikha district
// maslikhat of 23 December 2025 No 42-9-VIII. Run after `npm run build`: npm run test:browser:report
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, decodeEntities, openInChromium } from "./chromium.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NBSP = "\u00a0";

/**
 * What each page must show. Revenues 31 904 = tax 13 128 + transfers 18 776 (thousand KZT); costs
 * 31 904; self-sufficiency 13 128 / 31 904 = 41.15 % → 41.1 %; transfers 18 776 / 31 904 = 58.85 % →
 * 58.9 % of revenues; the district's other units in the example: Bel-Agach 41 585 / 54 959 = 75.7 %,
 * Novodvorovka 31 476 / 51 444 = 61.2 %.
 */
const EXPECTED: Readonly<Record<"kk" | "ru", readonly string[]>> = {
  kk: [
    "Зубаир ауылдық округі: 2026 жылғы бюджет",
    "Бородулиха ауданы, Абай облысы",
    `31${NBSP}904${NBSP}мың теңге`,
    `Қалған 18${NBSP}776${NBSP}мың теңге (кірістердің 58,9${NBSP}%\u2011ы) — аудан бюджетінен берілетін трансферттер.`,
    `Белағаш а.о. — 75,7${NBSP}%; Новодвор а.о. — 61,2${NBSP}%`,
    "2025 жылғы 23 желтоқсандағы № 42-9-VIII шешімімен бекітілген",
    "Осы есепте 2025 жылғы бюджет туралы деректер жоқ",
    "https://adilet.zan.kz/kaz/docs/G25FG00429M",
    "Есепті fourth-level-budget кітапханасы сценарий бойынша жасады;",
  ],
  ru: [
    "Зубаировский сельский округ: бюджет на 2026 год",
    "Бородулихинский район, область Абай",
    `Остальные 18${NBSP}776${NBSP}тыс. тенге (58,9${NBSP}% доходов) — трансферты из районного бюджета.`,
    `из каждых 100 тенге затрат примерно 41 тенге покрываются собственными доходами`,
    "решением Бородулихинского районного маслихата от 23 декабря 2025 года № 42-9-VIII",
    // the decision file's source is the mirror insecure.zan.kz: shown as the official database's
    "https://adilet.zan.kz/rus/docs/G25FG00429M",
    "Отчёт составлен библиотекой fourth-level-budget по сценарию;",
  ],
};

/** Added to a copy of the page: records errors first, then what the page shows once it is laid out. */
const PROBE_HEAD = `<script>
  window.__errors = [];
  const __error = console.error.bind(console);
  console.error = (...a) => { window.__errors.push("console.error: " + a.join(" ")); __error(...a); };
  addEventListener("error", (e) => window.__errors.push("page error: " + (e.message || e.target?.outerHTML)), true);
</script>`;
const PROBE_BODY = `<script>
  const main = document.querySelector("main");
  const found = {
    "probe-text": main.innerText,
    "probe-wide": String(document.documentElement.scrollWidth > document.documentElement.clientWidth),
    "probe-charts": String(document.querySelectorAll("figure svg").length),
    "probe-errors": window.__errors.join("\\n"),
  };
  for (const [id, text] of Object.entries(found)) {
    const p = document.createElement("pre"); p.id = id; p.textContent = text; p.hidden = true; document.body.append(p);
  }
</script>`;

const textOf = (dom: string, id: string) => {
  const text = new RegExp(`<pre id="${id}"[^>]*>([\\s\\S]*?)</pre>`).exec(dom)?.[1];
  return text === undefined ? undefined : decodeEntities(text);
};

/** The report page the built command line writes. */
function reportPage(lang: string): string {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, "dist", "cli", "main.js"),
      "report",
      "104049000",
      "--year",
      "2026",
      "--format",
      "html",
      "--lang",
      lang,
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`fourth-level report exited with ${run.status}:\n${run.stderr}`);
  return run.stdout;
}

function check(lang: "kk" | "ru", dir: string): string[] {
  const html = reportPage(lang);
  const file = join(dir, `report-${lang}.html`);
  writeFileSync(join(dir, `report-${lang}.original.html`), html);
  writeFileSync(
    file,
    html.replace("<head>", `<head>${PROBE_HEAD}`).replace("</body>", `${PROBE_BODY}</body>`),
  );
  const { dom, log } = openInChromium(file, ["--window-size=820,1200", "--enable-logging=stderr", "--v=0"]);
  const shown = textOf(dom, "probe-text") ?? "";
  const consoleErrors = log.split("\n").filter((l) => /CONSOLE|Uncaught/.test(l) && /error/i.test(l));
  console.log(`${lang}: ${shown.length} characters shown, ${textOf(dom, "probe-charts")} charts`);
  return [
    ...(textOf(dom, "probe-text") === undefined ? [`${lang}: the probe did not run`] : []),
    ...(textOf(dom, "probe-errors")?.trim() ? [`${lang}: ${textOf(dom, "probe-errors")}`] : []),
    ...consoleErrors.map((l) => `${lang}: console: ${l}`),
    ...(textOf(dom, "probe-wide") === "false" ? [] : [`${lang}: the page is wider than the window`]),
    ...(textOf(dom, "probe-charts") === "4" ? [] : [`${lang}: ${textOf(dom, "probe-charts")} charts, not 4`]),
    ...EXPECTED[lang].flatMap((line) => (shown.includes(line) ? [] : [`${lang}: not shown: ${line}`])),
  ];
}

function main(): number {
  for (const [what, path] of [
    ["dist/cli/main.js (run `npm run build` first)", join(ROOT, "dist", "cli", "main.js")],
    [`Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`, CHROMIUM],
  ] as const) {
    if (!existsSync(path)) {
      console.error(`report browser test: missing ${what}`);
      return 1;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "fourth-level-report-"));
  const failures = (["kk", "ru"] as const).flatMap((lang) => check(lang, dir));
  for (const f of failures) console.error(`FAIL ${f}`);
  const total = EXPECTED.kk.length + EXPECTED.ru.length;
  console.log(
    `report browser test in ${CHROMIUM} (pages in ${dir}): ${failures.length === 0 ? "all passed" : `${failures.length} failed`} (${total} texts checked)`,
  );
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();

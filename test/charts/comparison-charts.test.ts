import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { comparisonCharts } from "../../src/charts.js";
import { main } from "../../src/cli/program.js";
import { compareScenario } from "../../src/compare/compare-scenario.js";
import { FourthLevelError } from "../../src/errors/error.js";
import { scenarioFileReader } from "../../src/scenario/load-file.js";

const EXAMPLE = join(__dirname, "..", "..", "examples", "reform-workplace-iit.json");
const RECEIPTS = join(__dirname, "..", "..", "examples", "receipts-workplace-iit-illustrative.csv");
const NBSP = "\u00a0";

/** The bundled example's budgets and reform (a) at s = 50 % on 8 ILLUSTRATIVE receipts. */
const scenario = (reforms?: unknown[]) => {
  const data = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
  return {
    ...data,
    receipts: { note: "ILLUSTRATIVE", file: RECEIPTS },
    ...(reforms === undefined ? {} : { reforms }),
  };
};
const compare = (reforms?: unknown[]) =>
  compareScenario(scenario(reforms), { readFile: scenarioFileReader(dirname(EXAMPLE)) });

/** The texts an SVG shows: each text, and each line of a text of several lines (a subtitle). */
const texts = (svg: string) =>
  [...svg.matchAll(/<(text|tspan)[^>]*>([^<]*)<\/(text|tspan)>/g)].map((m) => m[2]);

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("comparisonCharts: who gains and who loses under a reform", () => {
  it("draws each budget whose net effect is not zero, named, in thousand KZT, thousands grouped", async () => {
    const charts = await comparisonCharts(compare(), { lang: "ru" });
    expect(charts.map((c) => c.name)).toEqual(["held_as_planned-2026-gains-and-losses"]);
    const shown = texts(charts[0]?.svg ?? "");
    expect(shown).toEqual(
      expect.arrayContaining([
        "Кто выигрывает и кто теряет: 2026, трансферты — как запланированы",
        "тыс. тенге",
        // 412 500 / 2 + 387 400.50 / 2 + 98 000.01 / 2 (halfEven) = 448 950.25 KZT = 448.95025 → 449.0
        // thousand: with its decimal, as every label of the chart (298.1 needs one)
        "Бель-Агачский с.о. (104035000)",
        "+449,0",
        // 147 500 + 150 625.12 = 298 125.12 KZT → 298.1 thousand
        "Новодворовский с.о. (104057000)",
        "+298,1",
        // the district gives up half of 2 335 201.51 KZT: 1 167 600.75 → 1 167.6 thousand, grouped
        "Бородулихинский район (104000000)",
        `−1${NBSP}167,6`,
      ]),
    );
  });

  it("says every text in the chart's language: the English scenario name not quoted, its data said not real", async () => {
    const [ru] = await comparisonCharts(compare(), { lang: "ru" });
    const [kk] = await comparisonCharts(compare(), { lang: "kk" });
    const [en] = await comparisonCharts(compare(), { lang: "en" });
    // the subtitle: what the name (GENERATED) and the receipts' note (ILLUSTRATIVE) say, then the unit
    expect(texts(ru?.svg ?? "")).toEqual(
      expect.arrayContaining(["в сценарии есть условные, не реальные данные", "тыс. тенге"]),
    );
    expect(texts(kk?.svg ?? "")).toEqual(
      expect.arrayContaining(["сценарийде шартты, нақты емес деректер бар", "мың теңге"]),
    );
    for (const chart of [ru, kk]) {
      // no Latin letter in any text but the library's axis numbers: none at all
      expect(texts(chart?.svg ?? "").filter((t) => /[A-Za-z]/.test(t ?? ""))).toEqual([]);
    }
    // in English the scenario's name, wrapped at 80 characters
    expect(texts(en?.svg ?? "")).toEqual(
      expect.arrayContaining([
        "Borodulikha district 2026: half of IIT withheld at source to the unit of the",
      ]),
    );
  });

  it("quotes a scenario's name written in Cyrillic in a Russian chart", async () => {
    const data = {
      ...scenario(),
      name: "Бородулихинский район, 2026: половина ИПН у источника — по месту работы",
    };
    const comparison = compareScenario(data, { readFile: scenarioFileReader(dirname(EXAMPLE)) });
    const [chart] = await comparisonCharts(comparison, { lang: "ru" });
    expect(texts(chart?.svg ?? "")).toEqual(
      expect.arrayContaining(["Бородулихинский район, 2026: половина ИПН у источника — по месту работы"]),
    );
  });

  it("names the budgets in Kazakh for the Kazakh charts", async () => {
    const [chart] = await comparisonCharts(compare(), { lang: "kk" });
    expect(texts(chart?.svg ?? "")).toEqual(
      expect.arrayContaining(["Белағаш а.о. (104035000)", "Бородулиха ауданы (104000000)", "мың теңге"]),
    );
  });

  it("draws nothing when no budget gains or loses (no reforms)", async () => {
    expect(await comparisonCharts(compare([]))).toEqual([]);
  });

  it("refuses what is not a comparison, and an unknown language", async () => {
    await expect(comparisonCharts({ name: "x" } as never)).rejects.toBeInstanceOf(FourthLevelError);
    await expect(comparisonCharts(compare(), { lang: "de" as never })).rejects.toBeInstanceOf(
      FourthLevelError,
    );
  });
});

describe("fourth-level compare --chart DIR", () => {
  it("writes one chart per view and year, and says so on standard error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fourth-level-compare-charts-"));
    const file = join(dir, "scenario.json");
    const decisions = join(__dirname, "..", "..", "data", "decisions");
    writeFileSync(
      file,
      JSON.stringify(scenario())
        .replaceAll("../data/decisions", decisions)
        .replace(/"\$schema":"[^"]*",/, ""),
    );
    let err = "";
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    const charts = join(dir, "charts");
    expect(await main(["compare", file, "--chart", charts, "--chart-lang", "en"])).toBe(0);
    expect(readdirSync(charts).sort()).toEqual([
      "held_as_planned-2026-gains-and-losses.svg",
      "law_response-2026-gains-and-losses.svg",
    ]);
    const svg = readFileSync(join(charts, "law_response-2026-gains-and-losses.svg"), "utf8");
    expect(texts(svg)).toEqual(
      expect.arrayContaining(["Who gains and who loses: 2026, the transfer law's response", "−1,167.6"]),
    );
    expect(err).toBe(`charts: 2 SVG file(s) written to ${charts}\n`);
  });
});

import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chartsOfRun, gainsAndLossesChart } from "../../src/charts.js";
import { FourthLevelError } from "../../src/errors/error.js";
import { Money } from "../../src/money/money.js";
import { loadScenario } from "../../src/scenario/load-file.js";
import { runScenario, type ScenarioResult } from "../../src/scenario/run.js";

const NBSP = "\u00a0";
let result: ScenarioResult;
beforeAll(() => {
  result = runScenario(loadScenario(join(__dirname, "..", "..", "examples", "kz-2026-published.json")));
});

/** The texts an SVG shows. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("the charts of a run", () => {
  it("draws four charts for each of the example's eight districts", async () => {
    const charts = await chartsOfRun(result, { lang: "ru" });
    expect(charts).toHaveLength(32);
    expect(charts.slice(0, 4).map((c) => c.name)).toEqual([
      "104000000-own-revenues",
      "104000000-self-sufficiency",
      "104000000-transfer-dependency",
      "104000000-plan",
    ]);
    for (const c of charts) {
      expect(c.svg.startsWith("<svg")).toBe(true);
      expect(c.svg).toContain("sans-serif");
    }
  });

  it("labels amounts exactly, thousands grouped, and names the units in the language", async () => {
    const [own, self, dependency] = await chartsOfRun(result, { lang: "kk" });
    // Bel-Agach: own revenues 39 585 + 0 + 2 000 = 41 585 thousand KZT
    expect(texts(own?.svg ?? "")).toContain(`41${NBSP}585`);
    expect(texts(own?.svg ?? "")).toContain("мың теңге");
    // 41 585 / 54 959 = 75.67… %
    expect(texts(self?.svg ?? "")).toEqual(expect.arrayContaining(["Белағаш а.о.", `75,7${NBSP}%`]));
    // Zubair: transfers 18 776 of 31 904 revenues = 58.85… %; the national share of 2025, one third
    expect(texts(dependency?.svg ?? "")).toEqual(
      expect.arrayContaining([`58,9${NBSP}%`, "Қазақстан, 2025: шамамен үштен бірі — меншікті кірістер"]),
    );
  });

  it("refuses a value that is not a run, and a language it lacks", async () => {
    await expect(chartsOfRun({} as ScenarioResult)).rejects.toBeInstanceOf(FourthLevelError);
    await expect(chartsOfRun(result, { lang: "de" as "ru" })).rejects.toBeInstanceOf(FourthLevelError);
  });
});

describe("the hook for reforms: gains and losses by unit", () => {
  it("draws a gain to the right and a loss to the left, labelled with a sign", async () => {
    const chart = await gainsAndLossesChart(
      [
        { code: "104049000", name: "Зубаировский с.о.", delta: Money.thousandKzt("-800") },
        { code: "104035000", name: "Бель-Агачский с.о.", delta: Money.thousandKzt("1200.5") },
      ],
      { what: "a pool split by places", lang: "en" },
    );
    expect(chart.name).toBe("gains-and-losses");
    expect(texts(chart.svg)).toEqual(
      // one label needs a decimal (1 200.5): every label of the chart has one, −800 too
      expect.arrayContaining(["+1,200.5", "−800.0", "Бель-Агачский с.о. (104035000)"]),
    );
  });

  it("labels whole thousands without a decimal when every amount is whole", async () => {
    const chart = await gainsAndLossesChart(
      [
        { code: "104049000", name: "Зубаировский с.о.", delta: Money.thousandKzt("-800") },
        // 1 199.96 thousand KZT to one decimal is 1 200.0: whole at one decimal
        { code: "104035000", name: "Бель-Агачский с.о.", delta: Money.thousandKzt("1199.96") },
      ],
      { what: "a pool split by places", lang: "ru" },
    );
    expect(texts(chart.svg)).toEqual(expect.arrayContaining([`+1${NBSP}200`, "−800"]));
  });

  it("refuses a delta that is not Money", async () => {
    await expect(
      gainsAndLossesChart([{ code: "1", name: "x", delta: 5 as unknown as Money }], { what: "x" }),
    ).rejects.toBeInstanceOf(FourthLevelError);
  });
});

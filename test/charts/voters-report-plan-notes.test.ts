import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { votersReport } from "../../src/charts.js";
import { resolveScenario } from "../../src/scenario/load.js";
import { scenarioFileReader } from "../../src/scenario/load-file.js";
import { runScenario, type ScenarioResult } from "../../src/scenario/run.js";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const NBSP = "\u00a0";
const example = JSON.parse(readFileSync(join(EXAMPLES, "kz-2026-published.json"), "utf8")) as {
  name: string;
  plan: Record<string, unknown> & { note: string };
};

/** The bundled example, its plan's growth rates replaced by `growth`. */
function run(growth: Record<string, unknown> = {}): ScenarioResult {
  const data = { ...example, plan: { ...example.plan, ...growth } };
  return runScenario(resolveScenario(data, { readFile: scenarioFileReader(EXAMPLES) }));
}

/** The report on Zubair (104049000), 2026, in a language and format. */
const report = (result: ScenarioResult, lang: "ru" | "kk" | "en", format: "md" | "html" = "md") =>
  votersReport(result, { unit: "104049000", year: 2026, format, lang });

// The bundled example plans 2027 and 2028 by the Budget Code's formula with every growth rate 0 (its
// plan: revenueGrowth 0 for tax, non-tax and capital, costGrowth 0); its note on the plan is English.
describe("the report to voters says the plan's assumptions in the reader's language", () => {
  let result: ScenarioResult;
  beforeAll(() => {
    result = run();
  });

  it("quotes no English sentence of the scenario's note on its plan in Russian or Kazakh", async () => {
    const sentences = example.plan.note.split(/(?<=[.;:])\s+/).map((s) => s.replace(/[.;:]$/, ""));
    expect(sentences.length).toBeGreaterThan(3);
    for (const lang of ["ru", "kk"] as const) {
      for (const format of ["md", "html"] as const) {
        const page = await report(result, lang, format);
        for (const sentence of sentences) expect(page).not.toContain(sentence);
        // no English word of the plan at all: its words of four letters or more, in a row of two
        expect(page).not.toMatch(/\b(own revenues|growth rates|the formula|assumption)\b/);
        // nor in the footer: the scenario's English name is not quoted
        expect(page).not.toContain(example.name);
        expect(page).not.toContain("Fourth-level budgets");
      }
    }
  });

  it("says in the footer, in Russian and Kazakh, where the figures come from instead of the English name", async () => {
    expect(await report(result, "ru")).toContain(
      "Отчёт составлен библиотекой fourth-level-budget по сценарию; откуда взяты цифры — в разделе «На каком решении основан бюджет».",
    );
    expect(await report(result, "kk")).toContain(
      "Есепті fourth-level-budget кітапханасы сценарий бойынша жасады; сандардың қайдан алынғаны — «Бюджет қай шешімге негізделген» бөлімінде.",
    );
    // a scenario named in Cyrillic is named; one whose English name says its data are GENERATED says so
    const named = runScenario(
      resolveScenario({ ...example, name: "Бюджеты 2026 года" }, { readFile: scenarioFileReader(EXAMPLES) }),
    );
    expect(await report(named, "ru")).toContain("по сценарию «Бюджеты 2026 года»; откуда взяты цифры");
    const generated = runScenario(
      resolveScenario(
        { ...example, name: "Budgets of 2026, with GENERATED receipts" },
        { readFile: scenarioFileReader(EXAMPLES) },
      ),
    );
    expect(await report(generated, "ru")).toContain("В сценарии есть условные, не реальные данные.");
    expect(await report(generated, "kk")).toContain("Сценарийде шартты, нақты емес деректер бар.");
    expect(await report(generated, "en")).toContain('"Budgets of 2026, with GENERATED receipts"');
  });

  it("says, in Russian and Kazakh, that 2027-2028 keep the 2026 amounts by assumption", async () => {
    expect(await report(result, "ru")).toContain(
      "Допущение сценария на 2027–2028 годы: собственные доходы и затраты остаются такими же, как в 2026 году. Это допущение, а не прогноз.",
    );
    expect(await report(result, "kk")).toContain(
      "Сценарийдің 2027–2028 жылдарға жорамалы: меншікті кірістер мен шығындар 2026 жылғы деңгейінде қалады. Бұл — болжау емес, жорамал.",
    );
  });

  it("in English it says the same and quotes the note, which is English", async () => {
    const page = await report(result, "en");
    expect(page).toContain(
      "The scenario assumes for 2027–2028: own revenues and costs stay as they are in 2026. This is an assumption, not a forecast.",
    );
    expect(page).toContain(`The scenario's note on its plan: ${example.plan.note}`);
  });

  it("names each rate, year by year where they differ: tax with the MRP, costs 6 % then 5 %", async () => {
    const rates = run({
      revenueGrowth: { tax_revenue: "mrp", non_tax_revenue: "0", capital_sales: "0" },
      costGrowth: { "2027": "0.06", "2028": "0.05" },
      mrpIndexation: { fromYear: 2027, rate: "0.05" },
    });
    const ru = await report(rates, "ru");
    expect(ru).toContain(
      `Допущение сценария на 2027 год: затраты растут на 6${NBSP}% в год; налоговые поступления — вместе с МРП, неналоговые поступления — на 0${NBSP}% в год, продажа основного капитала — на 0${NBSP}% в год.`,
    );
    expect(ru).toContain("Допущение сценария на 2028 год: затраты растут на 5");
    const kk = await report(rates, "kk");
    expect(kk).toContain(
      `Сценарийдің 2027 жылға жорамалы: шығындар жыл сайын 6${NBSP}%\u2011ға өседі; салықтық түсімдер — АЕК\u2011пен бірге`,
    );
    // 3 % a year for every line and costs alike: one sentence
    const even = await report(
      run({
        revenueGrowth: { tax_revenue: "0.03", non_tax_revenue: "0.03", capital_sales: "0.03" },
        costGrowth: "0.03",
      }),
      "ru",
    );
    expect(even).toContain(
      `Допущение сценария на 2027–2028 годы: собственные доходы и затраты растут на 3${NBSP}% в год.`,
    );
  });
});

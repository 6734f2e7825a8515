import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { votersReport } from "../../src/charts.js";
import { FourthLevelError } from "../../src/errors/error.js";
import { parseDecisionText } from "../../src/jurisdictions/kz/decisions/parse-text.js";
import { loadScenario } from "../../src/scenario/load-file.js";
import { runScenario, type ScenarioResult } from "../../src/scenario/run.js";

const ROOT = join(__dirname, "..", "..");
const NBSP = "\u00a0";
/**
 * The text as the Russian and Kazakh reports write it: thousands grouped with a no-break space, which
 * also joins a number to "%" and to its unit.
 */
const ru = (text: string) => text.replace(/(\d) (?=\d{3}\b|%|тыс\.|мың)/g, `$1${NBSP}`);

let result: ScenarioResult;
beforeAll(() => {
  result = runScenario(loadScenario(join(ROOT, "examples", "kz-2026-published.json")));
});

/** Every problem of a rejected report, as [path, message]. */
async function issuesOf(run: () => Promise<unknown>): Promise<string[]> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FourthLevelError);
  return ((error as FourthLevelError).issues ?? []).map((i) => i.path.join("."));
}

// Zubair rural district, Borodulikha district, Abai region: the decision of the Borodulikha district
// maslikhat of 23 December 2025 No 42-9-VIII (data/decisions/kz-abai-borodulikha-zubair-2026.txt), in
// thousand KZT: revenues 31 904 = tax 13 128 + non-tax 0 + sale of fixed capital 0 + transfers 18 776;
// costs 31 904.
describe("the report to voters on Zubair, 2026, in Russian", () => {
  let md: string;
  beforeAll(async () => {
    md = await votersReport(result, { unit: "104049000", year: 2026, format: "md", lang: "ru" });
  });

  it("says where the money comes from, with the decision's figures", () => {
    expect(md).toContain("# Зубаировский сельский округ: бюджет на 2026 год");
    expect(md).toContain(ru(`доходы бюджета — 31 904 тыс. тенге, затраты — 31 904 тыс. тенге.`));
    expect(md).toContain(ru("— 13 128 тыс. тенге (налоговые поступления — 13 128,"));
    // 18 776 / 31 904 = 0.58852… → 58.9 % of revenues
    expect(md).toContain(
      ru("Остальные 18 776 тыс. тенге (58,9 % доходов) — трансферты из районного бюджета."),
    );
  });

  it("gives self-sufficiency beside the district's other units and the country", () => {
    // own revenues over costs: 13 128 / 31 904 = 0.41148… → 41.1 %, about 41 tenge of every 100
    expect(md).toContain(ru("— 41,1 %: из каждых 100 тенге затрат примерно 41 тенге"));
    // Bel-Agach (41 585 / 54 959 = 75.67… %) and Novodvorovka (31 476 / 51 444 = 61.18… %), of the 18
    // units the classifier lists in Borodulikha district
    expect(md).toContain(ru("В данных есть бюджеты 3 из 18 единиц района."));
    expect(md).toContain(
      ru("Бель-Агачский с.о. — 75,7 %; Новодворовский с.о. — 61,2 %. Это 3-е место из 3."),
    );
    // the President on 12 March 2026: over 442 bn KZT in 2025, one third own revenues; 41.1 % is above
    expect(md).toContain(
      "по словам Президента 12 марта 2026 года, в 2025 году бюджеты сельских округов превысили 442 млрд тенге",
    );
    expect(md).toContain(ru("составляют 41,1 % всех доходов — выше средней доли по стране."));
  });

  it("says that the year before is not in the data", () => {
    expect(md).toContain("Данных о бюджете на 2025 год в этом расчёте нет");
  });

  it("gives the plan: the formula's subvention, costs less own revenues, marked as not a decision", () => {
    // growth 0 in the scenario: 31 904 − 13 128 = 18 776 in 2027 and 2028
    expect(md).toContain(
      ru(
        "На 2027 год: субвенция из районного бюджета 18 776 тыс. тенге; собственные доходы 13 128, затраты 31 904 тыс. тенге",
      ),
    );
    expect(md).toContain("это расчёт при допущениях сценария, а не решение маслихата");
  });

  it("names the decision: maslikhat, date, number, period, address", () => {
    expect(md).toContain(
      "Бюджет утверждён решением Бородулихинского районного маслихата от 23 декабря 2025 года № 42-9-VIII о бюджете на 2026–2028 годы.",
    );
    // the scenario's source, http://insecure.zan.kz/rus/docs/G25FG00429M, is a mirror of the official
    // database: shown as adilet.zan.kz's address of the same document, over https
    expect(md).toContain("Текст решения: https://adilet.zan.kz/rus/docs/G25FG00429M");
    expect(md).not.toContain("insecure");
  });
});

describe("the report in Kazakh", () => {
  it("is written in Kazakh, with the same figures", async () => {
    const md = await votersReport(result, { unit: "104049000", year: 2026, format: "md", lang: "kk" });
    expect(md.split("\n")[0]).toBe("# Зубаир ауылдық округі: 2026 жылғы бюджет");
    expect(md).toContain(
      ru("2026 жылы бюджеттің кірістері — 31 904 мың теңге, шығындары — 31 904 мың теңге."),
    );
    expect(md).toContain(ru("шығынның әр 100 теңгесінің шамамен 41 теңгесі меншікті кірістерден жабылады."));
    expect(md).toContain(
      "Бюджет Бородулиха аудандық мәслихатының 2025 жылғы 23 желтоқсандағы № 42-9-VIII шешімімен бекітілген (2026–2028 жылдарға арналған бюджет туралы).",
    );
    expect(md).toContain("Осы есепте 2025 жылғы бюджет туралы деректер жоқ");
    // the decision's Kazakh text: the same document id under /kaz/docs/
    expect(md).toContain("Шешімнің мәтіні: https://adilet.zan.kz/kaz/docs/G25FG00429M");
  });
});

describe("the change from the year before, when it is given", () => {
  // Bostandyk rural district, Kaztalov district: 2025 decision (Kaztalov district maslikhat of 25 December
  // 2024 No 26-3): revenues 44 659, tax 5 300, transfers 39 359, costs 44 659; 2026: 64 451, 27 000,
  // 37 451, 64 451.
  it("compares each line, with its difference and percentage", async () => {
    const text = readFileSync(join(ROOT, "data", "decisions", "kz-wko-kaztalov-bostandyk-2025.txt"), "utf8");
    const before = parseDecisionText(text);
    const md = await votersReport(result, {
      unit: "274839000",
      year: 2026,
      format: "md",
      lang: "ru",
      previous: { year: 2025, figures: before.figures, source: "kz-wko-kaztalov-bostandyk-2025.txt" },
    });
    // 64 451 − 44 659 = 19 792; 19 792 / 44 659 = 44.318… %
    expect(md).toContain(
      ru("Доходы выросли с 44 659 до 64 451 тыс. тенге (на 19 792 тыс. тенге, или на 44,3 %)."),
    );
    // 27 000 − 5 300 = 21 700 = 409.43… % of 5 300
    expect(md).toContain(
      ru(
        "Налоговые поступления выросли с 5 300 до 27 000 тыс. тенге (на 21 700 тыс. тенге, или на 409,4 %).",
      ),
    );
    // 37 451 − 39 359 = −1 908 = 4.84… % of 39 359
    expect(md).toContain(
      ru("Трансферты уменьшились с 39 359 до 37 451 тыс. тенге (на 1 908 тыс. тенге, или на 4,8 %)."),
    );
    // 5 300 / 44 659 = 11.86… %; 27 000 / 64 451 = 41.89… %
    expect(md).toContain(ru("Самообеспеченность: 11,9 % в 2025 году и 41,9 % в 2026 году."));
  });
});

describe("the HTML page", () => {
  it("is one self-contained, printable page with its charts inline", async () => {
    const html = await votersReport(result, { unit: "104049000", year: 2026, format: "html", lang: "kk" });
    expect(html.startsWith('<!doctype html>\n<html lang="kk">')).toBe(true);
    expect(html).toContain("@media print");
    expect(html.match(/<svg /g)?.length).toBe(4);
    expect(html).not.toMatch(/<script|<link|<img|src=/);
    expect(html).toContain(`${ru("13 128")}</text>`);
    expect(html).toContain(
      '<a href="https://adilet.zan.kz/kaz/docs/G25FG00429M">https://adilet.zan.kz/kaz/docs/G25FG00429M</a>',
    );
  });
});

describe("what the report refuses", () => {
  it("a unit not in the scenario, another year, a previous budget of another year, a language it lacks", async () => {
    expect(
      await issuesOf(() => votersReport(result, { unit: "104030000", year: 2026, format: "md" })),
    ).toEqual(["unit"]);
    expect(
      await issuesOf(() => votersReport(result, { unit: "104049000", year: 2027, format: "md" })),
    ).toEqual(["year"]);
    expect(
      await issuesOf(() =>
        votersReport(result, {
          unit: "104049000",
          year: 2026,
          format: "md",
          previous: { year: 2024, figures: {} },
        }),
      ),
    ).toEqual(["previous.year"]);
    expect(
      await issuesOf(() =>
        votersReport(result, { unit: "104049000", year: 2026, format: "pdf" as "md", lang: "de" as "ru" }),
      ),
    ).toEqual(["format", "lang"]);
  });
});

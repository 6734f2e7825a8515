import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Money } from "../src/money/money.js";
import { explain } from "../src/report/explain/explain.js";
import { EXPLAIN_LINES, type Explanation } from "../src/report/explain/explanation.js";
import { planTables } from "../src/report/plan.js";
import { loadScenario } from "../src/scenario/load-file.js";
import { runScenario } from "../src/scenario/run.js";
import { inputIssuesOf, runCli } from "./support.js";

const ROOT = join(__dirname, "..");
const EXAMPLES = [
  "kz-2026-published",
  "borodulikha-2026-with-receipts",
  "borodulikha-2026-2028-equalisation",
  "druzhba-2026-replan",
];
const loaded = (name: string) => {
  const scenario = loadScenario(join(ROOT, "examples", `${name}.json`));
  return { scenario, result: runScenario(scenario) };
};

/** Every node of a tree. */
const nodesOf = (e: Explanation): Explanation[] => [e, ...e.children.flatMap(nodesOf)];

/** `fourth-level explain UNIT --year YEAR --line LINE [...more]` run, what it prints captured. */
const explainCli = (unit: string, year: string, line: string, ...more: string[]) =>
  runCli(["explain", unit, "--year", year, "--line", line, ...more]);

describe("fourth-level explain on the bundled example", () => {
  // the figure as the decision publishes it, read here from the text itself: the line
  // "налоговые поступления – 13128 тысяч тенге;" of Zubair's 2026 decision
  const file = "data/decisions/kz-abai-borodulikha-zubair-2026.txt";
  const text = readFileSync(join(ROOT, file), "utf8").split("\n");
  const index = text.findIndex((l) => /^\s*налоговые поступления – [\d ]+ тысяч тенге;/.test(l));
  const published = (text[index] ?? "").match(/– ([\d ]+) тысяч/)?.[1]?.replaceAll(" ", "");

  it("tax_revenue of Zubair 2026 is the decision's figure, with its file, address, line number and text", async () => {
    expect(published).toBe("13128");
    const { code, out } = await explainCli("104049000", "2026", "tax_revenue", "--json");
    expect(code).toBe(0);
    const e = JSON.parse(out) as Explanation;
    expect(e.value).toBe(published);
    expect(e.unit).toBe("thousand KZT");
    expect(e.how).toBe("read");
    const [source] = e.sources;
    expect(source?.kind).toBe("decision");
    expect(source?.file).toMatch(/data[/\\]decisions[/\\]kz-abai-borodulikha-zubair-2026\.txt$/);
    expect(source?.lineNumber).toBe(index + 1);
    expect(source?.text).toBe(text[index]?.trim());
    // the address in the text's "# source:" header
    expect(source?.address).toBe(text[0]?.replace("# source: ", ""));
  });

  it("prints the same as text: the figure, the line of text, the address", async () => {
    const { code, out } = await explainCli("104049000", "2026", "tax_revenue");
    expect(code).toBe(0);
    const [head] = out.split("\n");
    expect(head).toBe(`tax_revenue of Зубаировский с.о. (104049000), 2026: ${published} thousand KZT [read]`);
    expect(out).toContain(`line ${index + 1}: ${JSON.stringify(text[index]?.trim())}`);
    expect(out).toContain("http://insecure.zan.kz/rus/docs/G25FG00429M");
  });

  it("an unknown line: exit 2, every valid line named", async () => {
    const { code, err } = await explainCli("104049000", "2026", "taxes");
    expect(code).toBe(2);
    for (const line of EXPLAIN_LINES) expect(err).toContain(line);
  });

  it("a unit not in the scenario: exit 2, the scenario's units named with their names", async () => {
    const { code, err } = await explainCli("104030000", "2026", "tax_revenue");
    expect(code).toBe(2);
    expect(err).toContain("104030000 is not a unit of the scenario");
    expect(err).toContain("104049000 Зубаировский с.о.");
    expect(err).toContain("394845000 Дружбинская с.а.");
  });

  it("a year not in the scenario and a line a planned year does not have", async () => {
    const notAYear = await explainCli("104049000", "2030", "deficit");
    expect(notAYear.code).toBe(2);
    expect(notAYear.err).toContain("its years are 2026, 2027, 2028");
    const notPlanned = await explainCli("104049000", "2027", "deficit");
    expect(notPlanned.code).toBe(2);
    expect(notPlanned.err).toContain("deficit is not planned");
  });
});

describe("explain", () => {
  const { scenario, result } = loaded("kz-2026-published");

  it("the general transfer of a planned year is costs − own revenues, with the article", () => {
    // Zubair 2027 under growth 0: costs 31 904 − own revenues 13 128 (tax) + 0 + 0 = 18 776
    const e = explain(scenario, { unit: "104049000", year: 2027, line: "subvention" }, result);
    expect(e.value).toBe("18776");
    expect(e.how).toBe("formula");
    expect(e.formula).toBe("31904 − 13128 = 18776 → subvention 18776");
    expect(e.sources[0]?.citation).toContain("Art. 79 p.1");
    expect(e.children.map((c) => [c.figure, c.value])).toEqual([
      ["costs", "31904"],
      ["own_revenues", "13128"],
    ]);
  });

  it("Druzhba's 2028 subvention is the maslikhat's fixed volume (BC2025 Art. 79 p.2), not the formula", () => {
    const e = explain(scenario, { unit: "394845000", year: 2028, line: "subvention" }, result);
    expect(e.value).toBe("24563");
    expect(e.how).toBe("rule");
    expect(e.sources.map((s) => s.citation).join(" ")).toContain("Art. 79 p.2");
  });

  it("receipts: the postings by rule, with the attribution key, the article and the receipt ids", () => {
    const receipts = loaded("borodulikha-2026-with-receipts");
    const e = explain(
      receipts.scenario,
      { unit: "104049000", year: 2026, line: "tax_revenue" },
      receipts.result,
    );
    // the illustrative receipts of Zubair's places (KATO 104049100): prop-1, property tax 4 325.00 KZT
    // (object_location), and iit-ie-1, an entrepreneur's IIT 96 000.00 KZT (registered_location)
    expect(e.how).toBe("sum");
    expect(e.value).toBe(Money.kzt("4325").plus(Money.kzt("96000")).toThousandKzt());
    const keys = e.children.map((c) => [
      c.sources.find((s) => s.kind === "receipts")?.ids,
      c.sources.find((s) => s.kind === "law")?.attributionKey,
    ]);
    expect(keys).toEqual([
      [["prop-1"], "object_location"],
      [["iit-ie-1"], "registered_location"],
    ]);
  });

  it("refuses a request that is not one, naming every problem", () => {
    const issues = inputIssuesOf(() =>
      explain(scenario, { unit: 104049000, year: "2026", line: "x" } as never, result),
    );
    expect(issues.map((i) => i.path)).toEqual([["unit"], ["year"], ["line"]]);
  });
});

describe("explain on every unit, year and line of the bundled examples", () => {
  for (const name of EXAMPLES) {
    it(`${name}: each sum is the exact sum of its children; each figure is the one the tables print`, () => {
      const { scenario, result } = loaded(name);
      const { rows, comparison } = planTables(result);
      const years = [...new Set(rows.map((r) => r.year))];
      let explained = 0;
      for (const d of result.districts) {
        for (const year of years) {
          const outlay = explain(scenario, { unit: d.district.code, year, line: "district_outlay" }, result);
          const total = rows.find(
            (r) => r.districtCode === d.district.code && r.year === year && r.unitCode === null,
          );
          expect(outlay.value).toBe(total?.outlay);
        }
        for (const u of d.units) {
          for (const year of years) {
            const row = rows.find((r) => r.unitCode === u.unit.code && r.year === year);
            const compared = comparison.find((r) => r.unitCode === u.unit.code && r.year === year);
            for (const line of EXPLAIN_LINES) {
              if (line === "district_outlay") continue;
              let e: Explanation;
              try {
                e = explain(scenario, { unit: u.unit.code, year, line }, result);
              } catch (error) {
                // only a line a planned year does not have is refused; the statement has every line
                expect(String(error)).toContain(`${line} is not planned`);
                expect(year).not.toBe(result.year);
                continue;
              }
              explained += 1;
              for (const n of nodesOf(e)) {
                if (n.how !== "sum" || n.value === null) continue;
                const sum = Money.sum(n.children.map((c) => Money.thousandKzt(c.value ?? "0")));
                expect(sum.toThousandKzt(), n.label).toBe(Money.thousandKzt(n.value).toThousandKzt());
              }
              const statement = u.statement.lines[line as keyof typeof u.statement.lines];
              if (year === result.year && statement !== undefined)
                expect(e.value).toBe(statement.amount.toThousandKzt());
              const printed: Record<string, string | null | undefined> = {
                own_revenues: year === result.year ? undefined : row?.ownRevenues,
                costs: row?.costs,
                subvention: row?.subvention,
                withdrawal: row?.withdrawal,
                balance: row?.balance,
                self_sufficiency:
                  year === result.year ? u.statement.selfSufficiency.percent : row?.selfSufficiency,
                alternative_net: compared?.alternativeAmount,
                difference: compared?.difference,
                alternative_balance: compared?.alternativeBalance,
              };
              if (printed[line] !== undefined)
                expect(e.value, `${u.unit.code} ${year} ${line}`).toBe(printed[line]);
            }
          }
        }
      }
      expect(explained).toBeGreaterThan(0);
    });
  }
});

import * as z from "zod";
import { type BudgetLineKey, isBudgetLineKey } from "../../budget/lines.js";
import { OWN_REVENUE_LINES } from "../../budget/statement.js";
import { describeValue } from "../../errors/describe.js";
import { type Issue, throwIssues } from "../../errors/issue.js";
import { parseInput } from "../../input/parse.js";
import { type DistrictResult, runScenario, type ScenarioResult } from "../../scenario/run.js";
import { runArgumentsSchema } from "../../scenario/scenario-value.js";
import type { Scenario } from "../../scenario/types.js";
import { scenarioResultSchema } from "../result-schemas.js";
import { comparisonLine } from "./comparison.js";
import type { UnitContext } from "./context.js";
import { districtOutlay } from "./district-outlay.js";
import { EXPLAIN_LINES, type ExplainLine, type ExplainRequest, type Explanation } from "./explanation.js";
import { forecastCosts, forecastLine, forecastOwnRevenues, plannedYear } from "./forecast.js";
import { absentLine, readLine } from "./read-line.js";
import { ownRevenues, renamed, selfSufficiency, statementLine } from "./statement-line.js";
import { baseBalance, baseTransfer, plannedBalance, plannedTransfer } from "./transfer.js";

const requestSchema = z.strictObject(
  {
    unit: z.string({ error: (i) => `must be a KATO code (9 digits as text), not ${describeValue(i.input)}` }),
    year: z.int({ error: (i) => `must be a whole year, not ${describeValue(i.input)}` }),
    line: z.enum(EXPLAIN_LINES, {
      error: (i) =>
        `${describeValue(i.input)} is not a line that can be explained: give one of ${EXPLAIN_LINES.join(", ")}`,
    }),
  },
  { error: (i) => `must be { unit, year, line }, not ${describeValue(i.input)}` },
);

/** Every unit of the scenario with what an explanation reads of it. */
function contextsOf(scenario: Scenario, result: ScenarioResult): UnitContext[] {
  return result.districts.flatMap((district, i) => {
    const plan = scenario.plan?.districts[i];
    return district.units.flatMap((unit, j) => {
      const input = scenario.districts[i]?.units[j];
      const planInput = plan?.input.units.find((u) => u.code === unit.unit.code);
      const alternative = plan?.alternative?.input.units.find((u) => u.code === unit.unit.code);
      if (input === undefined) return [];
      return [
        {
          scenario,
          result,
          law: scenario.law,
          district,
          unit,
          input,
          path: ["districts", i, "units", j],
          ...(plan === undefined || planInput === undefined
            ? {}
            : {
                plan: {
                  result: result.plan?.districts[i] ?? plan.result,
                  input: planInput,
                  equalisationPath: ["districts", i, "plan", "equalisation"],
                  ...(alternative === undefined ? {} : { alternative }),
                },
              }),
        },
      ];
    });
  });
}

/** A line of the unit in the scenario's year: its statement, and the plan's table's base row. */
function baseYearLine(ctx: UnitContext, line: ExplainLine): Explanation {
  const year = ctx.result.year;
  const costs = () =>
    renamed(statementLine(ctx, "expenditures"), "costs", ctx, year, "costs are the expenditures line");
  const published = (key: BudgetLineKey) => {
    const amount = ctx.unit.published[key];
    return amount === undefined ? absentLine(ctx, key) : readLine(ctx, key, amount);
  };
  if (isBudgetLineKey(line)) return statementLine(ctx, line);
  if (line === "own_revenues") return ownRevenues(ctx, year, (key) => statementLine(ctx, key));
  if (line === "costs") return costs();
  if (line === "self_sufficiency") {
    return selfSufficiency(
      ctx,
      year,
      ownRevenues(ctx, year, (key) => statementLine(ctx, key)),
      costs(),
    );
  }
  if (line === "balance") {
    const base = renamed(published("expenditures"), "costs", ctx, year, "costs are the expenditures line");
    return baseBalance(ctx, ownRevenues(ctx, year, published), base);
  }
  return baseTransfer(ctx, line === "withdrawal" ? "withdrawal" : "subvention");
}

/** The lines comparing the plan with an alternative. */
const COMPARED: readonly ExplainLine[] = ["alternative_net", "difference", "alternative_balance"];

/** The lines a planned year has. */
const PLANNED_LINES: readonly ExplainLine[] = [
  ...OWN_REVENUE_LINES,
  "own_revenues",
  "expenditures",
  "costs",
  "self_sufficiency",
  "subvention",
  "withdrawal",
  "balance",
  ...COMPARED,
];

/** A line of the unit in a planned year, or `undefined` when the plan has no such line. */
function plannedLine(ctx: UnitContext, line: ExplainLine, year: number): Explanation | undefined {
  const uy = plannedYear(ctx, year);
  if (uy === undefined) return undefined;
  if (line === "own_revenues") return forecastOwnRevenues(ctx, uy);
  if (line === "costs" || line === "expenditures") return forecastCosts(ctx, uy);
  if (line === "self_sufficiency") {
    return selfSufficiency(ctx, year, forecastOwnRevenues(ctx, uy), forecastCosts(ctx, uy));
  }
  if (line === "subvention" || line === "withdrawal") return plannedTransfer(ctx, uy, line);
  if (line === "balance") return plannedBalance(ctx, uy);
  if (line === "alternative_net" || line === "difference" || line === "alternative_balance") {
    return comparisonLine(ctx, line, year);
  }
  return isBudgetLineKey(line) ? forecastLine(ctx, line, uy) : undefined;
}

const issue = (path: string, message: string): Issue => ({ path: [path], code: "INVALID_INPUT", message });

/** What the scenario has: its units, districts and years, for messages. */
function scenarioOffer(result: ScenarioResult) {
  const units = result.districts.flatMap((d) => d.units.map((u) => `${u.unit.code} ${u.unit.nameRu}`));
  const districts = result.districts.map((d) => `${d.district.code} ${d.district.nameRu}`);
  const years = [result.year, ...(result.plan?.districts[0]?.plan.years ?? [])];
  return { units, districts, years };
}

type Checked = { readonly unit: string; readonly year: number; readonly line: ExplainLine };

/** Every problem of a request against the scenario, each naming what the scenario has. */
function requestIssues(
  ctx: UnitContext | undefined,
  district: DistrictResult | undefined,
  result: ScenarioResult,
  { unit, year, line }: Checked,
): Issue[] {
  const offer = scenarioOffer(result);
  const named = (d: DistrictResult) => d.units.map((u) => `${u.unit.code} ${u.unit.nameRu}`).join(", ");
  const issues: Issue[] = [];
  if (ctx === undefined && district === undefined) {
    issues.push(
      issue(
        "unit",
        `${unit} is not a unit of the scenario "${result.name}": its units are ${offer.units.join(", ")} (district_outlay: its districts ${offer.districts.join(", ")})`,
      ),
    );
  } else if (district !== undefined && line !== "district_outlay") {
    issues.push(
      issue(
        "line",
        `${unit} is the district ${district.district.nameRu}: a district has only district_outlay; for other lines give one of its units (${named(district)})`,
      ),
    );
  } else if (ctx !== undefined && line === "district_outlay") {
    issues.push(
      issue(
        "line",
        `district_outlay is a district's figure: give the district ${ctx.district.district.code} (${ctx.district.district.nameRu}) as the unit`,
      ),
    );
  }
  if (!offer.years.includes(year)) {
    issues.push(
      issue(
        "year",
        `${year} is not a year of the scenario "${result.name}": its years are ${offer.years.join(", ")}`,
      ),
    );
  } else if (year !== result.year && !PLANNED_LINES.includes(line) && line !== "district_outlay") {
    issues.push(
      issue(
        "line",
        `${line} is not planned: a planned year (${year}) has ${PLANNED_LINES.join(", ")}; ${line} is in the statements of ${result.year}`,
      ),
    );
  }
  return issues;
}

/** The explanation asked for, or every problem of the request with what the scenario has. */
function answer(contexts: readonly UnitContext[], result: ScenarioResult, request: Checked): Explanation {
  const { unit, year, line } = request;
  const ctx = contexts.find((c) => c.unit.unit.code === unit);
  const district = result.districts.find((d) => d.district.code === unit);
  throwIssues("explanation request", requestIssues(ctx, district, result, request));
  if (district !== undefined) {
    return districtOutlay(
      district,
      contexts.filter((c) => c.district === district),
      year,
    );
  }
  const unitCtx = ctx as UnitContext;
  const explained = year === result.year ? baseYearLine(unitCtx, line) : plannedLine(unitCtx, line, year);
  if (explained !== undefined) return explained;
  const why = COMPARED.includes(line) ? ": the scenario compares no alternative plan for its district" : "";
  throwIssues("explanation request", [
    issue("line", `${line} is not planned for ${unitCtx.unit.unit.nameRu} in ${year}${why}`),
  ]);
  return explained as never;
}

/**
 * Traces one figure of a scenario to where it came from, as a tree ({@link Explanation}): a figure read
 * from a published decision gives its file, its source address, the line number and the line of text;
 * a figure made from receipts gives the postings summed, grouped by the rule that attributed them (rule
 * id, attribution key, article, the receipts counted and their first ids); a computed or planned figure
 * gives its formula with its numbers and its legal ground (e.g. the general transfer = costs − own
 * revenues, BC2025 Art. 79 p.1 with Art. 80). Money in thousand KZT, exact; self-sufficiency in %.
 *
 * @param scenario - A scenario as `resolveScenario` or `loadScenario` returns it.
 * @param request - The unit's KATO code (or a district's, for `district_outlay`), a year of the scenario
 * (its year, or a planned year) and one of {@link EXPLAIN_LINES}.
 * @param result - The scenario's result, when it has been run already (else it is run here).
 * @throws {@link FourthLevelError} `INVALID_INPUT` naming every problem: a line not in
 * {@link EXPLAIN_LINES} (they are listed), a unit not in the scenario (its units are named), a year not in
 * it (its years are named), a line a planned year does not have.
 * @category Reports
 * @example
 * ```ts
 * const scenario = resolveScenario({ name: "Zubair 2026", year: 2026, districts: [{ kato: "104000000", units: [
 *   { kato: "104049000", source: "http://insecure.zan.kz/rus/docs/G25FG00429M",
 *     figures: { tax_revenue: "13128", transfers: "18776", expenditures: "31904" } },
 * ] }] });
 * const e = explain(scenario, { unit: "104049000", year: 2026, line: "self_sufficiency" });
 * e.value; //=> "41.1"
 * e.formula; //=> "13128 ÷ 31904 × 100 = 41.1484… → 41.1"
 * explain(scenario, { unit: "104049000", year: 2026, line: "taxes" }); //=> throws INVALID_INPUT
 * ```
 */
export function explain(scenario: Scenario, request: ExplainRequest, result?: ScenarioResult): Explanation {
  const checked = parseInput(requestSchema, request, "explanation request");
  parseInput(runArgumentsSchema, { scenario }, "scenario to explain", { opaque: ["scenario"] });
  const run =
    result === undefined
      ? runScenario(scenario)
      : parseInput(scenarioResultSchema, result, "scenario result to explain", { opaque: ["ledger"] });
  return answer(contextsOf(scenario, run), run, checked);
}

import * as z from "zod";
import type { DatedSeries } from "../calendar/dated.js";
import type { Citation } from "../citation/citation.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { type Issue, throwIssues, tryRead } from "../errors/issue.js";
import { datedSeriesSchema } from "../input/dated.js";
import { parseInput } from "../input/parse.js";
import type { Law, PlanningLaw } from "../law/law.js";
import type { TransferLaw } from "../law/transfer-law.js";
import type { RoundingMode } from "../money/decimal.js";
import { Money } from "../money/money.js";
import { rulesSchema } from "../rules/rulebook-schema.js";
import { overlaySeries, reformCitation, type Span, spanOf } from "./overlay.js";
import { overlayRules } from "./overlay-rules.js";
import {
  type ParsedReform,
  parameterValueProblem,
  type Reform,
  type ReformChange,
  reformsSchema,
} from "./reform-schema.js";
import { unmetParameterChange, unmetRuleChange } from "./unmet.js";

/**
 * The parts of a law a reform changes, each checked: the revenue rules as a rulebook takes them, the
 * parameters and the transfer law as dated series. @internal
 */
export const reformableLawSchema = z.looseObject(
  {
    revenueRules: rulesSchema,
    parameters: z.record(z.string(), datedSeriesSchema(z.unknown())),
    transfers: datedSeriesSchema(z.looseObject({ id: z.string(), kinds: z.looseObject({}) })),
    planning: datedSeriesSchema(z.looseObject({ id: z.string() })).optional(),
  },
  {
    error: (issue) =>
      `must be a law such as kazakhstanLaw(), with its revenueRules, parameters and transfers, not ${describeValue(issue.input)}`,
  },
);

const argumentsSchema = z.strictObject({ law: reformableLawSchema, reforms: reformsSchema });

/** A parameter of the law as a series of amounts, or the error naming the parameters there are. */
export function parameterSeries(law: Law, name: string, at: (string | number)[]): DatedSeries<Money> {
  const series = (law.parameters as unknown as Record<string, DatedSeries<unknown> | undefined>)[name];
  const isMoneySeries =
    Object.hasOwn(law.parameters, name) &&
    Array.isArray(series?.entries) &&
    series.entries.every((e) => e.value instanceof Money);
  if (!isMoneySeries) {
    const names = Object.keys(law.parameters).join(", ");
    throw new FourthLevelError(
      "INVALID_INPUT",
      `reform parameter ${JSON.stringify(name)} is not a parameter of the law in KZT: one of ${names}`,
      {},
      [
        {
          path: [...at, "parameter"],
          code: "INVALID_INPUT",
          message: `not a parameter of the law: one of ${names}`,
        },
      ],
    );
  }
  return series as DatedSeries<Money>;
}

/** The law with one change of a reform (at its path `at`) applied over its span. */
export function applyChange(
  law: Law,
  change: ReformChange,
  reform: ParsedReform,
  at: (string | number)[],
): Law {
  const span: Span = spanOf(reform, change);
  const citation = reformCitation(reform);
  switch (change.kind) {
    case "rule": {
      throwIssues("reforms", unmetRuleChange(law.revenueRules, change, span, at));
      return { ...law, revenueRules: overlayRules(law.revenueRules, change, span, reform) };
    }
    case "parameter": {
      const series = parameterSeries(law, change.parameter, at);
      throwIssues("reforms", unmetParameterChange(series, change, span, at));
      const { scale, rounding, value } = change;
      const problems = new Set<string>();
      const changed = overlaySeries(
        series,
        span,
        (v) => {
          if (value !== undefined) return value;
          const scaled = v.times(scale as string, rounding ?? "halfExpand");
          const problem = parameterValueProblem(scaled);
          if (problem !== undefined) problems.add(`${v.toKzt()} KZT × ${scale} = ${problem}`);
          return scaled;
        },
        citation,
      );
      throwIssues(
        "reforms",
        [...problems].map((message) => ({ path: [...at, "scale"], code: "INVALID_INPUT", message })),
      );
      return { ...law, parameters: { ...law.parameters, [change.parameter]: changed } };
    }
    case "transfer_formula":
      return {
        ...law,
        planning: overlaySeries(planningOf(law, at), span, formula(change, citation), citation),
      };
    case "revenue_transfer":
      return {
        ...law,
        transfers: overlaySeries(law.transfers, span, revenueTransfer(change, citation), citation),
      };
    case "tax_rate":
      // a rate table of the tax law, not of `law`: applyTaxReforms applies it
      return law;
    case "withdrawal_cap": {
      const cap = (t: TransferLaw): TransferLaw => {
        const { withdrawalCap: _old, ...rest } = t;
        return change.share === null ? rest : { ...rest, withdrawalCap: { share: change.share, citation } };
      };
      return { ...law, transfers: overlaySeries(law.transfers, span, cap, citation) };
    }
  }
}

/** A transfer law with the revenue transfer of a change's EBK code set (or removed, share `null`). */
function revenueTransfer(
  change: Extract<ReformChange, { kind: "revenue_transfer" }>,
  citation: Citation,
): (t: TransferLaw) => TransferLaw {
  return (t) => {
    const { revenueShareTransfers: old = [], ...rest } = t;
    const { ebk, share, key, rounding } = change;
    const terms = [
      ...old.filter((x) => x.ebk !== ebk),
      ...(share === null || key === undefined || rounding === undefined
        ? []
        : [{ ebk, share, key, rounding, citation }]),
    ];
    return terms.length === 0 ? rest : { ...rest, revenueShareTransfers: terms };
  };
}

/** The law's planning law, or the error saying a formula change needs one. */
function planningOf(law: Law, at: (string | number)[]): Law["planning"] {
  if ((law as Partial<Law>).planning !== undefined) return law.planning;
  const message = "a formula change needs a law with its planning law, such as kazakhstanLaw()";
  throw new FourthLevelError("INVALID_INPUT", message, {}, [{ path: at, code: "INVALID_INPUT", message }]);
}

/** A planning law with the formula's terms a change sets (a `null` factor removed, one not named kept). */
function formula(
  change: Extract<ReformChange, { kind: "transfer_formula" }>,
  citation: Citation,
): (p: PlanningLaw) => PlanningLaw {
  return (p) => {
    const { formulaTerms: old, ...rest } = p;
    const term = (name: "costFactor" | "withdrawalCostFactor") => {
      const value = change[name] === undefined ? old?.[name] : change[name];
      return value === null || value === undefined ? {} : { [name]: value };
    };
    const factors = { ...term("costFactor"), ...term("withdrawalCostFactor") };
    if (Object.keys(factors).length === 0) return rest;
    // a change that sets a factor names its rounding (the schema's check); one that only removes keeps the old
    const rounding = (change.rounding ?? old?.rounding) as RoundingMode;
    return { ...rest, formulaTerms: { ...factors, rounding, citation } };
  };
}

/**
 * `law` with each step applied in order; a step refused leaves the law as it was for the next, and every
 * step's problems are thrown together.
 */
function applyEach<T>(law: Law, steps: readonly T[], apply: (law: Law, step: T, i: number) => Law): Law {
  const done = steps.reduce(
    (s, step, i) => {
      const [next, issues] = tryRead([], () => apply(s.law, step, i));
      return { law: next ?? s.law, issues: [...s.issues, ...issues] };
    },
    { law, issues: [] as Issue[] },
  );
  throwIssues("reforms", done.issues);
  return done.law;
}

/**
 * The law under a list of reforms, applied in order: each a dated overlay on the law it is given (rules
 * cut at the reform's dates, the days within changed and citing the reform; parameters and transfer-law
 * terms changed the same way), never a copy of the rest. `tax_rate` changes change the tax law, not
 * `law`: `applyTaxReforms` applies them. An empty list returns `law` itself, so results
 * under it are identical to the law's. The reformed rules are checked as every rulebook is (one rule per
 * code, day and payer kind; shares summing to at most 1) when the law is used.
 *
 * @param law - The law, e.g. `kazakhstanLaw()`.
 * @param reforms - See {@link reformSchema}; validated once, every problem reported with its path.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the reforms (paths
 *   `["reforms", i, …]`) or a law without its revenue rules, parameters or transfers. A change that
 *   would change nothing is refused, naming what it could meet: a rule change whose EBK code, days or
 *   payer kinds meet no rule of the law (the codes with rules, the days its rules are in force, the
 *   payer kinds of its rules on the change's days), a parameter change whose days meet no value of the
 *   parameter (the days it has values).
 * @category Reforms
 * @example
 * ```ts
 * const law = applyReforms(kazakhstanLaw(), [
 *   {
 *     id: "workplace-iit-50",
 *     title: "Half of IIT withheld at source to the unit of the workplace",
 *     effectiveFrom: "2027-01-01",
 *     label: { kind: "proposal", author: "analyst", text: "taxes where the work is done" },
 *     changes: [{ kind: "rule", ebk: "101201", shares: [{ share: "0.5", key: "workplace", recipient: "fourth_level", rounding: "halfEven" }] }],
 *   },
 * ]);
 * ruleFor(rulebookOf(law), "101201", "2026-12-31", "individual").shares; //=> undefined
 * ruleFor(rulebookOf(law), "101201", "2027-01-01", "individual").shares?.[0]?.share; //=> "0.5"
 * ```
 */
export function applyReforms(law: Law, reforms: readonly Reform[]): Law {
  const checked = parseInput(argumentsSchema, { law, reforms }, "reforms", { opaque: ["law"] });
  if (checked.reforms.length === 0) return law;
  const parts = checked.law as unknown as Pick<Law, "revenueRules" | "parameters" | "transfers"> &
    Partial<Pick<Law, "planning">>;
  const { revenueRules, parameters, transfers, planning } = parts;
  return applyEach(
    { ...law, revenueRules, parameters, transfers, ...(planning === undefined ? {} : { planning }) },
    checked.reforms,
    (current, reform, i) =>
      applyEach(current, reform.changes, (within, change, j) =>
        applyChange(within, change, reform, ["reforms", i, "changes", j]),
      ),
  );
}

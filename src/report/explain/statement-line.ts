import { IDENTITY_NAMES, identitySignedTerms, identityTotal } from "../../budget/identities.js";
import type { BudgetLineKey } from "../../budget/lines.js";
import { OWN_REVENUE_LINES } from "../../budget/statement.js";
import { Money, percentOf } from "../../money/money.js";
import { labelOf, type UnitContext } from "./context.js";
import { type Explanation, node } from "./explanation.js";
import { ledgerLine } from "./ledger-line.js";
import { absentLine, readLine } from "./read-line.js";

/** `a + b − c = d`: the signed terms of a computation with their values. */
export function signedFormula(terms: readonly (readonly [string | null, 1 | -1])[], result: string): string {
  const parts = terms.map(
    ([value, sign], i) => `${i === 0 ? (sign === 1 ? "" : "−") : sign === 1 ? " + " : " − "}${value ?? "?"}`,
  );
  return `${parts.join("")} = ${result}`;
}

/** A line the statement computed from its parts (the revenue total, the deficit) when receipts changed one. */
function computedLine(ctx: UnitContext, key: BudgetLineKey, amount: Money): Explanation {
  const identity = IDENTITY_NAMES.find((name) => identityTotal(name) === key) ?? "revenue";
  const terms = identitySignedTerms(identity).filter(([k]) => ctx.unit.statement.lines[k] !== undefined);
  const children = terms.map(([k]) => statementLine(ctx, k));
  const allPlus = terms.every(([, sign]) => sign === 1);
  return node({
    figure: key,
    label: labelOf(ctx, key, ctx.result.year),
    value: amount.toThousandKzt(),
    how: allPlus ? "sum" : "formula",
    formula: signedFormula(
      terms.map(([, sign], i) => [children[i]?.value ?? null, sign]),
      amount.toThousandKzt(),
    ),
    detail: `recomputed from its parts (${terms.map(([k, s]) => `${s === 1 ? "+" : "−"}${k}`).join(" ")}) because the ledger changed a revenue line; a line not in the figures counts as 0`,
    children,
  });
}

/**
 * A line of the unit's statement in the scenario's year: read from the decision (or the scenario file),
 * summed from the ledger's postings, or computed from its parts; unknown when not in the figures.
 * @internal
 */
export function statementLine(ctx: UnitContext, key: BudgetLineKey): Explanation {
  const line = ctx.unit.statement.lines[key];
  if (line === undefined) return absentLine(ctx, key);
  if (line.source === "published") return readLine(ctx, key, line.amount);
  if (line.source === "ledger") return ledgerLine(ctx, key, line.amount);
  return computedLine(ctx, key, line.amount);
}

/** An own revenue line not in the figures: counted as 0 in own revenues, as self-sufficiency does. */
function absentAsZero(ctx: UnitContext, key: BudgetLineKey): Explanation {
  return node({
    ...absentLine(ctx, key),
    value: "0",
    how: "rule",
    detail: `not in the figures: counted as 0 in own revenues, as self-sufficiency counts it (decisions omit zero lines)`,
  });
}

/**
 * Own revenues: tax + non-tax + capital sales of the given lines (`lineOf`), an absent non-tax or capital
 * line counting as 0; unknown without the tax line. @internal
 */
export function ownRevenues(
  ctx: UnitContext,
  year: number,
  lineOf: (key: BudgetLineKey) => Explanation,
): Explanation {
  const children = OWN_REVENUE_LINES.map((key) => {
    const line = lineOf(key);
    return line.value === null && key !== "tax_revenue" ? absentAsZero(ctx, key) : line;
  });
  const known = children.every((c) => c.value !== null);
  const total = known ? Money.sum(children.map((c) => Money.thousandKzt(c.value as string))) : undefined;
  return node({
    figure: "own_revenues",
    label: labelOf(ctx, "own_revenues", year),
    value: total?.toThousandKzt() ?? null,
    how: "sum",
    formula: signedFormula(
      children.map((c) => [c.value, 1]),
      total?.toThousandKzt() ?? "unknown (no tax_revenue)",
    ),
    detail: "own revenues are tax + non-tax revenues + sales of capital (everything but transfers)",
    children,
  });
}

/** Self-sufficiency: own revenues ÷ costs × 100, rounded half away from zero to one decimal. @internal */
export function selfSufficiency(
  ctx: UnitContext,
  year: number,
  own: Explanation,
  costs: Explanation,
): Explanation {
  const known = own.value !== null && costs.value !== null;
  const part = known ? Money.thousandKzt(own.value as string) : undefined;
  const whole = known ? Money.thousandKzt(costs.value as string) : undefined;
  const percent = part === undefined || whole === undefined ? undefined : percentOf(part, whole);
  const exact = part === undefined || whole === undefined ? undefined : percentOf(part, whole, 4, "trunc");
  return node({
    figure: "self_sufficiency",
    label: labelOf(ctx, "self_sufficiency", year),
    value: percent ?? null,
    unit: "%",
    how: "formula",
    formula: `${own.value ?? "?"} ÷ ${costs.value ?? "?"} × 100 = ${exact === undefined ? "?" : `${exact}…`} → ${percent ?? "not computed"}`,
    detail:
      percent === undefined
        ? "self-sufficiency is own revenues over costs; it is not computed without both (or with costs of zero)"
        : "self-sufficiency is own revenues over costs, in percent, rounded half away from zero to one decimal",
    children: [own, costs],
  });
}

/** A base-year line under the name the plan's table gives it (`costs` for expenditures). @internal */
export function renamed(
  line: Explanation,
  figure: string,
  ctx: UnitContext,
  year: number,
  why: string,
): Explanation {
  return { ...line, figure, label: labelOf(ctx, figure, year), detail: `${why}; ${line.detail}` };
}

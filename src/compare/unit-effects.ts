import { LINE_OF_CATEGORY, OWN_REVENUE_LINES } from "../budget/statement.js";
import { Money, percentOf } from "../money/money.js";
import type { ScenarioResult } from "../scenario/run.js";
import type { ComparisonRow } from "./compare.js";

/**
 * One fourth-level unit in the scenario's year: its own revenues (tax, non-tax, capital sales) and
 * self-sufficiency (own revenues ÷ costs, percent, one decimal) under the law as it is — its statement's
 * — and under the reforms (the same plus the change of its own-revenue rows), KZT.
 *
 * @category Reforms
 */
export interface UnitEffect {
  readonly code: string;
  readonly name: string;
  /** The KATO code of its district. */
  readonly district: string;
  readonly year: number;
  readonly ownRevenues: { readonly baseline?: Money; readonly reform?: Money };
  readonly selfSufficiency: { readonly baseline?: string; readonly reform?: string };
  /**
   * What the own revenues of the baseline are, as `run` names it: `"published"` (the published figures)
   * or `"computed_from_receipts"` (receipts replaced an own-revenue line); the reform adds the change of
   * the unit's own-revenue rows to it.
   */
  readonly selfSufficiencyBasis: "published" | "computed_from_receipts";
  /** The change of everything the unit receives or pays in the year (revenues and transfers), KZT. */
  readonly delta: Money;
}

const isOwn = (row: ComparisonRow) =>
  row.category !== undefined &&
  (OWN_REVENUE_LINES as readonly string[]).includes(LINE_OF_CATEGORY[row.category]);

/** Each unit of the baseline in its year: own revenues and self-sufficiency before and after. */
export function unitEffects(baseline: ScenarioResult, rows: readonly ComparisonRow[]): UnitEffect[] {
  const year = baseline.year;
  return baseline.districts.flatMap(({ district, units }) =>
    units.map(({ unit, statement }) => {
      const mine = rows.filter((r) => r.level === 4 && r.account === unit.code && r.year === year);
      const change = Money.sum(mine.filter(isOwn).map((r) => r.delta));
      const { ownRevenues, costs } = statement.selfSufficiency;
      const after = ownRevenues?.plus(change);
      const percent = (own: Money | undefined) =>
        own === undefined || costs === undefined ? undefined : percentOf(own, costs);
      const [before, reformed] = [percent(ownRevenues), percent(after)];
      return {
        code: unit.code,
        name: unit.nameRu,
        district: district.code,
        year,
        ownRevenues: {
          ...(ownRevenues === undefined ? {} : { baseline: ownRevenues }),
          ...(after === undefined ? {} : { reform: after }),
        },
        selfSufficiency: {
          ...(before === undefined ? {} : { baseline: before }),
          ...(reformed === undefined ? {} : { reform: reformed }),
        },
        selfSufficiencyBasis: OWN_REVENUE_LINES.some((l) => statement.lines[l]?.source === "ledger")
          ? ("computed_from_receipts" as const)
          : ("published" as const),
        delta: Money.sum(mine.map((r) => r.delta)),
      };
    }),
  );
}

import * as z from "zod";
import { FourthLevelError } from "../errors/error.js";
import { parseInput } from "../input/parse.js";
import type { Law } from "../law/law.js";
import { applyChange, parameterSeries, reformableLawSchema } from "./apply.js";
import { applyRateChange, rateTableOf } from "./apply-rates.js";
import { overlap, type Span, spanOf } from "./overlay.js";
import { changedKinds, ruleMeets } from "./overlay-rules.js";
import { type RateTables, rateTablesSchema, seriesAt } from "./rate-tables.js";
import { type ParsedReform, type Reform, type ReformChange, reformSchema } from "./reform-schema.js";

type InputChange = Reform["changes"][number];

/** The days of a dated thing within a span, as a change's `from` and `to`. */
const daysOf = (days: Span) => ({ from: days.from, ...(days.to === undefined ? {} : { to: days.to }) });

/**
 * A tax law and its jurisdiction's rate tables, to undo `tax_rate` changes (e.g. `{ taxLaw:
 * KAZAKHSTAN_TAX_LAW, tables: KAZAKHSTAN_RATE_TABLES }`).
 * @category Reforms
 */
export interface TaxLawWithTables {
  readonly taxLaw: object;
  readonly tables: RateTables;
}

/** What a reform is undone on: the law and, for `tax_rate` changes, the tax law. */
interface Before {
  readonly law: Law;
  readonly taxes: TaxLawWithTables | undefined;
}

/** The changes that set back, over the span, the table a `tax_rate` change changed in the tax law. */
function restoringRates(
  taxes: TaxLawWithTables | undefined,
  change: Extract<ReformChange, { kind: "tax_rate" }>,
  span: Span,
  at: (string | number)[],
): InputChange[] {
  if (taxes === undefined) {
    const message =
      "a tax_rate change is undone on a tax law: give { taxLaw, tables } (e.g. KAZAKHSTAN_TAX_LAW and KAZAKHSTAN_RATE_TABLES)";
    throw new FourthLevelError("INVALID_INPUT", message, {}, [{ path: at, code: "INVALID_INPUT", message }]);
  }
  rateTableOf(taxes.tables, change.path, at);
  return (seriesAt(taxes.taxLaw, change.path)?.entries ?? []).flatMap((entry) => {
    const days = overlap(entry.from, entry.to, span);
    return days === undefined
      ? []
      : [{ kind: "tax_rate" as const, path: change.path, value: entry.value ?? null, ...daysOf(days) }];
  });
}

/** The changes that set back, over the change's span, what `change` (at `at` in the reform) changed in `before`. */
function restoring(state: Before, change: ReformChange, span: Span, at: (string | number)[]): InputChange[] {
  const before = state.law;
  switch (change.kind) {
    case "tax_rate":
      return restoringRates(state.taxes, change, span, at);
    case "rule":
      return before.revenueRules
        .filter((rule) => ruleMeets(rule, change, span))
        .map((rule) => ({
          kind: "rule" as const,
          ebk: rule.ebk,
          payerKinds: changedKinds(rule, change),
          key: rule.key,
          recipient: rule.recipient,
          shares: [...(rule.shares ?? [])],
          ...daysOf(overlap(rule.from, rule.to, span) as Span),
        }));
    case "parameter": {
      return parameterSeries(before, change.parameter, at).entries.flatMap((entry) => {
        const days = overlap(entry.from, entry.to, span);
        return days === undefined
          ? []
          : [
              {
                kind: "parameter" as const,
                parameter: change.parameter,
                value: entry.value.toKzt(),
                ...daysOf(days),
              },
            ];
      });
    }
    case "transfer_formula":
      return (before.planning?.entries ?? []).flatMap((entry) => {
        const days = overlap(entry.from, entry.to, span);
        const old = entry.value.formulaTerms;
        return days === undefined
          ? []
          : [
              {
                kind: "transfer_formula" as const,
                costFactor: old?.costFactor ?? null,
                withdrawalCostFactor: old?.withdrawalCostFactor ?? null,
                ...(old === undefined ? {} : { rounding: old.rounding }),
                ...daysOf(days),
              },
            ];
      });
    case "revenue_transfer":
      return before.transfers.entries.flatMap((entry) => {
        const days = overlap(entry.from, entry.to, span);
        const term = entry.value.revenueShareTransfers?.find((t) => t.ebk === change.ebk);
        const restored =
          term === undefined
            ? { share: null }
            : { share: term.share, key: term.key, rounding: term.rounding };
        return days === undefined
          ? []
          : [{ kind: "revenue_transfer" as const, ebk: change.ebk, ...restored, ...daysOf(days) }];
      });
    case "withdrawal_cap":
      return before.transfers.entries.flatMap((entry) => {
        const days = overlap(entry.from, entry.to, span);
        return days === undefined
          ? []
          : [
              {
                kind: "withdrawal_cap" as const,
                share: entry.value.withdrawalCap?.share ?? null,
                ...daysOf(days),
              },
            ];
      });
  }
}

const argumentsSchema = z.strictObject({
  reform: reformSchema,
  law: reformableLawSchema,
  taxes: z
    .strictObject(
      {
        taxLaw: z.looseObject({}, { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" }),
        tables: rateTablesSchema,
      },
      {
        error:
          "must be { taxLaw, tables }, e.g. { taxLaw: KAZAKHSTAN_TAX_LAW, tables: KAZAKHSTAN_RATE_TABLES }",
      },
    )
    .optional(),
});

/**
 * The reform that undoes `reform` on `law`: over the same days, changes that set back every rule,
 * parameter and transfer term `reform` changes to what they are in `law` (the law the reform is applied
 * to), in reverse order. `applyReforms(law, [reform, inverseReform(reform, law)])` gives the same results
 * as `law` (rule ids and citations aside: the restored days cite the inverse). A reform with `tax_rate`
 * changes needs the tax law they change too (`taxes`): the inverse then sets every changed table back to
 * its entries in `taxes.taxLaw`. A change that would change nothing on `law` is refused as
 * `applyReforms` refuses it (a rule or parameter change meeting no rule or value of the law); a reform
 * that changes nothing otherwise (e.g. a factor of 1) has an inverse without changes, which
 * `applyReforms` refuses: leave it out.
 *
 * @param taxes - The tax law and its jurisdiction's rate tables, for `tax_rate` changes.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a reform that is not one (see {@link reformSchema}),
 *   a law whose parts the reform names are missing, or a `tax_rate` change without `taxes`.
 * @category Reforms
 * @example
 * ```ts
 * const law = kazakhstanLaw();
 * const cap: Reform = {
 *   id: "cap-30", title: "Withdrawals capped at 30 % of own revenues", effectiveFrom: "2027-01-01",
 *   label: { kind: "proposal", author: "analyst", text: "cap withdrawals" },
 *   changes: [{ kind: "withdrawal_cap", share: "0.3" }],
 * };
 * const undone = applyReforms(law, [cap, inverseReform(cap, law)]);
 * valueOn(undone.transfers, "2027-06-01").value.withdrawalCap; //=> undefined
 * ```
 */
export function inverseReform(reform: Reform, law: Law, taxes?: TaxLawWithTables): Reform {
  const checked = parseInput(
    argumentsSchema,
    { reform, law, ...(taxes === undefined ? {} : { taxes }) },
    "reform to invert",
    { opaque: ["law", "taxes"] },
  );
  const parsed: ParsedReform = checked.reform;
  const base = {
    ...law,
    ...(checked.law as unknown as Pick<Law, "revenueRules" | "parameters" | "transfers">),
  };
  const steps: InputChange[][] = [];
  parsed.changes.reduce(
    (before: Before, change, i): Before => {
      const at = ["changes", i];
      steps.push(restoring(before, change, spanOf(parsed, change), at));
      const { law: current, taxes: tax } = before;
      if (change.kind !== "tax_rate" || tax === undefined) {
        return { law: applyChange(current, change, parsed, at), taxes: tax };
      }
      const taxLaw = applyRateChange(tax.taxLaw, change, parsed, tax.tables, at);
      return { law: current, taxes: { taxLaw, tables: tax.tables } };
    },
    { law: base, taxes },
  );
  return {
    id: `${parsed.id}-inverse`,
    title: `Undo: ${parsed.title}`,
    effectiveFrom: parsed.effectiveFrom,
    ...(parsed.until === undefined ? {} : { until: parsed.until }),
    label: { kind: "proposal", author: "fourth-level-budget", text: `the inverse of reform ${parsed.id}` },
    changes: steps.reverse().flat(),
  };
}

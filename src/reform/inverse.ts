import * as z from "zod";
import { parseInput } from "../input/parse.js";
import type { Law } from "../law/law.js";
import { applyParsedReform, parameterSeries, reformableLawSchema } from "./apply.js";
import { overlap, type Span, spanOf } from "./overlay.js";
import { changedKinds, ruleMeets } from "./overlay-rules.js";
import { type ParsedReform, type Reform, type ReformChange, reformSchema } from "./reform-schema.js";

type InputChange = Reform["changes"][number];

/** The days of a dated thing within a span, as a change's `from` and `to`. */
const daysOf = (days: Span) => ({ from: days.from, ...(days.to === undefined ? {} : { to: days.to }) });

/** The changes that set back, over the change's span, what `change` (at `at` in the reform) changed in `before`. */
function restoring(before: Law, change: ReformChange, span: Span, at: (string | number)[]): InputChange[] {
  switch (change.kind) {
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

const argumentsSchema = z.strictObject({ reform: reformSchema, law: reformableLawSchema });

/**
 * The reform that undoes `reform` on `law`: over the same days, changes that set back every rule,
 * parameter and transfer term `reform` changes to what they are in `law` (the law the reform is applied
 * to), in reverse order. `applyReforms(law, [reform, inverseReform(reform, law)])` gives the same results
 * as `law` (rule ids and citations aside: the restored days cite the inverse).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a reform that is not one (see {@link reformSchema})
 *   or a law whose parts the reform names are missing.
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
export function inverseReform(reform: Reform, law: Law): Reform {
  const checked = parseInput(argumentsSchema, { reform, law }, "inverseReform", { opaque: ["law"] });
  const parsed: ParsedReform = checked.reform;
  const base = {
    ...law,
    ...(checked.law as unknown as Pick<Law, "revenueRules" | "parameters" | "transfers">),
  };
  const steps: InputChange[][] = [];
  parsed.changes.reduce((before, change, i) => {
    steps.push(restoring(before, change, spanOf(parsed, change), ["changes", i]));
    return applyParsedReform(before, { ...parsed, changes: [change] }, ["changes", i]);
  }, base);
  return {
    id: `${parsed.id}-inverse`,
    title: `Undo: ${parsed.title}`,
    effectiveFrom: parsed.effectiveFrom,
    ...(parsed.until === undefined ? {} : { until: parsed.until }),
    label: { kind: "proposal", author: "fourth-level-budget", text: `the inverse of reform ${parsed.id}` },
    changes: steps.reverse().flat(),
  };
}

import type { DatedSeries } from "../calendar/dated.js";
import { type IsoDate, nextDay } from "../calendar/iso-date.js";
import type { Issue } from "../errors/issue.js";
import type { RevenueRule } from "../rules/rule.js";
import { overlap, type Span } from "./overlay.js";
import type { ReformChange } from "./reform-schema.js";

type RuleChange = Extract<ReformChange, { kind: "rule" }>;
type Dated = { readonly from: IsoDate; readonly to?: IsoDate | undefined };

const NOTHING = "the change would change nothing";

/** A span in words: `2026-01-01 to 2026-12-31`, `2026-01-01 onwards`. */
const spanText = (s: Span) => (s.to === undefined ? `${s.from} onwards` : `${s.from} to ${s.to}`);

/** The days of dated things, contiguous ones joined, in words: `2018-01-01 to 2025-12-31; 2027-01-01 onwards`. */
export function periodsText(dated: readonly Dated[]): string {
  const sorted = [...dated].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const joined: Span[] = [];
  for (const d of sorted) {
    const last = joined.at(-1);
    const touches = last !== undefined && (last.to === undefined || nextDay(last.to) >= d.from);
    if (!touches) joined.push({ from: d.from, to: d.to });
    else if (last.to !== undefined && (d.to === undefined || d.to > last.to))
      joined[joined.length - 1] = { ...last, to: d.to };
  }
  return joined.map(spanText).join("; ");
}

/**
 * Where the days of a change are written, at its path `at`: its own `from` (or `to`) when it narrows the
 * reform's days, else the change itself (its days are the reform's).
 */
function daysPath(change: ReformChange, at: readonly (string | number)[]): (string | number)[] {
  if (change.from !== undefined) return [...at, "from"];
  return change.to !== undefined ? [...at, "to"] : [...at];
}

/** The days of a change in words, saying whether they are its own or its reform's. */
const daysText = (change: ReformChange, span: Span) =>
  `its days (${spanText(span)}${change.from === undefined && change.to === undefined ? ", the reform's" : ""})`;

/**
 * Why a rule change of a reform would change nothing, or some of it would, at its path `at`: an EBK code
 * no rule has (naming the codes with rules), days that meet no rule of the code (naming the days its
 * rules are in force), or a named payer kind no rule of the code has on those days (naming the kinds
 * that have one).
 */
export function unmetRuleChange(
  rules: readonly RevenueRule[],
  change: RuleChange,
  span: Span,
  at: readonly (string | number)[],
): Issue[] {
  const ofCode = rules.filter((r) => r.ebk === change.ebk);
  if (ofCode.length === 0) {
    const codes = [...new Set(rules.map((r) => r.ebk))].sort();
    const message = `${NOTHING}: no rule of the law has EBK code ${change.ebk}; the codes with rules are ${codes.join(", ")}`;
    return [{ path: [...at, "ebk"], code: "INVALID_INPUT", message }];
  }
  const met = ofCode.filter((r) => overlap(r.from, r.to, span) !== undefined);
  if (met.length === 0) {
    const message = `${NOTHING}: ${daysText(change, span)} meet no rule of EBK ${change.ebk}, whose rules are in force ${periodsText(ofCode)}`;
    return [{ path: daysPath(change, at), code: "INVALID_INPUT", message }];
  }
  const kinds = [...new Set(met.flatMap((r) => r.payerKinds))].sort();
  return (change.payerKinds ?? []).flatMap((kind, i) =>
    kinds.includes(kind)
      ? []
      : [
          {
            path: [...at, "payerKinds", i],
            code: "INVALID_INPUT",
            message: `${NOTHING} for ${kind}: no rule of EBK ${change.ebk} is for ${kind} on ${daysText(change, span)}; its rules there are for ${kinds.join(", ")}`,
          },
        ],
  );
}

/**
 * Why a parameter change of a reform would change nothing, at its path `at`: its days meet no value of
 * the parameter's series (naming the days it has values).
 */
export function unmetParameterChange(
  series: DatedSeries<unknown>,
  change: Extract<ReformChange, { kind: "parameter" }>,
  span: Span,
  at: readonly (string | number)[],
): Issue[] {
  if (series.entries.some((e) => overlap(e.from, e.to, span) !== undefined)) return [];
  const values = series.entries.length === 0 ? "none" : periodsText(series.entries);
  const message = `${NOTHING}: the parameter ${change.parameter} has no value on ${daysText(change, span)}; it has values ${values}`;
  return [{ path: daysPath(change, at), code: "INVALID_INPUT", message }];
}

/**
 * Why a `tax_rate` change of a reform would change nothing, at its path `at`: its days meet no entry of
 * the table's series (naming the days it has entries). `title` says what the table is.
 */
export function unmetRateChange(
  series: DatedSeries<unknown>,
  change: Extract<ReformChange, { kind: "tax_rate" }>,
  title: string,
  span: Span,
  at: readonly (string | number)[],
): Issue[] {
  if (series.entries.some((e) => overlap(e.from, e.to, span) !== undefined)) return [];
  const entries = series.entries.length === 0 ? "none" : periodsText(series.entries);
  const message = `${NOTHING}: the rate table ${change.path} (${title}) has no entry on ${daysText(change, span)}; it has entries ${entries}`;
  return [{ path: daysPath(change, at), code: "INVALID_INPUT", message }];
}

/**
 * Domain arbitraries for reforms: dated overlays on the Kazakhstan law over the rulebook's real EBK codes,
 * any attribution key and recipient, shares of whole percents summing to at most 100 %, any rounding mode,
 * parameter scalings, caps on withdrawals, targeted transfers from a revenue and terms of the
 * general-transfer formula; dates 2018–2027 like the generated receipts.
 */
import fc from "fast-check";
import { addDays, type IsoDate } from "../../src/calendar/iso-date.js";
import { kazakhstanLaw } from "../../src/jurisdictions/kz/law.js";
import { ROUNDING_MODES } from "../../src/money/decimal.js";
import type { Reform } from "../../src/reform/reform-schema.js";
import { ATTRIBUTION_KEYS, PAYER_KINDS } from "../../src/rules/rule.js";
import { isoDateArb, RULEBOOK, RULEBOOK_CODES } from "./receipts.js";

type Change = Reform["changes"][number];

const recipientArb = fc.constantFrom("fourth_level" as const, "district_or_higher" as const);

/** Up to two shares of whole percents (1 %–100 %) summing to at most 100 %, as decimal strings. */
const sharesArb = fc
  .array(fc.integer({ min: 1, max: 100 }), { minLength: 0, maxLength: 2 })
  .filter((percents) => percents.reduce((a, b) => a + b, 0) <= 100)
  .chain((percents) =>
    fc.tuple(
      ...percents.map((p) =>
        fc.record({
          share: fc.constant((p / 100).toString()),
          key: fc.constantFrom(...ATTRIBUTION_KEYS),
          recipient: recipientArb,
          rounding: fc.constantFrom(...ROUNDING_MODES),
        }),
      ),
    ),
  );

/** A change of the rules of one real EBK code: a key, a recipient and/or shares, for some payer kinds. */
export const ruleChangeArb: fc.Arbitrary<Change> = fc
  .record(
    {
      ebk: fc.constantFrom(...RULEBOOK_CODES),
      payerKinds: fc.subarray([...PAYER_KINDS], { minLength: 1 }),
      key: fc.constantFrom(...ATTRIBUTION_KEYS),
      recipient: recipientArb,
      shares: sharesArb,
    },
    { requiredKeys: ["ebk"] },
  )
  .filter((c) => c.key !== undefined || c.recipient !== undefined || c.shares !== undefined)
  .map((c) => ({ kind: "rule" as const, ...c }));

/** A targeted transfer of a share (1 %–100 %) of the receipts of a code drawn by `ebk`, keyed to any place. */
export function revenueTransferChangeArb(ebk: fc.Arbitrary<string>): fc.Arbitrary<Change> {
  return fc.record({
    kind: fc.constant("revenue_transfer" as const),
    ebk,
    share: fc.integer({ min: 1, max: 100 }).map((p) => (p / 100).toString()),
    key: fc.constantFrom(...ATTRIBUTION_KEYS),
    rounding: fc.constantFrom(...ROUNDING_MODES),
  });
}

/**
 * A change of a parameter or a transfer term: the MRP scaled or replaced, a cap on withdrawals set or
 * removed, a targeted transfer from a revenue, terms of the general-transfer formula.
 */
const otherChangeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant("parameter" as const),
    parameter: fc.constantFrom("mrp", "minimumWage"),
    scale: fc.integer({ min: 50, max: 200 }).map((p) => (p / 100).toString()),
    rounding: fc.constantFrom(...ROUNDING_MODES),
  }),
  fc.record({
    kind: fc.constant("parameter" as const),
    parameter: fc.constant("mrp"),
    value: fc.integer({ min: 1000, max: 9999 }).map(String),
  }),
  fc.record({
    kind: fc.constant("withdrawal_cap" as const),
    share: fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((p) => (p / 100).toString()),
      fc.constant(null),
    ),
  }),
  revenueTransferChangeArb(fc.constantFrom(...RULEBOOK_CODES)),
  fc.record({
    kind: fc.constant("transfer_formula" as const),
    costFactor: fc.integer({ min: 50, max: 200 }).map((p) => (p / 100).toString()),
    withdrawalCostFactor: fc.integer({ min: 50, max: 200 }).map((p) => (p / 100).toString()),
    rounding: fc.constantFrom(...ROUNDING_MODES),
  }),
);

const PARAMETERS = kazakhstanLaw().parameters as unknown as Record<
  string,
  { entries: readonly { from: IsoDate; to?: IsoDate }[] }
>;

/** Whether the days `[from, to]` (`to` undefined: open) meet a dated thing's. */
const meets = (d: { from: IsoDate; to?: IsoDate | undefined }, from: IsoDate, to?: IsoDate) =>
  (to === undefined || d.from <= to) && (d.to === undefined || from <= d.to);

/**
 * A generated reform fitted to the law, which refuses a change that would change nothing: a rule change
 * keeps the payer kinds its code's rules have on the reform's days (all kinds, where it would keep none)
 * and moves to 101201 (rules on every day, for every payer kind) where its code has no rule on those
 * days; a parameter change without a value on those days (the MRP after its last published year)
 * becomes the removal of a withdrawal cap.
 */
export function fitToLaw(reform: Reform): Reform {
  const from = reform.effectiveFrom as IsoDate;
  const to = reform.until as IsoDate | undefined;
  const fit = (change: Change): Change => {
    if (change.kind === "parameter") {
      const values = PARAMETERS[change.parameter]?.entries ?? [];
      return values.some((e) => meets(e, from, to)) ? change : { kind: "withdrawal_cap", share: null };
    }
    if (change.kind !== "rule") return change;
    const onDays = (ebk: string) => RULEBOOK.rules.filter((r) => r.ebk === ebk && meets(r, from, to));
    const ebk = onDays(change.ebk).length > 0 ? change.ebk : "101201";
    const kinds = new Set(onDays(ebk).flatMap((r) => r.payerKinds));
    const { payerKinds: named, ...rest } = change;
    const kept = (named ?? []).filter((k) => kinds.has(k));
    return { ...rest, ebk, ...(kept.length === 0 ? {} : { payerKinds: kept }) };
  };
  return { ...reform, changes: reform.changes.map(fit) };
}

/**
 * A reform from a date 2018–2027 (to a later date or open) with one to three changes, fitted to the law
 * (see {@link fitToLaw}); `rulesOnly` keeps to rule changes (a pure re-attribution).
 */
export function reformArb(id: string, rulesOnly = false): fc.Arbitrary<Reform> {
  return fc
    .record({
      effectiveFrom: isoDateArb("2018-01-01", "2027-12-31"),
      days: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      changes: fc.array(rulesOnly ? ruleChangeArb : fc.oneof(ruleChangeArb, otherChangeArb), {
        minLength: 1,
        maxLength: 3,
      }),
    })
    .map(({ effectiveFrom, days, changes }) => ({
      id,
      title: `generated reform ${id}`,
      effectiveFrom,
      ...(days === undefined ? {} : { until: addDays(effectiveFrom, days) }),
      label: { kind: "proposal" as const, author: "fast-check", text: "a generated reform" },
      changes,
    }))
    .map(fitToLaw);
}

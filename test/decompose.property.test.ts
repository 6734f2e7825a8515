import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ComparisonView } from "../src/compare/compare.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import {
  type DecomposedEffect,
  decomposeReforms,
  type ReformDecomposition,
} from "../src/compare/decompose.js";
import { Money } from "../src/money/money.js";
import type { Reform } from "../src/reform/reform-schema.js";
import {
  attributableReceiptArb,
  type ReceiptBody,
  RULEBOOK_CODES,
  scenarioReceipts,
} from "./arbitraries/receipts.js";
import { fitToLaw, reformArb, ruleChangeArb } from "./arbitraries/reforms.js";
import { BEL_AGACH_UNIT_WITH_SALES } from "./fixtures/bel-agach-2026.js";

/**
 * The guarantees of the decomposition of a multi-part reform (issue "reforms you can trust", point 7),
 * over generated receipts (real places and codes, 2018–2027) and generated lists of reforms whose rule
 * changes touch the receipts' own codes: the parts of every figure sum exactly to its total, to the tiyn;
 * they do not depend on the order of reforms that commute; a reform that changes nothing gets zero
 * everywhere; a lone reform's part is the whole effect.
 */

const RUNS = { numRuns: 15 };

const receiptsArb = fc.array(attributableReceiptArb(), { minLength: 1, maxLength: 8 });
const viewArb = fc.constantFrom<ComparisonView>("held_as_planned", "law_response");

/** Two rural districts of Borodulikha district (their published 2026 lines) with the receipts. */
function scenario(receipts: readonly ReceiptBody[], year: number, reforms: readonly Reform[]) {
  return {
    name: "generated receipts, generated reforms",
    year,
    districts: [
      {
        kato: "104000000",
        units: [
          BEL_AGACH_UNIT_WITH_SALES,
          { kato: "104057000", figures: { tax_revenue: "31476", expenditures: "51418" } },
        ],
      },
    ],
    receipts: scenarioReceipts(receipts),
    reforms,
  };
}

/** The reform with each rule change moved to the code `codeOf(j)` (change j), fitted to the law. */
const onCodes = (reform: Reform, codeOf: (j: number) => string): Reform =>
  fitToLaw({
    ...reform,
    changes: reform.changes.map((c, j) => (c.kind === "rule" ? { ...c, ebk: codeOf(j) } : c)),
  });

/** The receipts' codes first, then the rulebook's others. */
const codesOf = (receipts: readonly ReceiptBody[]) => [
  ...new Set([...receipts.map((r) => r.ebk), ...RULEBOOK_CODES]),
];

/** Receipts and 1–3 reforms whose rule changes fall on the receipts' codes (so they overlap and interact). */
const caseArb = fc
  .tuple(receiptsArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2020, max: 2027 }), viewArb)
  .chain(([receipts, n, year, view]) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => reformArb(`r${i}`)), fc.array(fc.nat(), { minLength: 3 }))
      .map(([...all]) => {
        const picks = all.pop() as number[];
        const codes = receipts.map((r) => r.ebk);
        const reforms = (all as Reform[]).map((r, i) =>
          onCodes(r, (j) => codes[((picks[j] ?? 0) + i) % codes.length] as string),
        );
        return { receipts, year, view, reforms };
      }),
  );

/**
 * A reform whose rule changes set only one field (the key, the recipient or the shares): reforms that
 * set different fields commute, even on one code, and may interact (a key matters only where the line
 * goes to the fourth level).
 */
const fieldReformArb = (id: string, field: "key" | "recipient" | "shares"): fc.Arbitrary<Reform> =>
  fc
    .tuple(
      reformArb(id, true),
      fc.array(
        ruleChangeArb.filter((c) => c.kind === "rule" && c[field] !== undefined),
        { minLength: 1, maxLength: 2 },
      ),
    )
    .map(([reform, changes]) => ({
      ...reform,
      changes: changes.map((c) =>
        c.kind === "rule"
          ? {
              kind: "rule" as const,
              ebk: c.ebk,
              ...(c.payerKinds ? { payerKinds: c.payerKinds } : {}),
              [field]: c[field],
            }
          : c,
      ),
    }));

const families = (d: ReformDecomposition) => [d.rows, d.budgets, d.districts, d.country];

/** A figure's place: account, year and line. */
const placeOf = (e: DecomposedEffect) => `${e.level}|${e.account}|${e.year}|${e.ebk ?? ""}`;

describe("decomposeReforms: guarantees over generated scenarios and reforms", () => {
  it("the parts of every figure sum exactly to its total, and the totals are the comparison's", () => {
    fc.assert(
      fc.property(caseArb, ({ receipts, year, view, reforms }) => {
        const data = scenario(receipts, year, reforms);
        const d = decomposeReforms(data, {}, view);
        for (const figures of families(d)) {
          for (const f of figures) {
            expect(f.parts).toHaveLength(reforms.length);
            expect(Money.sum(f.parts).equals(f.total)).toBe(true);
          }
        }
        const comparison = compareScenario(data, {}, view);
        const deltas = new Map(
          comparison.rows.map((r) => [placeOf({ ...r, total: r.delta, parts: [] }), r.delta]),
        );
        for (const f of d.rows) expect(f.total.equals(deltas.get(placeOf(f)) ?? Money.zero)).toBe(true);
        expect(d.country.map((c) => c.total.toKzt())).toEqual(comparison.country.map((c) => c.delta.toKzt()));
      }),
      RUNS,
    );
  });

  it("the parts do not depend on the order of reforms that commute (each on its own revenue line)", () => {
    const commuting = fc
      .tuple(receiptsArb, fc.integer({ min: 2020, max: 2027 }), viewArb)
      .chain(([receipts, year, view]) =>
        fc
          .tuple(fieldReformArb("a", "key"), fieldReformArb("b", "recipient"), fieldReformArb("c", "shares"))
          .chain((own) => fc.tuple(fc.subarray(own, { minLength: 2 }), reformArb("d"), fc.boolean()))
          .map(([own, other, withOther]) => {
            const codes = codesOf(receipts);
            const onReceipts = own.map((r) => onCodes(r, (j) => codes[j % 2] as string));
            // a reform of parameters and transfer terms only, which commutes with rule changes
            const rest = other.changes.filter((ch) => ch.kind !== "rule");
            const reforms =
              withOther && rest.length > 0 ? [...onReceipts, { ...other, changes: rest }] : onReceipts;
            return { receipts, year, view, reforms };
          }),
      );
    fc.assert(
      fc.property(commuting, fc.nat(), ({ receipts, year, view, reforms }, shift) => {
        const byId = (d: ReformDecomposition) =>
          families(d).map((figures) =>
            figures.map((f) => ({
              place: placeOf(f),
              total: f.total.toKzt(),
              parts: Object.fromEntries(f.parts.map((p, i) => [d.components[i]?.id, p.toKzt()])),
            })),
          );
        const k = shift % reforms.length;
        const turned = [...reforms.slice(k), ...reforms.slice(0, k)].reverse();
        const first = decomposeReforms(scenario(receipts, year, reforms), {}, view);
        const second = decomposeReforms(scenario(receipts, year, turned), {}, view);
        expect(byId(second)).toEqual(byId(first));
      }),
      RUNS,
    );
  });

  it("a reform that changes nothing gets zero in every figure", () => {
    fc.assert(
      fc.property(caseArb, reformArb("idle"), fc.nat(), (c, idle, at) => {
        // from 2090, after every receipt and every year of the scenario (on the rules in force then)
        const { until: _until, ...open } = idle;
        const nothing = fitToLaw({ ...open, effectiveFrom: "2090-01-01" });
        const reforms = [...c.reforms];
        reforms.splice(at % (reforms.length + 1), 0, nothing);
        const d = decomposeReforms(scenario(c.receipts, c.year, reforms), {}, c.view);
        const i = d.components.findIndex((x) => x.id === "idle");
        for (const figures of families(d)) {
          for (const f of figures) expect(f.parts[i]?.toKzt()).toBe("0.00");
        }
      }),
      RUNS,
    );
  });

  it("a lone reform's part is the whole effect", () => {
    fc.assert(
      fc.property(caseArb, ({ receipts, year, view, reforms }) => {
        const d = decomposeReforms(scenario(receipts, year, reforms.slice(0, 1)), {}, view);
        for (const figures of families(d)) {
          for (const f of figures) expect(f.parts.map((p) => p.toKzt())).toEqual([f.total.toKzt()]);
        }
      }),
      RUNS,
    );
  });
});

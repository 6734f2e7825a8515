import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { Money } from "../../money/money.js";
import { generalTransferCitation } from "../equalisation/general-transfer.js";
import {
  type DistrictPlanInput,
  type PlannedTransfer,
  type PlanUnitInput,
  planDistrict,
  volumeKindOf,
} from "../plan/district-plan.js";
import type { PlannedGeneralTransfer } from "../postings/transfer-postings.js";
import {
  type ReplanResult,
  type ReplanWindow,
  replanDistrict,
  replanWindow,
  type TransferSchedule,
} from "./replan.js";

const RUNS = { numRuns: 250 };
const YEARS = Array.from({ length: 2030 - 2018 + 1 }, (_, i) => 2018 + i);
const rateArb = fc.constantFrom("-0.1", "0", "0.05", "0.123", "0.5");
/** Zero often enough that revenues equal costs and the formula gives "none". */
const moneyArb = fc.oneof(
  fc.constant(Money.zero),
  fc.bigInt({ min: 0n, max: 10_000_000_000n }).map((t) => Money.fromTiyn(t)),
);
const transferArb: fc.Arbitrary<PlannedTransfer> = fc
  .record({
    kind: fc.constantFrom("subvention" as const, "withdrawal" as const, "none" as const),
    tiyn: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    source: fc.constantFrom("fixed" as const, "formula" as const, "equalisation" as const),
  })
  .map(({ kind, tiyn, source }) => ({
    kind,
    amount: kind === "none" ? Money.zero : Money.fromTiyn(tiyn),
    source,
    citation: generalTransferCitation(2026, KZ_LAW),
  }));

/** One unit: its forecast inputs, a previous entry for every year 2018–2030, which of them to drop. */
const unitArb = fc.record({
  lines: fc.array(fc.tuple(moneyArb, rateArb), { minLength: 1, maxLength: 2 }),
  costs: moneyArb,
  costGrowth: rateArb,
  previous: fc.array(transferArb, { minLength: YEARS.length, maxLength: YEARS.length }),
  present: fc.array(fc.boolean(), { minLength: YEARS.length, maxLength: YEARS.length }),
  fixed: fc.array(
    fc.record({
      offset: fc.integer({ min: 1, max: 3 }),
      kind: fc.constantFrom("subvention" as const, "budget_withdrawal" as const),
      amount: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    }),
    { maxLength: 2 },
  ),
  /** Whether to repeat the kept volumes as fixed volumes (accepted when equal). */
  repeatKept: fc.boolean(),
});

const caseArb = (madeIn: fc.Arbitrary<number>) =>
  fc.record({
    madeIn,
    cycleStart: fc.constantFrom(2026, 2027, 2028, 2029),
    span: fc.integer({ min: 1, max: 3 }),
    unitBaseBack: fc.integer({ min: 0, max: 2 }),
    reversed: fc.boolean(),
    units: fc.array(unitArb, { minLength: 1, maxLength: 4 }),
  });
type Case = typeof caseArb extends (m: fc.Arbitrary<number>) => fc.Arbitrary<infer C> ? C : never;

/** The previous schedule, the new input and the window of a case. */
function build(c: Case): { w: ReplanWindow; previous: TransferSchedule; input: DistrictPlanInput } {
  const w = replanWindow(c.madeIn, KZ_LAW, c.cycleStart);
  // mid-cycle the plan must reach the cycle's end; otherwise any horizon up to the window's last year
  const horizon = w.keptYears.length > 0 ? w.lastYear : Math.min(w.lastYear, c.madeIn + c.span);
  const unitBase = Math.max(2018, c.madeIn - c.unitBaseBack);
  const code = (i: number) => `39480${String(i + 1).padStart(4, "0")}`;
  const previous: TransferSchedule = {
    units: c.units.map((u, i) => {
      const years = YEARS.flatMap((year, k) =>
        u.present[k] === true || w.keptYears.includes(year)
          ? [{ year, transfer: u.previous[k] as PlannedTransfer }]
          : [],
      );
      return { code: code(i), years: c.reversed ? years.reverse() : years };
    }),
  };
  const units = c.units.map((u, i): PlanUnitInput => {
    const seen = new Set<number>();
    const fixed: PlannedGeneralTransfer[] = [];
    if (w.keptYears.length === 0) {
      for (const f of u.fixed) {
        const year = c.madeIn + f.offset;
        if (year > horizon || seen.has(year)) continue;
        seen.add(year);
        fixed.push({ year, kind: f.kind, amount: Money.fromTiyn(f.amount) });
      }
    } else if (u.repeatKept) {
      for (const year of w.keptYears) {
        const t = u.previous[YEARS.indexOf(year)] as PlannedTransfer;
        if (t.kind !== "none")
          fixed.push({
            year,
            kind: volumeKindOf(t.kind),
            amount: t.amount,
          });
      }
    }
    return {
      code: code(i),
      name: `U${i}`,
      base: {
        year: unitBase,
        ownRevenues: Object.fromEntries(u.lines.map(([m], j) => [`l${j}`, m])),
        costs: u.costs,
      },
      revenueGrowth: Object.fromEntries(u.lines.map(([, r], j) => [`l${j}`, r])),
      costGrowth: u.costGrowth,
      ...(fixed.length === 0 ? {} : { fixedVolumes: fixed }),
    };
  });
  return {
    w,
    previous,
    input: { district: { code: "394800000", name: "D" }, baseYear: c.madeIn, horizon, units },
  };
}

const run = (
  c: Case,
): { r: ReplanResult; previous: TransferSchedule; input: DistrictPlanInput; w: ReplanWindow } => {
  const b = build(c);
  return {
    ...b,
    r: replanDistrict(
      { previous: b.previous, madeIn: c.madeIn, input: b.input, cycleStart: c.cycleStart },
      KZ_LAW,
    ),
  };
};

describe("replanDistrict — properties", () => {
  it("re-planning never changes an executed year", () => {
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 2018, max: 2029 })), (c) => {
        const { r, previous } = run(c);
        previous.units.forEach((p, i) => {
          const merged = r.units[i];
          expect(merged?.code).toBe(p.code);
          const before = p.years.filter((y) => y.year <= c.madeIn).sort((a, b) => a.year - b.year);
          const executed = merged?.years.filter((y) => y.year <= c.madeIn) ?? [];
          // every year ≤ madeIn is the previous entry itself, and nothing else is
          expect(executed.map((y) => y.year)).toEqual(before.map((y) => y.year));
          executed.forEach((y, k) => {
            expect(y.transfer).toBe(before[k]?.transfer);
            expect(y.status).toBe("executed");
          });
          // the years after madeIn are the new plan's, in order
          expect(merged?.years.filter((y) => y.year > c.madeIn).map((y) => y.year)).toEqual(r.plan.years);
        });
        expect(r.plan.years.every((y) => y > c.madeIn)).toBe(true);
        expect(r.plan.byYear.every((d) => d.balanced)).toBe(true);
      }),
      RUNS,
    );
  });

  it("under the three-year rule a mid-cycle re-plan keeps every volume of the cycle", () => {
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 2025, max: 2029 })), (c) => {
        fc.pre(!replanWindow(c.madeIn, KZ_LAW, c.cycleStart).startsCycle);
        const { r, previous, w } = run(c);
        expect(r.regime).toBe("three_year");
        expect(r.plan.years).toEqual(w.keptYears);
        const cycle = w.cycle as NonNullable<ReplanWindow["cycle"]>;
        expect(w.keptYears.every((y) => y > cycle.start && y <= cycle.end)).toBe(true);
        previous.units.forEach((p, i) => {
          const plan = r.plan.units[i];
          for (const year of w.keptYears) {
            const before = p.years.find((y) => y.year === year)?.transfer as PlannedTransfer;
            const after = r.units[i]?.years.find((y) => y.year === year);
            expect(after?.status).toBe("kept");
            expect(after?.rule.article).toBe("79");
            expect(after?.transfer).toBe(before);
            // the plan carries the same volume, with the new forecasts in its balance
            const py = plan?.years.find((y) => y.year === year);
            expect(py?.transfer.kind).toBe(before.kind);
            expect(py?.transfer.amount.equals(before.amount)).toBe(true);
            // a posting exactly when there is an amount
            const posted = plan?.postings.filter((x) => x.date.startsWith(`${year}-`)) ?? [];
            expect(posted.map((x) => x.amount.tiyn)).toEqual(
              before.amount.isZero() ? [] : [before.amount.tiyn],
            );
          }
        });
      }),
      RUNS,
    );
  });

  it("under rolling rules the new years are exactly the new plan's", () => {
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 2018, max: 2024 })), (c) => {
        const { r, input } = run(c);
        expect(r.regime).toBe("rolling");
        expect(r.citation.article).toBe("45");
        const direct = planDistrict(input, KZ_LAW);
        expect(r.plan.years).toEqual(direct.years);
        r.plan.units.forEach((u, i) => {
          const later = r.units[i]?.years.filter((y) => y.year > c.madeIn) ?? [];
          expect(later.map((y) => y.year)).toEqual(u.years.map((y) => y.year));
          later.forEach((y, k) => {
            expect(y.status).toBe("replanned");
            expect(y.transfer).toBe(u.years[k]?.transfer);
            const d = direct.units[i]?.years[k];
            expect(y.transfer.kind).toBe(d?.transfer.kind);
            expect(y.transfer.amount.tiyn).toBe(d?.transfer.amount.tiyn);
            expect(y.transfer.source).toBe(d?.transfer.source);
            expect(u.years[k]?.balance.tiyn).toBe(d?.balance.tiyn);
          });
        });
      }),
      RUNS,
    );
  });

  it("re-planning year after year: a year's volume never changes once executed, nor within its cycle", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2028 }),
        fc.constantFrom(2026, 2027, 2028),
        fc.array(unitArb, { minLength: 1, maxLength: 3 }),
        fc.array(rateArb, { minLength: 12, maxLength: 12 }),
        (first, cycleStart, units, costRates) => {
          // a first plan has no previous volumes to keep: it is made at most at a cycle's start
          fc.pre(replanWindow(first, KZ_LAW, cycleStart).keptYears.length === 0);
          let previous: ReplanResult | undefined;
          const decided = new Map<string, PlannedTransfer>(); // `${code}:${year}` → volume once executed
          for (let madeIn = first; madeIn <= 2029; madeIn++) {
            const w = replanWindow(madeIn, KZ_LAW, cycleStart);
            const horizon = w.lastYear;
            const input: DistrictPlanInput = {
              district: { code: "394800000", name: "D" },
              baseYear: madeIn,
              horizon,
              units: units.map((u, i) => ({
                code: `39480${String(i + 1).padStart(4, "0")}`,
                name: `U${i}`,
                base: {
                  year: first,
                  ownRevenues: Object.fromEntries(u.lines.map(([m], j) => [`l${j}`, m])),
                  costs: u.costs,
                },
                revenueGrowth: Object.fromEntries(u.lines.map(([, r], j) => [`l${j}`, r])),
                // the cost forecast changes every year the plan is made
                costGrowth: costRates[madeIn - 2018] ?? "0",
              })),
            };
            const r: ReplanResult = replanDistrict({ previous, madeIn, input, cycleStart }, KZ_LAW);
            for (const u of r.units) {
              for (const y of u.years) {
                const key = `${u.code}:${y.year}`;
                const was = decided.get(key);
                if (y.status !== "replanned") expect(y.transfer).toBe(was);
                if (y.status === "replanned") {
                  expect(y.year).toBeGreaterThan(madeIn);
                  // a cycle's volumes are set only by the plan made just before the cycle starts
                  if (w.regime === "three_year") expect(w.startsCycle).toBe(true);
                }
                decided.set(key, y.transfer);
              }
            }
            previous = r;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { valueOn } from "../../calendar/dated.js";
import type { RevenueList } from "../../law/law.js";
import { balances } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import { forecastRevenueLines } from "../forecast/revenue-lines.js";
import { type DistrictPlanInput, type PlanUnitInput, planDistrict } from "./district-plan.js";

const RUNS = { numRuns: 250 };
const rateArb = fc.constantFrom("-0.1", "0", "0.05", "0.123", "0.5");
const moneyArb = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map((t) => Money.fromTiyn(t));

/** A district of 1–5 units with random lines, growth and (optionally) fixed volumes. */
const inputArb = (withFixed: boolean): fc.Arbitrary<DistrictPlanInput> =>
  fc
    .record({
      baseYear: fc.integer({ min: 2020, max: 2029 }),
      span: fc.integer({ min: 1, max: 5 }),
      units: fc.array(
        fc.record({
          lines: fc.array(fc.tuple(moneyArb, rateArb), { minLength: 1, maxLength: 3 }),
          costs: moneyArb,
          costGrowth: rateArb,
          fixed: fc.array(
            fc.record({
              offset: fc.integer({ min: 1, max: 5 }),
              kind: fc.constantFrom("subvention" as const, "budget_withdrawal" as const),
              amount: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
            }),
            { maxLength: withFixed ? 3 : 0 },
          ),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map(({ baseYear, span, units }) => {
      const horizon = Math.min(2030, baseYear + span);
      return {
        district: { code: "100000000", name: "D" },
        baseYear,
        horizon,
        units: units.map((u, i): PlanUnitInput => {
          const seen = new Set<number>();
          return {
            code: `10000${String(i + 1).padStart(4, "0")}`,
            name: `U${i}`,
            base: {
              year: baseYear,
              ownRevenues: Object.fromEntries(u.lines.map(([m], j) => [`l${j}`, m])),
              costs: u.costs,
            },
            revenueGrowth: Object.fromEntries(u.lines.map(([, r], j) => [`l${j}`, r])),
            costGrowth: u.costGrowth,
            fixedVolumes: u.fixed
              .map((f) => ({ year: baseYear + f.offset, kind: f.kind, amount: Money.fromTiyn(f.amount) }))
              .filter((f) => f.year <= horizon && !seen.has(f.year) && seen.add(f.year) !== undefined),
          };
        }),
      };
    });

describe("planDistrict — properties", () => {
  it("under the formula every unit's balance is exactly zero every year", () => {
    fc.assert(
      fc.property(inputArb(false), (input) => {
        const plan = planDistrict(input, KZ_LAW);
        for (const u of plan.units) {
          expect(u.years).toHaveLength(input.horizon - input.baseYear);
          for (const y of u.years) {
            expect(y.transfer.source).toBe("formula");
            expect(y.balance.isZero()).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("the outlay is Σ subventions − Σ withdrawals and the ledger balances sum to zero", () => {
    fc.assert(
      fc.property(inputArb(true), (input) => {
        const plan = planDistrict(input, KZ_LAW);
        let total = 0n;
        for (const d of plan.byYear) {
          let net = 0n;
          for (const u of plan.units) {
            const t = u.years.find((y) => y.year === d.year)?.transfer;
            if (t?.kind === "subvention") net += t.amount.tiyn;
            if (t?.kind === "withdrawal") net -= t.amount.tiyn;
          }
          expect(d.outlay.tiyn).toBe(net);
          expect(d.outlay.equals(d.subventions.minus(d.withdrawals))).toBe(true);
          expect(d.districtBalanceChange.tiyn).toBe(-net);
          expect(d.balanced).toBe(true);
          total += net;
        }
        const all = balances(plan.postings);
        expect(Money.sum([...all.values()].map((b) => b.balance)).isZero()).toBe(true);
        expect(all.get("budget:3:100000000")?.balance.tiyn ?? 0n).toBe(-total);
        // every fixed volume is carried as given
        input.units.forEach((u, i) => {
          for (const f of u.fixedVolumes ?? []) {
            const t = plan.units[i]?.years.find((y) => y.year === f.year)?.transfer;
            expect(t?.source).toBe("fixed");
            expect(t?.amount.equals(f.amount ?? Money.zero)).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });
});

const SLUGS = [
  "single-land-tax",
  "outdoor-advertising-fee",
  "outdoor-advertising-fee-2026",
  "land-use-fee",
  "interest-on-loans",
  "property-tax-individuals",
  "tax",
  "tax_revenue",
] as const;

/** The list in force on 1 January of `year`, read from the law's series for the property. */
const listOf = (year: number): RevenueList => valueOn(KZ_LAW.revenueLists, `${year}-01-01`).value;
/** Whether any of the law's lists carries the line: only such slugs are checked. */
const known = (slug: string): boolean =>
  KZ_LAW.revenueLists.entries.some((e) => e.value.lines.some((l) => l.slug === slug));

describe("planDistrict — properties of the drivers", () => {
  it("own revenues + excluded lines = Σ all forecast lines, and exactly the unlisted slugs are excluded", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2029 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.uniqueArray(fc.tuple(fc.constantFrom(...SLUGS), moneyArb, rateArb), {
          minLength: 1,
          maxLength: 6,
          selector: ([name]) => name,
        }),
        (baseYear, span, includeBaseYear, lines) => {
          const horizon = Math.min(2030, baseYear + span);
          const base = { year: baseYear, lines: Object.fromEntries(lines.map(([n, m]) => [n, m])) };
          const growth = Object.fromEntries(lines.map(([n, , r]) => [n, r]));
          const plan = planDistrict(
            {
              district: { code: "100000000", name: "D" },
              baseYear,
              horizon,
              includeBaseYear,
              units: [
                {
                  code: "100000001",
                  name: "U",
                  base: { year: baseYear, ownRevenues: base.lines, costs: Money.zero },
                  revenueGrowth: growth,
                  costGrowth: "0",
                },
              ],
            },
            KZ_LAW,
          );
          const all = forecastRevenueLines(base, growth, horizon);
          for (const y of plan.units[0]?.years ?? []) {
            const lines = all.find((a) => a.year === y.year);
            const excluded = Money.sum(y.excludedLines.map((e) => e.forecast));
            expect(y.ownRevenues.total.plus(excluded).equals(lines?.total ?? Money.zero)).toBe(true);
            expect(y.ownRevenues.total.equals(Money.sum(Object.values(y.ownRevenues.lines)))).toBe(true);
            const list = listOf(y.year);
            const unlisted = Object.keys(lines?.lines ?? {}).filter(
              (n) => known(n) && !list.lines.some((l) => l.slug === n),
            );
            expect(y.excludedLines.map((e) => e.line)).toEqual(unlisted);
          }
        },
      ),
      RUNS,
    );
  });

  it("a constant population changes no cost and no transfer", () => {
    fc.assert(
      fc.property(inputArb(true), fc.integer({ min: 1, max: 100_000 }), (input, people) => {
        const years = Array.from(
          { length: input.horizon - input.baseYear },
          (_, i) => input.baseYear + 1 + i,
        );
        const population = { base: people, byYear: Object.fromEntries(years.map((y) => [y, people])) };
        const withPopulation = planDistrict(
          {
            ...input,
            units: input.units.map((u) => ({ ...u, population })),
          },
          KZ_LAW,
        );
        const without = planDistrict(input, KZ_LAW);
        withPopulation.units.forEach((u, i) => {
          u.years.forEach((y, j) => {
            const other = without.units[i]?.years[j];
            expect(y.costs.equals(other?.costs ?? Money.zero)).toBe(true);
            expect(y.transfer.amount.equals(other?.transfer.amount ?? Money.zero)).toBe(true);
            expect(y.population).toBe(people);
          });
        });
      }),
      { numRuns: 100 },
    );
  });
});

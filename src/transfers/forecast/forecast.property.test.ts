import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { Money } from "../../money/money.js";
import { forecastCosts } from "./costs.js";
import { mrpPath } from "./mrp-path.js";
import { LAST_FORECAST_YEAR } from "./rates.js";
import { forecastRevenueLines } from "./revenue-lines.js";

/** A base year and a horizon with base ≤ horizon ≤ 2030. */
const span = fc
  .integer({ min: 2018, max: LAST_FORECAST_YEAR })
  .chain((year) =>
    fc.record({ year: fc.constant(year), horizon: fc.integer({ min: year, max: LAST_FORECAST_YEAR }) }),
  );
const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((t) => Money.fromTiyn(t));
/** A rate from −100 % to +100 % with four decimals, as a plain decimal string. */
const rateTenThousandths = fc.integer({ min: -10_000, max: 10_000 });
const asRate = (n: number): string => new Decimal(n).dividedBy(10_000).toFixed();
/** Exact for these sizes: products of at most 12 four-decimal factors and a 16-digit amount. */
const Exact = Decimal.clone({ precision: 200 });
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("forecast properties", () => {
  it("growth 0 keeps the base, for revenue lines and costs", () => {
    fc.assert(
      fc.property(span, amount, ({ year, horizon }, base) => {
        const lines = forecastRevenueLines({ year, lines: { tax: base } }, { tax: "0" }, horizon);
        const costs = forecastCosts(
          { method: "growth", base: { year, costs: base }, growth: 0, horizon },
          KZ_LAW,
        );
        for (const y of lines) expect(y.lines.tax?.equals(base)).toBe(true);
        for (const y of costs.years) expect(y.total.equals(base)).toBe(true);
      }),
    );
  });

  it("forecasts are monotonic in the growth rate", () => {
    fc.assert(
      fc.property(span, amount, rateTenThousandths, rateTenThousandths, ({ year, horizon }, base, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const revenue = (r: number) =>
          forecastRevenueLines({ year, lines: { tax: base } }, { tax: asRate(r) }, horizon).map(
            (y) => y.lines.tax?.tiyn ?? -1n,
          );
        const current = (r: number) =>
          forecastCosts(
            {
              method: "by_direction",
              baseYear: year,
              horizon,
              directions: [{ direction: "lighting", kind: "current", base, indexation: asRate(r) }],
            },
            KZ_LAW,
          ).years.map((y) => y.total.tiyn);
        const [rl, rh, cl, ch] = [revenue(low), revenue(high), current(low), current(high)];
        rl.forEach((v, i) => {
          expect(v <= (rh[i] ?? -1n)).toBe(true);
        });
        cl.forEach((v, i) => {
          expect(v <= (ch[i] ?? -1n)).toBe(true);
        });
      }),
    );
  });

  it("results are whole tiyn: the exact compounded value rounded half away from zero", () => {
    fc.assert(
      fc.property(
        span,
        amount,
        fc.array(rateTenThousandths, { minLength: 13, maxLength: 13 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 13, maxLength: 13 }),
        ({ year, horizon }, base, rates, consumersBase, consumers) => {
          const later = range(year + 1, horizon);
          const indexation = Object.fromEntries(later.map((y, i) => [y, asRate(rates[i] ?? 0)]));
          const byYear = Object.fromEntries(later.map((y, i) => [y, consumers[i] ?? 0]));
          const f = forecastCosts(
            {
              method: "by_direction",
              baseYear: year,
              horizon,
              directions: [
                {
                  direction: "d",
                  kind: "current",
                  base,
                  indexation,
                  consumers: { base: consumersBase, byYear },
                },
              ],
            },
            KZ_LAW,
          );
          let factor = new Exact(1);
          f.years.forEach((y, i) => {
            const yearNumber = year + i;
            if (i > 0) factor = factor.times(new Exact(1).plus(indexation[yearNumber] ?? "0"));
            const [served, baseServed] = i === 0 ? [1, 1] : [byYear[yearNumber] ?? 0, consumersBase];
            // exact value = n / d with n = base × factor × served, d = baseServed; the result r is it rounded
            // half away from zero (all ≥ 0): 2·d·r ≤ 2n + d < 2·d·(r + 1)
            const twiceN = new Exact(base.tiyn.toString())
              .times(factor)
              .times(served)
              .times(2)
              .plus(baseServed);
            const r = new Exact(y.total.tiyn.toString());
            expect(r.times(2 * baseServed).lte(twiceN) && twiceN.lt(r.plus(1).times(2 * baseServed))).toBe(
              true,
            );
          });
        },
      ),
    );
  });

  it("the horizon has exactly one value per year", () => {
    fc.assert(
      fc.property(
        span,
        fc.integer({ min: 2027, max: LAST_FORECAST_YEAR }),
        ({ year, horizon }, mrpHorizon) => {
          const expected = range(year, horizon);
          const lines = forecastRevenueLines(
            { year, lines: { tax: Money.kzt("1") } },
            { tax: "0.05" },
            horizon,
          );
          const costs = forecastCosts(
            {
              method: "growth",
              base: { year, costs: Money.kzt("1") },
              growth: "0.05",
              horizon,
            },
            KZ_LAW,
          );
          expect(lines.map((y) => y.year)).toEqual(expected);
          expect(costs.years.map((y) => y.year)).toEqual(expected);
          const mrp = mrpPath({
            known: KZ_LAW.parameters.mrp,
            indexation: { fromYear: 2027, rate: "0.08" },
            horizon: mrpHorizon,
          });
          expect(mrp.map((y) => y.year)).toEqual(range(2018, mrpHorizon));
        },
      ),
    );
  });
});

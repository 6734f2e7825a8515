import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueOn } from "../src/calendar/dated.js";
import type { IsoDate } from "../src/calendar/iso-date.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { landTax } from "../src/jurisdictions/kz/taxes/land/land-tax.js";
import { applyTaxReforms } from "../src/jurisdictions/kz/taxes/law/apply-tax-reforms.js";
import { KAZAKHSTAN_RATE_TABLES } from "../src/jurisdictions/kz/taxes/law/rate-tables.js";
import { KAZAKHSTAN_TAX_LAW, type TaxLaw } from "../src/jurisdictions/kz/taxes/law/tax-law.js";
import { vehicleTax } from "../src/jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
import { ROUNDING_MODES } from "../src/money/decimal.js";
import { inverseReform } from "../src/reform/inverse.js";
import { seriesAt } from "../src/reform/rate-tables.js";
import type { Reform } from "../src/reform/reform-schema.js";

/**
 * The guarantees of rate reforms over generated `tax_rate` changes (every rate table of the Kazakh tax
 * law, factors 0.01–3, every rounding mode, first days 2018–2026 (every table has entries to the end of
 * 2026; a change whose days meet none is refused), maslikhat coefficients within the
 * limit): a factor of 1 changes nothing, byte for byte; nothing changes before the reform's first day; a
 * reform followed by its inverse gives the original tax law, day by day.
 */

const RUNS = { numRuns: 40 };
const PATHS = Object.keys(KAZAKHSTAN_RATE_TABLES.tables);
const TAXES = { taxLaw: KAZAKHSTAN_TAX_LAW, tables: KAZAKHSTAN_RATE_TABLES };
const YEARS = Array.from({ length: 10 }, (_, i) => 2018 + i);

const dayArb = fc
  .record({
    year: fc.integer({ min: 2018, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ year, month, day }) =>
      `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate,
  );
// factors 0.50–1.50, at most three of them: a compounded rate stays a percentage (the top IIT band, 15 %, × 1.5³ = 50.6 %)
const factorArb = fc.integer({ min: 50, max: 150 }).map((n) => (n / 100).toFixed(2));
const roundingArb = fc.constantFrom(...ROUNDING_MODES);

type Change = Reform["changes"][number];
/** Every table but the maslikhat coefficient and its limit: scaling those may leave the range (tested apart). */
const SCALED = PATHS.filter((p) => !p.startsWith("land.maslikhatAdjustment"));
const scaleArb: fc.Arbitrary<Change> = fc.record({
  kind: fc.constant("tax_rate" as const),
  path: fc.constantFrom(...SCALED),
  scale: factorArb,
  rounding: roundingArb,
});
const coefficientArb: fc.Arbitrary<Change> = fc.integer({ min: -50, max: 50 }).map((p) => ({
  kind: "tax_rate" as const,
  path: "land.maslikhatAdjustmentPercent",
  value: String(p),
}));

const changesArb = fc.array(fc.oneof(scaleArb, coefficientArb), { minLength: 1, maxLength: 3 });

const reformOf = (changes: Change[], effectiveFrom: IsoDate): Reform => ({
  id: "generated",
  title: "generated rate reform",
  effectiveFrom,
  label: { kind: "proposal", author: "property test", text: "rates" },
  changes,
});

/** The value of every rate table on `day`. */
const valuesOn = (law: TaxLaw, day: IsoDate) =>
  PATHS.map((path) => {
    const series = seriesAt(law, path);
    return series?.entries.some((e) => e.from <= day && (e.to === undefined || day <= e.to))
      ? valueOn(series, day).value
      : "no entry";
  });

/** Settlement land from 2020 (the 2018–2019 rows were not read). */
const village = (year: number) =>
  ({
    year,
    payer: "legal_entity",
    plot: { kind: "settlement", areaM2: "1234.5", category: "village" },
  }) as const;
const car = (year: number) =>
  ({
    year,
    payer: "individual",
    vehicle: { kind: "passenger_car", engineCc: 2400, manufacturedYear: 2015 },
    ...(year >= 2026 ? { ageCoefficientScope: "whole_amount" as const } : {}),
  }) as const;

describe("rate reforms you can trust", () => {
  it("a factor of 1 changes nothing, byte for byte", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), roundingArb, dayArb, (path, rounding, from) => {
        const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
          reformOf([{ kind: "tax_rate", path, scale: "1", rounding }], from),
        ]);
        expect(law).toBe(KAZAKHSTAN_TAX_LAW);
      }),
      RUNS,
    );
  });

  it("nothing changes before the reform's first day", () => {
    fc.assert(
      fc.property(changesArb, dayArb, (changes, from) => {
        const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [reformOf(changes, from)]);
        const days = [
          ...YEARS.map((y) => `${y}-01-01` as IsoDate),
          `${from.slice(0, 8)}01` as IsoDate,
        ].filter((d) => d < from);
        for (const day of days) {
          const before = valuesOn(KAZAKHSTAN_TAX_LAW, day);
          const after = valuesOn(law, day);
          for (const [i, value] of before.entries()) expect(after[i]).toBe(value);
        }
        for (const year of YEARS.filter((y) => `${y}-01-01` < from && y <= 2026)) {
          if (year >= 2020) expect(landTax(village(year), law)).toEqual(landTax(village(year)));
          expect(vehicleTax(car(year), law)).toEqual(vehicleTax(car(year)));
        }
      }),
      RUNS,
    );
  });

  it("a reform followed by its inverse gives the original tax law", () => {
    fc.assert(
      fc.property(changesArb, dayArb, (changes, from) => {
        const reform = reformOf(changes, from);
        // a reform that changes nothing (a table with no entry on its days) has an empty inverse, and a
        // reform without changes is refused: the reform alone is then the original
        const inverse = inverseReform(reform, kazakhstanLaw(), TAXES);
        const undone = applyTaxReforms(
          KAZAKHSTAN_TAX_LAW,
          inverse.changes.length === 0 ? [reform] : [reform, inverse],
        );
        for (const day of [...YEARS.map((y) => `${y}-01-01` as IsoDate), from]) {
          expect(valuesOn(undone, day)).toEqual(valuesOn(KAZAKHSTAN_TAX_LAW, day));
        }
        for (const year of YEARS.filter((y) => y >= 2018 && y <= 2026)) {
          if (year >= 2020)
            expect(landTax(village(year), undone).amount).toEqual(landTax(village(year)).amount);
          expect(vehicleTax(car(year), undone).amount).toEqual(vehicleTax(car(year)).amount);
        }
      }),
      RUNS,
    );
  });
});

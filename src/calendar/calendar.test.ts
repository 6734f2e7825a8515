import { format, isValid, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../test/support.js";
import type { Citation } from "../citation/citation.js";
import { datedSeries, valueOn, valueOnFirstJanuary } from "./dated.js";
import {
  addDays,
  addMonths,
  addYears,
  firstJanuary,
  fiscalYearOf,
  type IsoDate,
  isIsoDate,
  isoDate,
  lastDecember,
  nextDay,
  previousDay,
} from "./iso-date.js";

const citation: Citation = { act: "test act", article: "1", versionDate: "2026-01-01" };

describe("ISO dates", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true); // 2024 is a leap year
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    expect(isIsoDate("2026-01-01T00:00")).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
    expect(codeOf(() => isoDate("2025-02-29", "payment date"))).toBe("INVALID_DATE");
  });
  it("property: agrees with date-fns on any YYYY-MM-DD string", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const text = fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(text, (s) => {
        const parsed = parseISO(s);
        expect(isIsoDate(s)).toBe(isValid(parsed) && format(parsed, "yyyy-MM-dd") === s);
      }),
      { numRuns: 2000 },
    );
  });
  it("steps over month, year and leap-day boundaries", () => {
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2025-02-28")).toBe("2025-03-01");
    expect(nextDay("2025-12-31")).toBe("2026-01-01");
    expect(previousDay("2026-01-01")).toBe("2025-12-31");
    expect(previousDay("2024-03-01")).toBe("2024-02-29");
  });
  it("fiscal year is the calendar year", () => {
    expect(fiscalYearOf("2026-12-31")).toBe(2026);
    expect(firstJanuary(2026)).toBe("2026-01-01");
    expect(lastDecember(2025)).toBe("2025-12-31");
  });
  it("property: day arithmetic agrees with UTC arithmetic on every day 1900-2100, in any time zone", () => {
    // The reference: JavaScript's UTC calendar, which no time zone can shift. CI runs this file under
    // UTC, Asia/Almaty, America/Adak, Pacific/Kiritimati and Pacific/Apia.
    const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
    const day = fc.integer({ min: 0, max: 201 * 366 }).map((n) => utc(1900, 0, 1 + n) as IsoDate);
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
        expect(isIsoDate(d)).toBe(true);
        expect(nextDay(d)).toBe(utc(y, m - 1, dd + 1));
        expect(previousDay(d)).toBe(utc(y, m - 1, dd - 1));
        expect(addDays(d, n)).toBe(utc(y, m - 1, dd + n));
        const lastOfTarget = new Date(Date.UTC(y, m - 1 + (n % 40) + 1, 0)).getUTCDate();
        expect(addMonths(d, n % 40)).toBe(utc(y, m - 1 + (n % 40), Math.min(dd, lastOfTarget)));
      }),
      { numRuns: 3000 },
    );
  });
  it("steps over the date line: no local-time arithmetic", () => {
    expect(nextDay("1994-12-30")).toBe("1994-12-31"); // Kiribati skipped 31 Dec 1994 locally
    expect(addDays("2011-12-29", 1)).toBe("2011-12-30"); // Samoa skipped 30 Dec 2011 locally
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(codeOf(() => addDays("2026-01-01", 0.5))).toBe("INVALID_DATE");
    expect(codeOf(() => addDays("9999-12-31", 1))).toBe("INVALID_DATE");
  });
});

describe("dated series", () => {
  // MRP in 2020: 2,651 KZT from 1 Jan, 2,778 KZT from 1 Apr (domain notes §5)
  const mrp = datedSeries("MRP, KZT", [
    { from: "2020-04-01", to: "2020-12-31", value: 2778, citation },
    { from: "2020-01-01", to: "2020-03-31", value: 2651, citation },
    { from: "2021-01-01", value: 2917, citation },
  ]);

  it("gives the value in force on a date, and on 1 January of a year", () => {
    expect(valueOn(mrp, "2020-03-31").value).toBe(2651);
    expect(valueOn(mrp, "2020-04-01").value).toBe(2778);
    expect(valueOn(mrp, "2030-06-01").value).toBe(2917);
    expect(valueOnFirstJanuary(mrp, 2020).value).toBe(2651);
    expect(mrp.entries.map((e) => e.from)).toEqual(["2020-01-01", "2020-04-01", "2021-01-01"]);
  });
  it("never reuses a value for a date it does not cover", () => {
    expect(codeOf(() => valueOn(mrp, "2019-12-31"))).toBe("NO_VALUE_ON_DATE");
    expect(codeOf(() => valueOn(mrp, "2020-02-30"))).toBe("INVALID_DATE");
  });
  it("refuses overlaps, gaps, reversed ranges and missing citations", () => {
    expect(
      codeOf(() =>
        datedSeries("x", [
          { from: "2020-01-01", to: "2020-04-01", value: 1, citation },
          { from: "2020-04-01", value: 2, citation },
        ]),
      ),
    ).toBe("DATED_OVERLAP");
    expect(
      codeOf(() =>
        datedSeries("x", [
          { from: "2020-01-01", value: 1, citation },
          { from: "2021-01-01", value: 2, citation },
        ]),
      ),
    ).toBe("DATED_OVERLAP");
    expect(
      codeOf(() =>
        datedSeries("x", [
          { from: "2020-01-01", to: "2020-03-30", value: 1, citation },
          { from: "2020-04-01", value: 2, citation },
        ]),
      ),
    ).toBe("DATED_GAP");
    expect(
      codeOf(() => datedSeries("x", [{ from: "2020-02-01", to: "2020-01-01", value: 1, citation }])),
    ).toBe("INVALID_DATE");
    expect(
      codeOf(() =>
        datedSeries("x", [
          { from: "2020-01-01", value: 1, citation: { act: "", article: "1", versionDate: "2020-01-01" } },
        ]),
      ),
    ).toBe("INVALID_RULE");
  });
});

import { format, isValid, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../test/support.js";
import type { Citation } from "../citation/citation.js";
import { datedSeries, valueOn, valueOnFirstJanuary } from "./dated.js";
import {
  firstJanuary,
  fiscalYearOf,
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
  it("property: nextDay and previousDay invert each other on every day 2017-2031, in any time zone", () => {
    const day = fc.integer({ min: 0, max: 15 * 366 }).map((n) => {
      const d = new Date(Date.UTC(2017, 0, 1 + n));
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(day, (d) => {
        expect(isIsoDate(d)).toBe(true);
        expect(previousDay(nextDay(d))).toBe(d);
        expect(nextDay(d) > d).toBe(true);
      }),
      { numRuns: 1000 },
    );
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

import { describe, expect, it } from "vitest";
import { errorOf } from "../../../../test/support.js";
import { dueDate } from "./due-date.js";

/** The issues of the INVALID_INPUT error `f` throws. */
function issuesOf(f: () => unknown) {
  const e = errorOf(f);
  expect(e.code).toBe("INVALID_INPUT");
  return e.issues;
}

describe("dueDate", () => {
  it("gives the dates of the law read (see its doc) and checks the month", () => {
    // vehicle, individual: 1 April of the next year from 2020 (2017 Code Art. 494 as amended; 2026 Art. 567 p.2)
    expect(dueDate("vehicle", 2026, "individual")).toBe("2027-04-01");
    // advertising: the 25th of the month of placement (2026 Code Art. 656); before 2026 not read
    expect(dueDate("advertising", 2026, "legal_entity", 3)).toBe("2026-03-25");
    expect(dueDate("advertising", 2025, "legal_entity", 3)).toBeUndefined();
    for (const month of [0, 13, 1.5, Number.NaN]) {
      expect(issuesOf(() => dueDate("advertising", 2026, "legal_entity", month))).toEqual([
        { path: ["month"], code: "INVALID_INPUT", message: `${String(month)} is not a month 1–12` },
      ]);
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { checkInput } from "./parse.js";
import { rateOfYear, rateScheduleSchema, rateSchema, rateYearIssues } from "./rate.js";

const issues = (schema: z.ZodType, value: unknown) => checkInput(schema, value, "test").issues;

describe("a rate", () => {
  it("is a decimal fraction read as its canonical string: 0.05 is 5 %", () => {
    expect(rateSchema.parse("0.050")).toBe("0.05");
    expect(rateSchema.parse(0)).toBe("0");
    expect(rateSchema.parse(1n)).toBe("1");
    expect(rateSchema.parse("-1")).toBe("-1");
  });

  it("refuses a float, naming it and what would be valid", () => {
    expect(issues(rateSchema, 0.08)).toEqual([
      {
        path: [],
        code: "INVALID_INPUT",
        message:
          '0.08 is not a rate: give a decimal fraction such as "0.05" for 5 % (a string, never a float), a bigint or a safe integer',
      },
    ]);
  });

  it("refuses a rate below −100 %: a value cannot fall below zero", () => {
    expect(issues(rateSchema, "-1.01")[0]?.message).toBe(
      "rate -1.01 is below -1 (−100 %): a value cannot fall below zero",
    );
  });

  it("property: every decimal string from −1 up reads to itself, canonically", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 1_000_000 }), (n) => {
        const text = (n / 10_000).toFixed(4);
        const once = rateSchema.parse(text);
        expect(rateSchema.parse(once)).toBe(once);
        expect(Number(once)).toBe(Number(text));
      }),
    );
  });
});

describe("a rate schedule", () => {
  it("is one rate for every year or rates keyed by year", () => {
    expect(rateScheduleSchema.parse("0.1")).toBe("0.1");
    const byYear = rateScheduleSchema.parse({ 2027: "0.10", 2028: -1 });
    expect(byYear).toEqual({ 2027: "0.1", 2028: "-1" });
    expect(rateOfYear(byYear, 2027)).toBe("0.1");
    expect(rateOfYear(byYear, 2029)).toBeUndefined();
    expect(rateOfYear("0.1", 2029)).toBe("0.1");
  });

  it("names a key that is not a year and a bad rate by year at their paths", () => {
    // integer-like keys come first in a JavaScript object, whatever the order written
    expect(issues(rateScheduleSchema, { 2027: "0.1", next: "0.2", 2028: "x" })).toEqual([
      expect.objectContaining({ path: ["2028"], message: expect.stringContaining('"x" is not a rate') }),
      {
        path: ["next"],
        code: "INVALID_INPUT",
        message: '"next" is not a year: rates by year are keyed by the year, such as 2027',
      },
    ]);
  });

  it("refuses a float with the rate's own message, and anything else saying what would be valid", () => {
    expect(issues(rateScheduleSchema, 0.1)[0]?.message).toContain("0.1 is not a rate");
    expect(issues(rateScheduleSchema, [1])[0]?.message).toContain("rates by year such as { 2027:");
  });

  it("lists the years a schedule gives no rate, at their paths", () => {
    const schema = z.object({ growth: rateScheduleSchema }).superRefine((input, ctx) => {
      ctx.issues.push(...rateYearIssues(input.growth, [2026, 2027, 2028], ["growth"]));
    });
    expect(issues(schema, { growth: { 2027: "0" } })).toEqual([
      { path: ["growth", "2026"], code: "INVALID_INPUT", message: "no rate for 2026: give one (0 for none)" },
      { path: ["growth", "2028"], code: "INVALID_INPUT", message: "no rate for 2028: give one (0 for none)" },
    ]);
    expect(issues(schema, { growth: "0" })).toEqual([]);
  });

  it("has a JSON Schema (a decimal string, or one per year)", () => {
    const json = JSON.stringify(z.toJSONSchema(rateScheduleSchema, { io: "input", unrepresentable: "any" }));
    expect(json).toContain('"pattern"');
    expect(json).toContain('"additionalProperties"');
  });
});

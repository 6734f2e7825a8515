import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { datedSeries } from "../calendar/dated.js";
import { Money } from "../money/money.js";
import { citationSchema } from "./citation.js";
import { datedSeriesSchema } from "./dated.js";
import { decimalSchema, positiveDecimalSchema, wholeNumberSchema } from "./decimal.js";
import { moneySchema } from "./money.js";
import { checkInput } from "./parse.js";

const issues = (schema: z.ZodType, value: unknown) => checkInput(schema, value, "test").issues;

describe("decimal quantities", () => {
  it("read strings, bigints and safe integers as canonical decimal strings, never a float", () => {
    expect(decimalSchema().parse("1.50")).toBe("1.5");
    expect(decimalSchema().parse(1000)).toBe("1000");
    expect(decimalSchema().parse(12n)).toBe("12");
    expect(decimalSchema().parse("-0.70")).toBe("-0.7");
    for (const bad of [1.5, "1e3", "1,5", " 1", "", Number.NaN, 2 ** 60, null, {}, "1".repeat(41)]) {
      expect(decimalSchema().safeParse(bad).success).toBe(false);
    }
    expect(issues(decimalSchema(), 2.5)[0]?.message).toBe(
      '2.5 is not a decimal: give a plain decimal string such as "1.5" (never a float), a bigint or a safe integer',
    );
  });

  it("bounds: above, at least, at most, named in the message", () => {
    expect(issues(positiveDecimalSchema, "0")[0]?.message).toBe("0 must be above 0");
    expect(issues(decimalSchema({ min: 0, max: 1 }), "1.01")[0]?.message).toBe(
      "1.01 must be at least 0 and at most 1",
    );
    expect(decimalSchema({ min: 0, max: 1 }).parse("1.000")).toBe("1");
  });

  it("property: the canonical string is itself a valid input and reads to the same string", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 6 }), (units, places) => {
        const text =
          places === 0
            ? String(units)
            : `${units < 0n ? "-" : ""}${(units < 0n ? -units : units) / 10n ** BigInt(places)}.${((units < 0n ? -units : units) % 10n ** BigInt(places)).toString().padStart(places, "0")}`;
        const once = decimalSchema().parse(text);
        expect(decimalSchema().parse(once)).toBe(once);
      }),
    );
  });

  it("whole numbers name the value given", () => {
    const month = wholeNumberSchema(1, 12, (v) => `${v} is not a month 1–12`);
    expect(issues(month, 13)[0]?.message).toBe("13 is not a month 1–12");
    expect(issues(month, "3")[0]?.message).toBe('"3" is not a month 1–12');
    expect(month.parse(12)).toBe(12);
  });

  it("a number that is not whole is one issue and leaves the checks across fields around it running", () => {
    const month = wholeNumberSchema(1, 12, (v) => `${v} is not a month 1–12`);
    const range = z
      .object({ from: month, to: month })
      .superRefine((v, ctx) => ctx.addIssue({ code: "custom", path: ["to"], message: `after ${v.from}` }), {
        when: () => true,
      });
    expect(issues(range, { from: 1.5, to: 1 })).toEqual([
      { path: ["from"], code: "INVALID_INPUT", message: "1.5 is not a month 1–12" },
      { path: ["to"], code: "INVALID_INPUT", message: "after 1.5" },
    ]);
  });
});

describe("citations and dated series", () => {
  it("a citation without act, article or edition date is an INVALID_RULE issue at the missing part", () => {
    expect(issues(citationSchema, { act: "Tax Code", article: "", versionDate: "2026-01-01" })).toEqual([
      expect.objectContaining({ path: ["article"], code: "INVALID_RULE" }),
    ]);
    // a published value needs where it was published, not the article
    expect(
      issues(citationSchema, {
        act: "Tax Code",
        article: "",
        evidence: "published",
        publishedIn: "x",
        versionDate: "2026-01-01",
      }),
    ).toEqual([]);
  });

  it("a dated series is checked as datedSeries checks it: overlaps and gaps are named", () => {
    const citation = { act: "Law", article: "1", versionDate: "2026-01-01" };
    const series = datedSeries("MRP", [
      { from: "2025-01-01", to: "2025-12-31", value: Money.kzt(1), citation },
    ]);
    const schema = datedSeriesSchema(moneySchema);
    expect(issues(schema, series)).toEqual([]);
    const gap = {
      name: "MRP",
      entries: [...series.entries, { from: "2026-02-01", value: Money.kzt(2), citation }],
    };
    expect(issues(schema, gap)).toEqual([expect.objectContaining({ path: ["entries"], code: "DATED_GAP" })]);
  });
});

describe("issues of a union", () => {
  const benefit = z.union([
    z.enum(["named"]),
    z.strictObject({ mrp: decimalSchema(), citation: citationSchema }),
  ]);

  it("are the issues of the one branch the value is of the kind of, at their own paths", () => {
    const found = issues(z.strictObject({ benefit }), {
      benefit: { mrp: "1", citation: { act: "", article: "1", versionDate: "2026-01-01" } },
    });
    expect(found).toEqual([
      expect.objectContaining({ path: ["benefit", "citation", "act"], code: "INVALID_RULE" }),
    ]);
  });

  it("are the union's own issue when no branch fits", () => {
    const found = issues(z.strictObject({ benefit }), { benefit: 12 });
    expect(found.map((i) => i.path)).toEqual([["benefit"]]);
  });
});

describe("opaque parts of an input", () => {
  const schema = z.strictObject({ data: z.record(z.string(), z.number()), law: z.custom(() => true) });
  const forbidden = () => JSON.parse('{"__proto__": 1}') as unknown;
  it("are not looked into for forbidden keys, the rest of the input is", () => {
    const value = { data: forbidden(), law: { parts: forbidden() } };
    expect(checkInput(schema, value, "test", { opaque: ["law"] }).issues).toEqual([
      expect.objectContaining({ path: ["data", "__proto__"], code: "FORBIDDEN_KEY" }),
    ]);
    // without the option, both are found
    expect(checkInput(schema, value, "test").issues.map((i) => i.path)).toEqual([
      ["data", "__proto__"],
      ["law", "parts", "__proto__"],
    ]);
  });
});

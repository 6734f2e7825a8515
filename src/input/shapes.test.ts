import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fieldsSchema } from "./fields.js";
import { checkInput } from "./parse.js";
import { taggedUnion } from "./tagged.js";
import { ANY_KEY, whenValidAt } from "./when.js";

const issues = (schema: z.ZodType, value: unknown) => checkInput(schema, value, "test").issues;

describe("fieldsSchema", () => {
  const point = fieldsSchema({ x: z.number(), y: z.number() }, "a point");

  it("names an unknown field and lists the fields", () => {
    expect(issues(point, { x: 1, y: 2, z: 3 })).toEqual([
      {
        path: ["z"],
        code: "UNKNOWN_FIELD",
        message: 'unknown field "z" (a misspelling?): the fields of a point are x, y',
      },
    ]);
  });

  it("names a value that is not an object", () => {
    expect(issues(point, [1, 2])[0]?.message).toBe("an array of 2 is not a point { x, y }");
  });
});

describe("taggedUnion", () => {
  const limit = taggedUnion("kind", "a limit", '{ kind: "percent", percent } or { kind: "amount", amount }', [
    fieldsSchema({ kind: z.literal("percent"), percent: z.string() }, "a percent limit"),
    fieldsSchema({ kind: z.literal("amount"), amount: z.number() }, "an amount limit"),
  ]);

  it("names the tag given, a missing value, and a value that is not an object", () => {
    const valid = '{ kind: "percent", percent } or { kind: "amount", amount }';
    expect(issues(limit, { kind: "other" })[0]?.message).toBe(`a limit of kind "other" is not ${valid}`);
    expect(issues(limit, undefined)[0]?.message).toBe(`a limit is missing: give ${valid}`);
    expect(issues(limit, 5)[0]?.message).toBe(`a limit 5 is not ${valid}`);
  });

  it("reports the problems of the option whose tag fits, at their paths", () => {
    expect(issues(limit, { kind: "amount", amount: "5" }).map((i) => i.path)).toEqual([["amount"]]);
  });
});

describe("whenValidAt", () => {
  const schema = z
    .object({ ids: z.array(z.string()), named: z.array(z.string()), other: z.number() })
    .superRefine(
      ({ ids, named }, ctx) => {
        for (const [i, id] of named.entries()) {
          if (!ids.includes(id)) ctx.addIssue({ code: "custom", path: ["named", i], message: `no ${id}` });
        }
      },
      { when: whenValidAt(["ids", ANY_KEY], ["named"]) },
    );

  it("runs a check across parts when the parts it reads are well formed, whatever else failed", () => {
    expect(issues(schema, { ids: ["a"], named: ["b"], other: "x" }).map((i) => i.path)).toEqual([
      ["other"],
      ["named", 0],
    ]);
  });

  it("does not run it when a part it reads failed, at any depth", () => {
    expect(issues(schema, { ids: ["a", 5], named: ["b"], other: 1 }).map((i) => i.path)).toEqual([
      ["ids", 1],
    ]);
    expect(issues(schema, { ids: null, named: ["b"], other: 1 }).map((i) => i.path)).toEqual([["ids"]]);
  });
});

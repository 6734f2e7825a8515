import { describe, expect, it } from "vitest";
import { distances } from "./distance.js";

describe("distances", () => {
  it("counts insertions, deletions, substitutions and swaps of neighbours", () => {
    // kitten → sitting: k→s, e→i, +g (the textbook example)
    expect(distances("kitten", "sitting", Number.POSITIVE_INFINITY).whole).toBe(3);
    // one swap of neighbours is one edit
    expect(distances("zubiar", "zubair", 5).whole).toBe(1);
    // the closest beginning: "zubair" begins "zubairovski"; "zubaur" is one edit from it
    expect(distances("zubair", "zubairovski", 5)).toEqual({ whole: 5, prefix: 0 });
    expect(distances("zubaur", "zubairovski", 1).prefix).toBe(1);
  });

  it("stops once every beginning is more than the bound away", () => {
    expect(distances("abcdef", "uvwxyz", 2)).toEqual({
      whole: Number.POSITIVE_INFINITY,
      prefix: Number.POSITIVE_INFINITY,
    });
  });
});

import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FourthLevelError } from "../../../errors/error.js";
import { applyAmendment } from "./amendment.js";
import { type ParsedDecision, parseDecisionText } from "./parse-text.js";

const DATA = new URL("../../../../data/decisions/", import.meta.url);
const TEXTS = readdirSync(DATA)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => readFileSync(new URL(file, DATA), "utf8"));
const LINES = TEXTS.flatMap((text) => text.split("\n"));

/** Texts made of real decision lines, shuffled, cut anywhere, with characters dropped or doubled. */
const decisionLikeText = fc
  .tuple(
    fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }),
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "-", " ", "–", ";", "\n", "0", '"'))),
  )
  .map(([lines, cut, edits]) => {
    let text = lines.join("\n");
    for (const [at, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + (insert === "" ? 1 : 0));
    }
    return text.slice(0, (cut % text.length) + 1);
  });

/** Reads `text`; anything thrown must be the library's error. */
function readOrFail(text: unknown): ParsedDecision | undefined {
  try {
    return parseDecisionText(text as string);
  } catch (e) {
    expect(e).toBeInstanceOf(FourthLevelError);
    return undefined;
  }
}

/** The text with spaces dropped and decimal commas as points, to look amounts up in. */
function compact(text: string): string {
  return text.replace(/\s/gu, "").replaceAll(",", ".");
}

describe("parseDecisionText on any input", () => {
  it("throws nothing but FourthLevelError, for any JavaScript value and any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.string({ unit: "grapheme" })), (value) => {
        readOrFail(value);
      }),
      { numRuns: 300 },
    );
  });

  it("never invents a figure: every amount read is written on its line (as thousand KZT or as tenge)", () => {
    fc.assert(
      fc.property(decisionLikeText, (text) => {
        const decision = readOrFail(text);
        for (const line of decision?.blocks.flatMap((b) => b.lines) ?? []) {
          const amount = line.amount.abs();
          const written = [amount.toThousandKzt(), amount.toKzt().replace(/\.00$/u, "")];
          expect(
            written.some((w) => compact(line.text).includes(w)),
            `${line.text} → ${written[0]}`,
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("applyAmendment throws nothing but FourthLevelError for any pair of texts read", () => {
    fc.assert(
      fc.property(decisionLikeText, decisionLikeText, (a, b) => {
        const [decision, amendment] = [readOrFail(a), readOrFail(b)];
        if (decision === undefined || amendment === undefined) return;
        try {
          applyAmendment(decision, amendment);
        } catch (e) {
          expect(e).toBeInstanceOf(FourthLevelError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

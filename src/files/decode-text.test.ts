import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../test/support.js";
import { decodeText } from "./decode-text.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

// "Бюджет" in Windows-1251: Б C1, ю FE, д E4, ж E6, е E5, т F2 (the code page's table).
const BUDGET_CP1251 = bytes(0xc1, 0xfe, 0xe4, 0xe6, 0xe5, 0xf2);
// "Бюджет" in UTF-16 little-endian: Б U+0411, ю U+044E, д U+0434, ж U+0436, е U+0435, т U+0442.
const BUDGET_UTF16LE = bytes(0x11, 0x04, 0x4e, 0x04, 0x34, 0x04, 0x36, 0x04, 0x35, 0x04, 0x42, 0x04);

describe("decodeText", () => {
  it("reads UTF-8, and UTF-8 with a byte order mark (EF BB BF) as Windows Notepad saves it", () => {
    // "Бюджет" in UTF-8: D0 91, D1 8E, D0 B4, D0 B6, D0 B5, D1 82
    const budget = bytes(0xd0, 0x91, 0xd1, 0x8e, 0xd0, 0xb4, 0xd0, 0xb6, 0xd0, 0xb5, 0xd1, 0x82);
    expect(decodeText(budget, "x.txt")).toBe("Бюджет");
    expect(decodeText(concat(bytes(0xef, 0xbb, 0xbf), budget), "x.txt")).toBe("Бюджет");
  });

  it("names Windows-1251 text as an encoding problem with the first line that is not UTF-8", () => {
    const text = concat(
      utf8("# source: maslikhat\n# language: ru\n"),
      BUDGET_CP1251,
      utf8("\n"),
      BUDGET_CP1251,
    );
    const error = errorOf(() => decodeText(text, "decision text x.txt"));
    expect(error.code).toBe("INVALID_ENCODING");
    expect(error.details).toEqual({ what: "decision text x.txt", line: 3 });
    expect(error.message).toBe(
      "decision text x.txt is not UTF-8 text: line 3 has bytes that are not UTF-8 (Windows-1251 or another code page); save the file as UTF-8",
    );
  });

  it("names UTF-16 with a byte order mark, little- or big-endian", () => {
    for (const bom of [bytes(0xff, 0xfe), bytes(0xfe, 0xff)]) {
      const error = errorOf(() => decodeText(concat(bom, BUDGET_UTF16LE), "r.csv"));
      expect(error.code).toBe("INVALID_ENCODING");
      expect(error.message).toContain("line 1 has a UTF-16 byte order mark");
    }
  });

  it("names UTF-16 without a byte order mark, though its bytes are valid UTF-8, by its NUL bytes", () => {
    // Cyrillic UTF-16LE is all bytes below 0x80: a lax reader sees control characters, not an error.
    expect(new TextDecoder("utf-8", { fatal: true }).decode(BUDGET_UTF16LE)).toHaveLength(12);
    // "id\n" then "Бюджет" in UTF-16LE: the first NUL byte is on line 1 (after "i")
    const error = errorOf(() =>
      decodeText(concat(bytes(0x69, 0, 0x64, 0, 0x0a, 0), BUDGET_UTF16LE), "r.csv"),
    );
    expect(error.code).toBe("INVALID_ENCODING");
    expect(error.details.line).toBe(1);
    expect(error.message).toContain("a NUL byte, as in UTF-16 text");
  });

  it("property: gives back any text without NUL it encoded as UTF-8, with or without a byte order mark", () => {
    const text = fc.string({ unit: "grapheme" }).filter((s) => !s.includes("\0") && !s.startsWith("\uFEFF"));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(utf8(s), "x")).toBe(s);
        expect(decodeText(utf8(`\uFEFF${s}`), "x")).toBe(s);
      }),
    );
  });

  it("property: a byte that is never UTF-8 (0xFF) is reported on its line", () => {
    const line = fc.string({ unit: "grapheme" }).filter((s) => !/[\n\0]/.test(s));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.nat(), (lines, at) => {
        const bad = at % lines.length;
        const parts = lines.map((l, i) => (i === bad ? concat(utf8(l), bytes(0xff)) : utf8(l)));
        const text = parts.flatMap((p, i) => (i === 0 ? [p] : [utf8("\n"), p]));
        expect(errorOf(() => decodeText(concat(...text), "x")).details.line).toBe(bad + 1);
      }),
    );
  });
});

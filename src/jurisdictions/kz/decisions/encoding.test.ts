import { describe, expect, it } from "vitest";
import { codeOf } from "../../../../test/support.js";
import { parseDecisionText } from "./parse-text.js";

/** A short real-looking decision list, correct UTF-8. */
const TEXT =
  "# language: ru\n1. Утвердить бюджет:\n1) доходы – 65315 тысяч тенге, в том числе:\n2) затраты – 66957,4 тысяч тенге;\n";

/** The bytes of `text` in Windows-1251 (Cyrillic А–я, Ёё; ASCII as is). */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    if (c === "Ё") return 0xa8;
    if (c === "ё") return 0xb8;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    return 0x3f;
  });
}

function expectInvalidEncoding(text: string, line: number): void {
  const read = () => parseDecisionText(text, { file: "x.txt" });
  expect(codeOf(read)).toBe("INVALID_ENCODING");
  expect(read).toThrow(new RegExp(`^x\\.txt: not UTF-8 text \\(line ${line} `, "u"));
}

describe("decision texts that are not UTF-8", () => {
  it("reads the UTF-8 text itself", () => {
    expect(parseDecisionText(TEXT).figures.revenue_total?.toThousandKzt()).toBe("65315");
  });

  it("names UTF-16 read as UTF-8 (NUL bytes), not 'no budget list found'", () => {
    const utf16 = new TextDecoder("utf-8").decode(new Uint8Array(Buffer.from(TEXT, "utf16le")));
    expectInvalidEncoding(utf16, 1);
  });

  it("names CP1251 bytes read as UTF-8 (replacement characters), with the first line affected", () => {
    const asUtf8 = new TextDecoder("utf-8").decode(cp1251(TEXT));
    expect(asUtf8).toContain("\uFFFD");
    expectInvalidEncoding(asUtf8, 2);
  });

  it("names UTF-8 Cyrillic decoded as Latin-1 / Windows-1252 (mojibake 'Ð´Ð¾Ñ…')", () => {
    const mojibake = new TextDecoder("windows-1252").decode(new TextEncoder().encode(TEXT));
    expect(mojibake).toContain("Ð");
    expectInvalidEncoding(mojibake, 2);
  });

  it("names CP1251 decoded as Latin-1 ('äîõîäû' for 'доходы')", () => {
    const latin = new TextDecoder("windows-1252").decode(cp1251(TEXT));
    expect(latin).toContain("äîõîäû");
    expectInvalidEncoding(latin, 2);
  });

  it("keeps one stray replacement character or accented letter as text, not an encoding error", () => {
    const text = `${TEXT}Примечание: Zhaņa � café\n`;
    expect(parseDecisionText(text).figures.expenditures?.toThousandKzt()).toBe("66957.4");
  });
});

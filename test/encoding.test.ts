import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/program.js";
import { readTextFile } from "../src/files/read-text-file.js";
import { loadScenario } from "../src/scenario/load-file.js";
import { errorOf } from "./support.js";

const DECISION = join(__dirname, "..", "data", "decisions", "kz-abai-borodulikha-belagach-2026.txt");
const RECEIPTS = join(__dirname, "..", "examples", "receipts-borodulikha-illustrative.csv");

/**
 * Windows-1251 bytes of a text of ASCII, Russian letters, "–" and "№", from the code page's table:
 * А–я are 0xC0–0xFF in alphabet order, Ё 0xA8, ё 0xB8, – 0x96, № 0xB9.
 */
function cp1251(text: string): Uint8Array {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, "–": 0x96, "№": 0xb9 };
  return Uint8Array.from([...text], (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return 0xc0 + code - 0x410;
    const byte = special[c];
    if (byte === undefined) throw new Error(`no Windows-1251 byte for ${c} in this test`);
    return byte;
  });
}

/** UTF-16 little-endian bytes of a text of the Basic Multilingual Plane, with or without its BOM. */
function utf16le(text: string, bom: boolean): Uint8Array {
  const units = [...(bom ? "\uFEFF" : ""), ...text].map((c) => c.charCodeAt(0));
  return Uint8Array.from(units.flatMap((u) => [u & 0xff, u >> 8]));
}

function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), "fourth-level-")), name);
  writeFileSync(path, bytes);
  return path;
}

const decisionText = readFileSync(DECISION, "utf8");
const receiptsText = readFileSync(RECEIPTS, "utf8");

describe("readTextFile: text files that are not UTF-8", () => {
  it("names a Windows-1251 decision text, its path and its first line that is not UTF-8", () => {
    const file = tempFile("belagach-cp1251.txt", cp1251(decisionText));
    const error = errorOf(() => readTextFile(file, "decision text"));
    expect(error.code).toBe("INVALID_ENCODING");
    // lines 1-2 are the ASCII "# source" and "# language" lines; line 3 is the Russian title
    expect(error.details.line).toBe(3);
    expect(error.message).toBe(
      `decision text ${file} is not UTF-8 text: line 3 has bytes that are not UTF-8 (Windows-1251 or another code page); save the file as UTF-8`,
    );
  });

  it("names UTF-16 receipts with and without a byte order mark", () => {
    for (const bom of [true, false]) {
      const file = tempFile("receipts.csv", utf16le(receiptsText, bom));
      const error = errorOf(() => readTextFile(file, "receipts file"));
      expect(error.code).toBe("INVALID_ENCODING");
      expect(error.message).toContain(`receipts file ${file} is not UTF-8 text: line 1 has`);
    }
  });

  it("reads UTF-8 with a byte order mark as the same text", () => {
    expect(readTextFile(tempFile("d.txt", `\uFEFF${decisionText}`))).toBe(decisionText);
  });
});

describe("the command line and scenarios on files that are not UTF-8", () => {
  let err = "";
  let out = "";
  beforeEach(() => {
    [err, out] = ["", ""];
    process.exitCode = undefined;
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it("check names a Windows-1251 decision as an encoding problem, not as a text without a budget", async () => {
    const file = tempFile("belagach-cp1251.txt", cp1251(decisionText));
    expect(await main(["check", file])).toBe(2);
    expect(err).toContain(`${file} is not UTF-8 text: line 3`);
    expect(err).not.toContain("budget list");
  });

  it("check reads a decision saved as UTF-8 with a byte order mark: Bel-Agach 2026 as published", async () => {
    const file = tempFile("belagach-bom.txt", `\uFEFF${decisionText}`);
    expect(await main(["check", "--json", file])).toBe(0);
    // the decision of 23.12.2025 No 42-4-VIII: revenues 54 959, tax 39 585, capital 2 000, transfers 13 374
    expect(JSON.parse(out)[0].figures).toMatchObject({
      revenue_total: "54959",
      tax_revenue: "39585",
      capital_sales: "2000",
      transfers: "13374",
    });
  });

  it("attribute names UTF-16 receipts as an encoding problem", async () => {
    const file = tempFile("receipts.csv", utf16le(receiptsText, true));
    expect(await main(["attribute", file])).toBe(2);
    expect(err).toContain(`${file} is not UTF-8 text: line 1 has a UTF-16 byte order mark`);
  });

  it("a scenario naming a Windows-1251 decision text reports INVALID_ENCODING at the unit's decisionFile", () => {
    const decision = tempFile("belagach.txt", cp1251(decisionText));
    const scenario = tempFile(
      "s.json",
      JSON.stringify({
        name: "Bel-Agach",
        year: 2026,
        districts: [{ kato: "104000000", units: [{ kato: "104035000", decisionFile: decision }] }],
      }),
    );
    const error = errorOf(() => loadScenario(scenario));
    expect(error.issues).toEqual([
      {
        path: ["districts", 0, "units", 0, "decisionFile"],
        code: "INVALID_ENCODING",
        message: expect.stringContaining(`decision text ${decision} is not UTF-8 text: line 3`),
      },
    ]);
  });
});

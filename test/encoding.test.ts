import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readReceiptsCsv } from "../src/attribution/receipts-input.js";
import { main } from "../src/cli/program.js";
import { readTextFile } from "../src/files/read-text-file.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { loadScenario } from "../src/scenario/load-file.js";
import { errorOf } from "./support.js";

const DECISION = join(__dirname, "..", "data", "decisions", "kz-abai-borodulikha-belagach-2026.txt");
const RECEIPTS = join(__dirname, "..", "examples", "receipts-borodulikha-illustrative.csv");
const VEHICLES = join(__dirname, "..", "examples", "vehicles-borodulikha-illustrative.csv");

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

  // the receipts example: 2 preamble lines, the header on line 3, the first row on line 4
  const [header, firstRow] = receiptsText.split("\n").slice(2, 4) as [string, string];

  it("attribute: a receipt id with a Windows-1251 letter on line 5 is refused, not read as another id", async () => {
    const secondRow = receiptsText.split("\n")[4] as string;
    const file = tempFile(
      "receipts-cp1251.csv",
      withCp1251Line(receiptsText, 5, secondRow.replace(/^[^,]*/, "квит-2")),
    );
    expect(await main(["attribute", file])).toBe(2);
    expect(err).toContain(`${file} is not UTF-8 text: line 5 has bytes that are not UTF-8`);
  });

  it("revenue: a vehicle registry with a Windows-1251 owner on line 4", async () => {
    const vehicles = readFileSync(VEHICLES, "utf8");
    const row = vehicles.split("\n")[3] as string;
    const file = tempFile(
      "vehicles-cp1251.csv",
      withCp1251Line(vehicles, 4, row.replace(/^[^,]*/, "машина-1")),
    );
    expect(await main(["revenue", file, "--year", "2025"])).toBe(2);
    expect(err).toContain(`${file} is not UTF-8 text: line 4 has bytes that are not UTF-8`);
  });

  it("a scenario file in Windows-1251 is named with its line", () => {
    const scenario = tempFile(
      "scenario-cp1251.json",
      cp1251('{\n  "name": "Бородулиха",\n  "year": 2026,\n  "districts": []\n}'),
    );
    const error = errorOf(() => loadScenario(scenario));
    expect(error.code).toBe("INVALID_ENCODING");
    expect(error.message).toContain(`${scenario} is not UTF-8 text: line 2`);
  });

  it("a scenario's receipts file in Windows-1251: INVALID_ENCODING at receipts.file, with its line", () => {
    const receipts = tempFile(
      "receipts.csv",
      withCp1251Line(receiptsText, 4, firstRow.replace(/^[^,]*/, "квит-1")),
    );
    const scenario = tempFile(
      "s.json",
      JSON.stringify({
        name: "Bel-Agach",
        year: 2026,
        districts: [{ kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "39585" } }] }],
        receipts: { file: receipts },
      }),
    );
    const error = errorOf(() => loadScenario(scenario));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[["receipts", "file"], "INVALID_ENCODING"]]);
    expect(error.issues[0]?.message).toContain("line 4");
  });

  it("CSV text already decoded leniently (U+FFFD where the bytes were) or UTF-16 read as UTF-8 (NUL)", () => {
    const territory = kazakhstanTerritory();
    const rows = (id: string) => [header, firstRow, firstRow.replace(/^[^,]*/, id)].join("\n");
    // two ids that differed in their bytes would both read "r-\uFFFD" and be "used twice"
    const lenient = errorOf(() => readReceiptsCsv(rows("r-\uFFFD"), territory));
    expect([lenient.code, lenient.message]).toEqual([
      "INVALID_ENCODING",
      "receipts CSV is not UTF-8 text: line 3 has a replacement character (U+FFFD), left where bytes that are not UTF-8 (e.g. Windows-1251) were read; read the file as UTF-8 strictly (readTextFile) or save it as UTF-8",
    ]);
    const nul = errorOf(() => readReceiptsCsv(rows("r\u00002"), territory));
    expect(nul.message).toContain("line 3 has a NUL byte, as in UTF-16 text");
  });
});

/** The text with one line replaced by Windows-1251 bytes (the others stay UTF-8): `line` is 1-based. */
function withCp1251Line(text: string, line: number, replacement: string): Uint8Array {
  const lines = text.split("\n");
  const before = new TextEncoder().encode(`${lines.slice(0, line - 1).join("\n")}\n`);
  const after = new TextEncoder().encode(`\n${lines.slice(line).join("\n")}`);
  return Uint8Array.from([...before, ...cp1251(replacement), ...after]);
}

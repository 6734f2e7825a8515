import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReceiptsCsv } from "../src/attribution/receipts-input.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { inputIssuesOf, runCli } from "./support.js";

const folder = mkdtempSync(join(tmpdir(), "empty-inputs-"));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const HEADER = "a CSV file starts with a header line (its column names), then a row per record";

describe("an empty file is said to be empty, once", () => {
  it("attribute on an empty CSV: one problem, not one per missing column", async () => {
    const path = file("empty.csv", "");
    const { code, err } = await runCli(["attribute", path]);
    expect([code, err]).toEqual([2, `error: ${path} is empty: ${HEADER}\n`]);
  });

  it("attribute on a CSV of blank lines, and of # note lines only", async () => {
    const blank = file("blank.csv", "\n \r\n");
    expect((await runCli(["attribute", blank])).err).toBe(`error: ${blank} is empty: ${HEADER}\n`);
    const notes = file("notes.csv", "# ILLUSTRATIVE\n# receipts\n");
    expect((await runCli(["attribute", notes])).err).toBe(
      `error: ${notes} holds only # note lines (2): ${HEADER}\n`,
    );
  });

  it("readReceiptsCsv of empty text: one problem at the root", () => {
    expect(inputIssuesOf(() => readReceiptsCsv("", kazakhstanTerritory()))).toEqual([
      { path: [], code: "INVALID_INPUT", message: `is empty: ${HEADER}` },
    ]);
  });

  it("attribute on an empty JSON file", async () => {
    const path = file("empty.json", "  \n");
    expect((await runCli(["attribute", path])).err).toBe(`error: ${path} is empty: it must hold JSON\n`);
  });
});

// Law 11.07.2017 No 90-VI (BC2008 Art. 35 p.1(1-1)): the first fourth-level budgets from 1 Jan 2018.
describe("where --date before the first fourth-level budgets (2018-01-01) is refused", () => {
  it("1990-01-01 and 2017-12-31: INVALID_DATE at --date, saying from when", async () => {
    for (const date of ["1990-01-01", "2017-12-31"]) {
      const { code, out, err } = await runCli(["where", "--date", date, "104035100"]);
      expect([code, out]).toEqual([2, ""]);
      expect(err).toContain(
        `--date [INVALID_DATE]: ${date} is before 2018-01-01, when the first fourth-level budgets began`,
      );
      expect(err).toContain("give a date from 2018-01-01");
    }
  });

  it("2018-01-01 is answered", async () => {
    const { code, out } = await runCli(["where", "--date", "2018-01-01", "104035100"]);
    expect(code).toBe(0);
    expect(out).toContain("104035100 с.Бель-Агач: in Бель-Агачский с.о. (104035000)");
  });
});

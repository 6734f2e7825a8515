import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateWorkers, readWorkersCsv, readWorkersJson } from "../../src/index.js";
import { readWorkersFile, workersToCsv } from "../../src/node.js";
import { errorOf, inputIssuesOf } from "../support.js";

const HEADER = "id,year,employer_id,employer_seat,workplace,residence,annual_wage,withheld_iit";
const ROW = "w-1,2026,e-1,101010000,104035100,104035100,4200000,307574.40";
const made = generateWorkers({ district: "104000000", seed: 11, count: 40 });
const plain = (records: readonly object[]) => JSON.parse(JSON.stringify(records));

describe("worker records: the CSV and JSON formats", () => {
  it("CSV round trip: what is written is read back, labelled generated", () => {
    const read = readWorkersCsv(workersToCsv(made));
    expect(read.generated).toBe(true);
    expect(read.note).toEqual(made.note);
    expect(plain(read.records)).toEqual(plain(made.records));
  });

  it("JSON round trip", () => {
    const text = JSON.stringify({ generated: true, note: made.note, records: made.records });
    const read = readWorkersJson(text);
    expect(read.generated).toBe(true);
    expect(plain(read.records)).toEqual(plain(made.records));
  });

  it("real records: the same format, not generated; amounts exact", () => {
    const read = readWorkersCsv(`${HEADER}\n${ROW}\n`);
    expect(read.generated).toBe(false);
    expect(read.records[0]?.withheldIit.tiyn).toBe(30757440n);
    expect(
      readWorkersJson(
        `[${JSON.stringify({ id: "w-1", year: 2026, employerId: "e", employerSeat: "101010000", workplace: "104035100", residence: "104035100", annualWage: "1.01", withheldIit: "0" })}]`,
      ).records[0]?.annualWage.tiyn,
    ).toBe(101n);
  });

  it("CSV: every problem at once, by row, line and column", () => {
    const text = [
      "# a note",
      HEADER,
      ROW,
      "w-2,2026,e-1,101010000,104035199,104035100,-5,0",
      "w-3,2026,e-1,101010000,104035100,104035100,100,200",
      "w-1,20x6,e-1,101010000,104035100,104035100,4200000,1.234",
      "w-5,2026,e-1",
    ].join("\n");
    const issues = inputIssuesOf(() => readWorkersCsv(text)).map((i) => [i.path, i.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [["row 5 (line 7)"], "INVALID_INPUT"],
        [["row 2 (line 4)", "workplace"], "UNKNOWN_KATO"],
        [["row 2 (line 4)", "annual_wage"], "INVALID_AMOUNT"],
        [["row 3 (line 5)", "withheld_iit"], "INVALID_AMOUNT"],
        [["row 4 (line 6)", "year"], "INVALID_INPUT"],
        [["row 4 (line 6)", "withheld_iit"], "INVALID_AMOUNT"],
      ]),
    );
    expect(issues).toHaveLength(6);
  });

  it("CSV: unknown and missing columns, once", () => {
    const issues = inputIssuesOf(() =>
      readWorkersCsv(
        "id,year,employer_id,employer_seat,workplace,residence,annual_wage,bogus\nw-1,2026,e,101010000,104035100,104035100,1,1",
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([["column bogus"], ["column withheld_iit"]]);
  });

  it("JSON: paths into the records, unknown fields, forbidden keys, twice-used ids", () => {
    const good = {
      id: "w-1",
      year: 2026,
      employerId: "e",
      employerSeat: "101010000",
      workplace: "104035100",
      residence: "104035100",
      annualWage: "10",
      withheldIit: "1",
    };
    const text = `{ "records": [${JSON.stringify(good)}, ${JSON.stringify({ ...good, annualWage: 10, extra: 1 })}, { "__proto__": 1 }] }`;
    const issues = inputIssuesOf(() => readWorkersJson(text)).map((i) => [i.path, i.code]);
    expect(issues).toContainEqual([["records", 1, "annualWage"], "INVALID_INPUT"]);
    expect(issues).toContainEqual([["records", 1, "extra"], "UNKNOWN_FIELD"]);
    expect(issues).toContainEqual([["records", 2, "__proto__"], "FORBIDDEN_KEY"]);
    const twice = inputIssuesOf(() => readWorkersJson(JSON.stringify([good, good])));
    expect(twice.map((i) => i.path)).toEqual([[1, "id"]]);
  });

  it("a file that is not UTF-8 is refused with its line", () => {
    const dir = mkdtempSync(join(tmpdir(), "workers-"));
    const path = join(dir, "workers.csv");
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n${ROW}\n`), Buffer.from([0x77, 0x2d, 0xe8, 0x0a])]);
    writeFileSync(path, bytes);
    const error = errorOf(() => readWorkersFile(path));
    expect([error.code, error.details.line]).toEqual(["INVALID_ENCODING", 3]);
  });
});

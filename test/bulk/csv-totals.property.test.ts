import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { attributeReceiptsCsv } from "../../src/attribution/csv/attribute-csv.js";
import { decodeText } from "../../src/files/decode-text.js";
import {
  attribute,
  attributionTotalsOf,
  kazakhstanLaw,
  Money,
  RECEIPT_CSV_COLUMNS,
  type Receipt,
  readReceiptsCsv,
} from "../../src/index.js";
import { attributeReceiptsCsvFile } from "../../src/node.js";
import { ATTRIBUTION_KEYS } from "../../src/rules/rule.js";
import { mixedReceiptsArb, RULEBOOK, TERRITORY_EARLY_UNITS, territoryArb } from "../arbitraries/receipts.js";

/*
 * The CSV fast path against the reference: readReceiptsCsv (checked against the rules, unless
 * unattributed) + attribute + attributionTotalsOf, on CSV text made nasty on purpose — every outcome
 * compared whole: the totals, the notes, the unattributed receipts, or the error with every issue.
 */

const law = kazakhstanLaw();
const dir = mkdtempSync(join(tmpdir(), "fourth-level-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An outcome as comparable text: the totals, or the error's code, message and issues. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run(), (_k, v) => (v instanceof Money ? `${v.tiyn}t` : v));
  } catch (e) {
    const error = e as { code?: string; message?: string; issues?: unknown };
    return `error ${error.code} ${error.message} ${JSON.stringify(error.issues)}`;
  }
}

/** The cells of a receipt in the header's order. */
function cellsOf(r: Receipt): string[] {
  return [
    r.id,
    r.ebk,
    r.amount.toKzt(),
    r.paymentDate,
    r.payerKind,
    ...ATTRIBUTION_KEYS.map((k) => r.places[k] ?? ""),
  ];
}

/** What a cell may become: itself, or something the schema refuses, or the same value written otherwise. */
const cellMutation = fc.oneof(
  { weight: 30, arbitrary: fc.constant((c: string) => c) },
  { weight: 2, arbitrary: fc.constant((c: string) => ` ${c}\t`) },
  { weight: 2, arbitrary: fc.constant((c: string) => `"${c.replaceAll('"', '""')}"`) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        "",
        "-5",
        "1.005",
        "0",
        "0.00",
        "12.",
        "1e3",
        "99999999999999999999.99",
        "2025-02-29",
        "x\u00a0",
        "чек",
        "104035100",
        "999999999",
        "12345",
        "individual",
        "a,b",
      )
      .map((v) => () => (v.includes(",") ? `"${v}"` : v)),
  },
);

/** A receipts CSV from receipts, mutated: cells, duplicates, rows of another length, blank lines, CRLF, preamble, BOM, columns. */
const nastyCsv = fc
  .record({
    receipts: mixedReceiptsArb,
    mutations: fc.array(fc.array(cellMutation, { minLength: 12, maxLength: 12 }), { maxLength: 30 }),
    duplicate: fc.boolean(),
    extraRow: fc.constantFrom("", "a,b,c", " \t", "veh-x,104402"),
    crlf: fc.boolean(),
    preamble: fc.constantFrom("", "# generated for a test\n", "\uFEFF# note\n\n"),
    columns: fc.constantFrom("all", "reordered", "no-workplace", "unknown", "no-amount"),
  })
  .map(({ receipts, mutations, duplicate, extraRow, crlf, preamble, columns }) => {
    const header = [...RECEIPT_CSV_COLUMNS] as string[];
    let rows = receipts.map((r, i) => cellsOf(r).map((c, j) => (mutations[i]?.[j] ?? ((x: string) => x))(c)));
    if (duplicate && rows.length > 1) rows.push([...(rows[0] as string[])]);
    let order = header.map((_, j) => j);
    if (columns === "reordered") order = [...order].reverse();
    if (columns === "no-workplace") order = order.filter((j) => header[j] !== "workplace");
    if (columns === "no-amount") order = order.filter((j) => header[j] !== "amount");
    rows = rows.map((row) => order.map((j) => row[j] as string));
    const head = order.map((j) => header[j]).concat(columns === "unknown" ? ["note"] : []);
    if (columns === "unknown") rows = rows.map((row) => [...row, "x"]);
    const lines = [head.join(","), ...rows.map((r) => r.join(","))];
    if (extraRow !== "") lines.splice(Math.min(2, lines.length), 0, extraRow);
    return preamble + lines.join(crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n");
  });

function reference(text: string, unattributed: boolean, territory = TERRITORY_EARLY_UNITS, what?: string) {
  const options = {
    ...(what === undefined ? {} : { what }),
    ...(unattributed ? {} : { rulebook: RULEBOOK }),
  };
  const receipts = readReceiptsCsv(text, territory, options);
  return attributionTotalsOf(attribute(receipts, { rulebook: RULEBOOK, territory, law, unattributed }));
}

describe("attributeReceiptsCsv: the same outcome as readReceiptsCsv + attribute", () => {
  it("on well-formed receipts files (both territories, with and without --unattributed)", () => {
    fc.assert(
      fc.property(mixedReceiptsArb, territoryArb, fc.boolean(), (receipts, territory, unattributed) => {
        const text = `${[RECEIPT_CSV_COLUMNS.join(","), ...receipts.map((r) => cellsOf(r).join(","))].join("\n")}\n`;
        const fast = outcome(() =>
          attributeReceiptsCsv(text, { rulebook: RULEBOOK, territory, law, unattributed }),
        );
        expect(fast).toBe(outcome(() => reference(text, unattributed, territory)));
      }),
      { numRuns: 40 },
    );
  });

  it("on files with every kind of problem: bad cells, quotes, duplicates, rows of another length, columns", () => {
    fc.assert(
      fc.property(nastyCsv, fc.boolean(), (text, unattributed) => {
        const options = { rulebook: RULEBOOK, territory: TERRITORY_EARLY_UNITS, law, unattributed };
        expect(outcome(() => attributeReceiptsCsv(text, options))).toBe(
          outcome(() => reference(text, unattributed)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("on bytes: the encoding is checked first, as readTextFile does", () => {
    const good = new TextEncoder().encode(
      "id,ebk,amount,payment_date,payer_kind,residence\nr-1,104402,10.00,2026-03-10,individual,104035100\n",
    );
    const cases = [
      Uint8Array.from([...good.slice(0, 60), 0xc0, 0xaf, ...good.slice(60)]),
      Uint8Array.from([...good, 0x72, 0x00, 0x2c, 0x0a]),
      Uint8Array.from([0xff, 0xfe, ...good]),
      Uint8Array.from([0xef, 0xbb, 0xbf, ...good]),
    ];
    for (const bytes of cases) {
      const options = { rulebook: RULEBOOK, territory: TERRITORY_EARLY_UNITS, law, what: "file x.csv" };
      const expected = outcome(() => reference(decodeText(bytes, "file x.csv"), false));
      expect(outcome(() => attributeReceiptsCsv(bytes, options))).toBe(expected);
    }
  });
});

describe("attributeReceiptsCsvFile: the same outcome on any number of threads", () => {
  it("cuts a file into ranges, a quoted record over several lines across a cut, and merges exactly", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => {
      // a record of 600 lines in the middle: cutting the file in two lands inside it
      const id =
        i === 1500 ? `"${Array.from({ length: 600 }, () => "x".repeat(58)).join("\n")}, id"` : `r-${i}`;
      return `${id},104402,${(i % 97) + 1}.05,2026-0${1 + (i % 9)}-1${i % 10},individual,${i % 3 === 0 ? "104035100" : "104057100"},,,,,,`;
    });
    const path = join(dir, "threads.csv");
    writeFileSync(
      path,
      `${RECEIPT_CSV_COLUMNS.join(",")}\n${rows.join("\n")}\nr-7,104402,1.00,2026-01-01,individual,104035100,,,,,,\n`,
    );
    const options = { rulebook: RULEBOOK, territory: TERRITORY_EARLY_UNITS, law };
    const one = outcome(() =>
      reference(decodeText(readFileSync(path), `file ${path}`), false, TERRITORY_EARLY_UNITS, path),
    );
    for (const threads of [1, 2, 3]) {
      const many = await attributeReceiptsCsvFile(path, { ...options, threads }).then(
        (t) => outcome(() => t),
        (e) =>
          outcome(() => {
            throw e;
          }),
      );
      expect(many).toBe(one);
    }
  });
});

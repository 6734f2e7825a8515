import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Receipt } from "../src/attribution/receipt.js";
import { RECEIPT_CSV_COLUMNS, readReceiptsCsv, readReceiptsJson } from "../src/attribution/receipts-input.js";
import { ATTRIBUTION_KEYS } from "../src/rules/rule.js";
import { anyReceiptArb, receiptsArb, TERRITORY } from "./arbitraries/receipts.js";
import { inputIssuesOf as issuesOf } from "./support.js";

/** A receipt as a JSON record. */
function toRecord(r: Receipt): Record<string, unknown> {
  return {
    id: r.id,
    ebk: r.ebk,
    amount: r.amount.toKzt(),
    paymentDate: r.paymentDate,
    payerKind: r.payerKind,
    places: { ...r.places },
  };
}

/** Receipts as CSV text with the full header. */
function toCsv(receipts: readonly Receipt[]): string {
  const rows = receipts.map((r) =>
    [
      r.id,
      r.ebk,
      r.amount.toKzt(),
      r.paymentDate,
      r.payerKind,
      ...ATTRIBUTION_KEYS.map((k) => r.places[k] ?? ""),
    ].join(","),
  );
  return `${[RECEIPT_CSV_COLUMNS.join(","), ...rows].join("\n")}\n`;
}

const comparable = (rs: readonly Receipt[]) =>
  rs.map((r) => ({ ...r, amount: r.amount.tiyn, places: { ...r.places } }));

const VALID = {
  id: "ok",
  ebk: "104402",
  amount: "21625",
  paymentDate: "2026-03-10",
  payerKind: "individual",
  places: { residence: "104035100" },
};

describe("readReceiptsJson: every problem at once", () => {
  it("lists every problem of every bad record with its path, and drops none", () => {
    const { payerKind: _k, id: _i, ...noKindNoId } = VALID;
    const records = [
      VALID,
      { ...VALID, id: "types", ebk: 104402, amount: 21625 }, // wrong types
      { ...VALID, id: "kato", places: { residence: "999999999" } }, // unknown KATO code
      { ...VALID, id: "neg", amount: "-5" }, // negative amount
      { ...VALID, id: "dec3", amount: "10.005" }, // three decimals
      { ...VALID, id: "ebk5", ebk: "12345" }, // EBK not six digits
      noKindNoId, // missing fields id and payerKind
      { ...VALID, id: "extra", unknownField: 1 }, // unknown field
      { ...VALID, id: "date", paymentDate: "2025-02-29" }, // not a calendar date
      { ...VALID, id: "ok2" },
    ];
    const issues = issuesOf(() => readReceiptsJson(JSON.stringify(records), TERRITORY));
    expect(issues.map((i) => i.path)).toEqual([
      [1, "ebk"],
      [1, "amount"],
      [2, "places", "residence"],
      [3, "amount"],
      [4, "amount"],
      [5, "ebk"],
      [6, "id"],
      [6, "payerKind"],
      [7, "unknownField"],
      [8, "paymentDate"],
    ]);
    expect(issues[2]?.code).toBe("UNKNOWN_KATO");
    expect(issues[2]?.message).toContain("999999999");
    expect(issues[3]?.message).toContain('"-5"');
    expect(issues[4]?.message).toContain('"10.005"');
    expect(issues[6]?.message).toBe("must be the receipt's id, a string");
    expect(issues[7]?.message).toContain("individual_entrepreneur");
    expect(issues[8]?.code).toBe("UNKNOWN_FIELD");
    expect(issues[8]?.message).toContain("unknownField");
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it("an unknown KATO code is reported even when its record has another problem", () => {
    // One record with a bad amount AND an unknown KATO code: both are problems of the input.
    const records = [{ ...VALID, amount: "-5", places: { residence: "999999999" } }];
    const issues = issuesOf(() => readReceiptsJson(JSON.stringify(records), TERRITORY));
    expect(issues.map((i) => i.path)).toEqual([
      [0, "amount"],
      [0, "places", "residence"],
    ]);
  });

  it("a zero amount is one problem: above zero", () => {
    const issues = issuesOf(() =>
      readReceiptsJson(JSON.stringify([{ ...VALID, amount: "0.00" }]), TERRITORY),
    );
    expect(issues).toEqual([
      { path: [0, "amount"], code: "INVALID_AMOUNT", message: "amount must be above zero" },
    ]);
  });

  it("reads the wrapped form with paths under receipts, and refuses other roots or non-JSON as one issue at the root", () => {
    const wrapped = { note: "test", receipts: [VALID, { ...VALID, id: "x", ebk: "12345" }] };
    expect(issuesOf(() => readReceiptsJson(JSON.stringify(wrapped), TERRITORY)).map((i) => i.path)).toEqual([
      ["receipts", 1, "ebk"],
    ]);
    expect(issuesOf(() => readReceiptsJson('{"rows": []}', TERRITORY)).map((i) => i.path)).toEqual([[]]);
    expect(issuesOf(() => readReceiptsJson("[{", TERRITORY)).map((i) => i.path)).toEqual([[]]);
    // a UTF-8 byte order mark, as Windows Notepad saves, is skipped
    expect(readReceiptsJson(`\uFEFF${JSON.stringify([VALID])}`, TERRITORY)).toHaveLength(1);
    expect(readReceiptsJson(JSON.stringify({ receipts: [VALID] }), TERRITORY)).toHaveLength(1);
  });

  it("reads a valid record exactly", () => {
    const [r] = readReceiptsJson(JSON.stringify([{ ...VALID, amount: "1250.5" }]), TERRITORY);
    expect(r?.amount.tiyn).toBe(125050n);
    expect(r?.places).toEqual({ residence: "104035100" });
  });
});

describe("readReceiptsCsv: every problem at once", () => {
  const header = RECEIPT_CSV_COLUMNS.join(",");
  const empties = ",,,,,,"; // the seven place columns, after residence: six more

  it("lists every problem of every bad row with its row, line and column", () => {
    const csv = [
      header,
      `ok,104402,21625,2026-03-10,individual,104035100${empties}`, // row 1, line 2
      `a,12345,-5,2026-03-10,individual,104035100${empties}`, // row 2, line 3: ebk, amount
      `b,104402,10.005,2025-02-29,individual,104035100${empties}`, // row 3, line 4: amount, date
      `c,104402,1,2026-03-10,company,104035100${empties}`, // row 4, line 5: payer kind
      `d,104402,1,2026-03-10,individual,999999999${empties}`, // row 5, line 6: unknown KATO
      `,,1,2026-03-10,individual,abc${empties}`, // row 6, line 7: id, ebk (missing), residence shape
    ].join("\n");
    const issues = issuesOf(() => readReceiptsCsv(csv, TERRITORY));
    expect(issues.map((i) => i.path)).toEqual([
      ["row 2 (line 3)", "ebk"],
      ["row 2 (line 3)", "amount"],
      ["row 3 (line 4)", "amount"],
      ["row 3 (line 4)", "payment_date"],
      ["row 4 (line 5)", "payer_kind"],
      ["row 5 (line 6)", "residence"],
      ["row 6 (line 7)", "id"],
      ["row 6 (line 7)", "ebk"],
      ["row 6 (line 7)", "residence"],
    ]);
    expect(issues[5]?.code).toBe("UNKNOWN_KATO");
  });

  it("reports a missing required column", () => {
    const csv = `id,ebk,amount,payment_date\nx,104402,1,2026-03-10\n`;
    expect(issuesOf(() => readReceiptsCsv(csv, TERRITORY)).map((i) => i.path)).toEqual([
      ["column payer_kind"],
    ]);
  });

  it("a '#' inside a value or at the start of a row's id is data, not a comment", () => {
    // payment-order ids such as "r#12" or "#12" are common; only lines before the header are a preamble
    const csv = [
      header,
      `r#12,104402,21625,2026-03-10,individual,104035100${empties}`,
      `#13,104402,21625,2026-03-10,individual,104035100${empties}`,
    ].join("\n");
    expect(readReceiptsCsv(csv, TERRITORY).map((r) => r.id)).toEqual(["r#12", "#13"]);
  });

  it("skips a '#' preamble before the header and still names the right line", () => {
    const csv = [
      "# illustrative",
      "# second note",
      header,
      `x,12345,21625,2026-03-10,individual,104035100${empties}`,
    ].join("\n");
    // the bad row is the 4th line of the file
    expect(issuesOf(() => readReceiptsCsv(csv, TERRITORY)).map((i) => i.path)).toEqual([
      ["row 1 (line 4)", "ebk"],
    ]);
  });

  it("an unknown column is reported together with the problems of the rows, in one error", () => {
    const csv = [
      `${header},bogus`,
      `ok,104402,21625,2026-03-10,individual,104035100${empties},x`,
      `bad,12345,21625,2026-03-10,individual,104035100${empties},y`,
    ].join("\n");
    const issues = issuesOf(() => readReceiptsCsv(csv, TERRITORY));
    expect(issues.map((i) => i.path)).toEqual([["column bogus"], ["row 2 (line 3)", "ebk"]]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties: valid input round-trips; every bad record is reported, none silently dropped
// ---------------------------------------------------------------------------------------------------

/** Valid receipts with real places only (the readers check every KATO code given). */
const validReceiptsArb = receiptsArb(
  anyReceiptArb
    .filter((r) => /^\d{6}$/.test(r.ebk))
    .map((r) => ({
      ...r,
      places: Object.fromEntries(Object.entries(r.places).filter(([, code]) => code !== "999999999")),
    })),
  { maxLength: 20 },
);

/** One corruption of a valid record: what it does, and the field path of the single issue it makes. */
const CORRUPTIONS: readonly [string, (r: Record<string, unknown>) => Record<string, unknown>, string[]][] = [
  ["negative amount", (r) => ({ ...r, amount: "-5" }), ["amount"]],
  ["three decimals", (r) => ({ ...r, amount: "10.005" }), ["amount"]],
  ["amount as a number", (r) => ({ ...r, amount: 10 }), ["amount"]],
  ["zero amount", (r) => ({ ...r, amount: "0" }), ["amount"]],
  ["five-digit EBK", (r) => ({ ...r, ebk: "12345" }), ["ebk"]],
  ["invalid date", (r) => ({ ...r, paymentDate: "2025-02-29" }), ["paymentDate"]],
  ["unknown payer kind", (r) => ({ ...r, payerKind: "company" }), ["payerKind"]],
  ["unknown KATO code", (r) => ({ ...r, places: { residence: "999999999" } }), ["places", "residence"]],
  ["unknown field", (r) => ({ ...r, extra: true }), ["extra"]],
  [
    "missing id",
    (r) => {
      const { id: _id, ...rest } = r;
      return rest;
    },
    ["id"],
  ],
];

describe("receipt readers (properties)", () => {
  it("property: valid receipts written as JSON are read back exactly, none dropped", () => {
    fc.assert(
      fc.property(validReceiptsArb, (receipts) => {
        const read = readReceiptsJson(JSON.stringify(receipts.map(toRecord)), TERRITORY);
        expect(comparable(read)).toEqual(comparable(receipts));
      }),
      { numRuns: 200 },
    );
  });

  it("property: valid receipts written as CSV are read back exactly, none dropped", () => {
    fc.assert(
      fc.property(validReceiptsArb, (receipts) => {
        const read = readReceiptsCsv(toCsv(receipts), TERRITORY);
        expect(comparable(read)).toEqual(comparable(receipts));
      }),
      { numRuns: 200 },
    );
  });

  it("property: corrupting some records gives one error naming exactly those records, one issue per corruption", () => {
    const arb = validReceiptsArb
      .filter((rs) => rs.length > 0)
      .chain((rs) =>
        fc.tuple(
          fc.constant(rs),
          fc.array(fc.option(fc.integer({ min: 0, max: CORRUPTIONS.length - 1 }), { freq: 2 }), {
            minLength: rs.length,
            maxLength: rs.length,
          }),
        ),
      );
    fc.assert(
      fc.property(arb, ([receipts, picks]) => {
        const expected: (string | number)[][] = [];
        const records = receipts.map((r, i) => {
          const pick = picks[i];
          if (pick === null || pick === undefined) return toRecord(r);
          const [, corrupt, field] = CORRUPTIONS[pick] as (typeof CORRUPTIONS)[number];
          expected.push([i, ...field]);
          return corrupt(toRecord(r));
        });
        const text = JSON.stringify(records);
        if (expected.length === 0) {
          expect(readReceiptsJson(text, TERRITORY)).toHaveLength(receipts.length);
          return;
        }
        expect(issuesOf(() => readReceiptsJson(text, TERRITORY)).map((i) => i.path)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

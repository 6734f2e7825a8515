import * as z from "zod";
import { isIsoDate } from "../calendar/iso-date.js";
import { FourthLevelError, type InputIssue, joinPath, throwIfIssues, zodIssues } from "../errors/error.js";
import { readCsvRecords } from "../files/read-csv.js";
import { Money } from "../money/money.js";
import { ATTRIBUTION_KEYS, type AttributionKey, PAYER_KINDS } from "../rules/rule.js";
import type { Rulebook } from "../rules/rulebook.js";
import type { Territory } from "../territory/territory.js";
import { attributionIssue } from "./attribute.js";
import type { Receipt } from "./receipt.js";

const AMOUNT = /^\d+(\.\d{1,2})?$/;

const amountSchema = z
  .string({ error: 'must be a string of KZT such as "21625" or "1250.50"' })
  .refine((s) => AMOUNT.test(s), {
    error: (issue) =>
      `amount ${JSON.stringify(issue.input)} must be a positive KZT amount with at most two decimals, e.g. "1250.50"`,
  })
  .refine((s) => !AMOUNT.test(s) || !Money.kzt(s).isZero(), { error: "amount must be above zero" });

const placesShape = Object.fromEntries(
  ATTRIBUTION_KEYS.map((k) => [
    k,
    z
      .string()
      .regex(/^\d{9}$/, "must be a 9-digit KATO code")
      .optional(),
  ]),
) as Record<AttributionKey, z.ZodOptional<z.ZodString>>;

/**
 * The JSON form of one receipt: amounts as KZT decimal strings, places as 9-digit KATO codes.
 *
 * @category Attribution
 */
export const receiptJsonSchema = z.strictObject({
  id: z.string().min(1, "must be a non-empty id"),
  ebk: z.string().regex(/^\d{6}$/, 'must be a 6-digit EBK revenue code such as "104402"'),
  amount: amountSchema,
  paymentDate: z.string().refine(isIsoDate, "must be a calendar date YYYY-MM-DD"),
  payerKind: z.enum(PAYER_KINDS as [string, ...string[]], `must be one of ${PAYER_KINDS.join(", ")}`),
  places: z.strictObject(placesShape).default({}),
});

/**
 * Options of {@link readReceiptsJson} and {@link readReceiptsCsv}.
 *
 * @category Attribution
 */
export interface ReadReceiptsOptions {
  /** What is being read, for messages (e.g. the file name). */
  readonly what?: string;
  /**
   * Also check each receipt against these rules — code known, a rule on its date for its payer kind, the
   * place its rule keys on present — and report those problems together with the format problems.
   */
  readonly rulebook?: Rulebook;
}

/**
 * The CSV columns of a receipts file; the place columns may be left empty.
 *
 * @category Attribution
 */
export const RECEIPT_CSV_COLUMNS = [
  "id",
  "ebk",
  "amount",
  "payment_date",
  "payer_kind",
  ...ATTRIBUTION_KEYS,
] as const;

function toReceipt(raw: z.output<typeof receiptJsonSchema>): Receipt {
  return {
    id: raw.id,
    ebk: raw.ebk,
    amount: Money.kzt(raw.amount),
    paymentDate: raw.paymentDate,
    payerKind: raw.payerKind as Receipt["payerKind"],
    places: Object.fromEntries(Object.entries(raw.places).filter(([, v]) => v !== undefined)),
  };
}

/** The places of a record that are well-formed KATO codes but not in the territory. */
function unknownPlaces(record: unknown, territory: Territory, pathOf: (key: string) => string): InputIssue[] {
  const places = (record as { places?: unknown } | null)?.places;
  if (typeof places !== "object" || places === null) return [];
  return Object.entries(places).flatMap(([key, code]) => {
    if (typeof code !== "string" || !/^\d{9}$/.test(code)) return [];
    try {
      territory.place(code);
      return [];
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      return [{ path: pathOf(key), message: e.message, code: e.code }];
    }
  });
}

/**
 * Validates raw records one by one, collecting every problem (field errors and unknown KATO codes) before
 * failing, so that one run reports them all.
 */
function readRecords(
  what: string,
  records: readonly unknown[],
  territory: Territory,
  rulebook: Rulebook | undefined,
  pathOf: (index: number, field: string) => string,
  earlierIssues: readonly InputIssue[] = [],
  absentFields: ReadonlySet<string> = new Set(),
): Receipt[] {
  const issues: InputIssue[] = [...earlierIssues];
  const receipts: Receipt[] = [];
  const ids = new Set<string>();
  records.forEach((record, i) => {
    const parsed = receiptJsonSchema.safeParse(record);
    if (!parsed.success) {
      const present = parsed.error.issues.filter((e) => !absentFields.has(String(e.path[0])));
      issues.push(...zodIssues(present).map((issue) => ({ ...issue, path: pathOf(i, issue.path) })));
    } else {
      const receipt = toReceipt(parsed.data);
      if (ids.has(receipt.id)) {
        issues.push({
          path: pathOf(i, "id"),
          message: `receipt id ${JSON.stringify(receipt.id)} is used twice`,
        });
      }
      ids.add(receipt.id);
      receipts.push(receipt);
      const problem = rulebook === undefined ? undefined : attributionIssue(receipt, rulebook, territory);
      if (problem !== undefined && problem.code !== "UNKNOWN_KATO") {
        issues.push({
          path: pathOf(i, problem.field.join(".")),
          message: problem.message,
          code: problem.code,
        });
      }
    }
    issues.push(...unknownPlaces(record, territory, (key) => pathOf(i, `places.${key}`)));
  });
  throwIfIssues(what, issues);
  return receipts;
}

/**
 * Reads receipts from JSON text (an array of receipts, or `{ "note": "...", "receipts": [...] }`),
 * validating every field and every KATO code against the territory. Every problem is reported at once
 * with its JSON path; no record is dropped or defaulted.
 *
 * @category Attribution
 * @param text - The file's text.
 * @param territory - To check that each KATO code exists.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem (`[3].amount: …`).
 * @example
 * ```ts
 * const text = '[{ "id": "r-1", "ebk": "104402", "amount": "21625.00", "paymentDate": "2026-03-10", "payerKind": "individual", "places": { "residence": "104035100" } }]';
 * const receipts = readReceiptsJson(text, kazakhstanTerritory());
 * receipts[0]?.amount.toKzt(); //=> "21625.00"
 * ```
 */
export function readReceiptsJson(
  text: string,
  territory: Territory,
  options: ReadReceiptsOptions = {},
): Receipt[] {
  const what = options.what ?? "receipts JSON";
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throwIfIssues(what, [{ path: "", message: `not valid JSON: ${(e as Error).message}` }]);
  }
  const wrapped = z
    .strictObject({ note: z.string().optional(), receipts: z.array(z.unknown()) })
    .safeParse(data);
  if (!Array.isArray(data) && !wrapped.success) {
    throwIfIssues(what, [
      { path: "", message: 'must be an array of receipts or { "note": "...", "receipts": [...] }' },
    ]);
  }
  const records = Array.isArray(data) ? data : (wrapped.data?.receipts ?? []);
  const prefix = Array.isArray(data) ? "" : "receipts";
  return readRecords(what, records, territory, options.rulebook, (i, field) =>
    joinPath(joinPath(prefix, `[${i}]`), field),
  );
}

/**
 * Reads receipts from CSV text with the header {@link RECEIPT_CSV_COLUMNS} (lines starting with `#`
 * before the header are a preamble, e.g. a note on where the receipts come from)
 * (`id,ebk,amount,payment_date,payer_kind,residence,registered_location,legal_seat,object_location,advertisement_location,workplace,receiving_unit`;
 * amounts in KZT with at most two decimals; empty place cells are absent places). Every problem is
 * reported at once with its row (`row 3 (line 4).amount`); no row is dropped.
 *
 * @category Attribution
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem, including unknown or missing columns.
 */
export function readReceiptsCsv(
  text: string,
  territory: Territory,
  options: ReadReceiptsOptions = {},
): Receipt[] {
  const what = options.what ?? "receipts CSV";
  const { header, rows } = readCsvRecords(text, what, { trim: true });
  const unknown = header.filter((h) => !(RECEIPT_CSV_COLUMNS as readonly string[]).includes(h));
  const missing = ["id", "ebk", "amount", "payment_date", "payer_kind"].filter((c) => !header.includes(c));
  const lineOf = (row: number) => rows[row]?.line ?? 0;
  // Rows with the wrong number of fields are reported as such, once; the others are read field by field.
  const wellFormed = rows.flatMap((row, i) =>
    row.cells.length === header.length ? [{ record: row.cells, i }] : [],
  );
  const shapeIssues: InputIssue[] = [
    ...unknown.map((c) => ({
      path: `column ${c}`,
      message: `unknown column; columns are ${RECEIPT_CSV_COLUMNS.join(", ")}`,
    })),
    ...missing.map((c) => ({ path: `column ${c}`, message: "required column is missing" })),
    ...rows.flatMap((row, i) =>
      row.cells.length === header.length
        ? []
        : [
            {
              path: `row ${i + 1} (line ${lineOf(i)})`,
              message: `has ${row.cells.length} fields, the header has ${header.length}`,
            },
          ],
    ),
  ];
  const csvName: Readonly<Record<string, string>> = { paymentDate: "payment_date", payerKind: "payer_kind" };
  const records = wellFormed.map(({ record }) => {
    const cell = (column: string) => {
      const at = header.indexOf(column);
      return at < 0 ? undefined : record[at];
    };
    return {
      id: cell("id"),
      ebk: cell("ebk"),
      amount: cell("amount"),
      paymentDate: cell("payment_date"),
      payerKind: cell("payer_kind"),
      places: Object.fromEntries(
        ATTRIBUTION_KEYS.flatMap((k) => {
          const code = cell(k);
          return code === undefined || code === "" ? [] : [[k, code]];
        }),
      ),
    };
  });
  return readRecords(
    what,
    records,
    territory,
    options.rulebook,
    (i, field) => {
      const column = field.startsWith("places.") ? field.slice("places.".length) : (csvName[field] ?? field);
      const row = wellFormed[i]?.i ?? 0;
      return `row ${row + 1} (line ${lineOf(row)}).${column}`;
    },
    shapeIssues,
    new Set(missing.map((c) => Object.entries(csvName).find(([, v]) => v === c)?.[0] ?? c)),
  );
}

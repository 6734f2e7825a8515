import * as z from "zod";
import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { type Issue, type IssuePath, throwIssues } from "../errors/issue.js";
import { readCsvRecords } from "../files/read-csv.js";
import { ebkCodeSchema, isoDateSchema, katoCodeSchema } from "../input/codes.js";
import { parseJsonText } from "../input/json.js";
import { MAX_AMOUNT_LENGTH, readMoney, TOO_LONG_AMOUNT } from "../input/money.js";
import { checkInput, parseInput } from "../input/parse.js";
import { Money } from "../money/money.js";
import { ATTRIBUTION_KEYS, type AttributionKey } from "../rules/rule.js";
import type { Rulebook } from "../rules/rulebook.js";
import { payerKindSchema, rulebookSchema } from "../rules/rulebook-schema.js";
import type { Territory } from "../territory/territory.js";
import { territorySchema } from "../territory/territory-schema.js";
import { attributionIssue } from "./attribute.js";
import type { Receipt } from "./receipt.js";

const AMOUNT = /^\d+(\.\d{1,2})?$/;
const invalidAmount = { code: "INVALID_AMOUNT" } as const;

/** An amount of a receipts file: KZT as a decimal string, above zero, read as {@link Money}. */
const amountSchema = z
  .string({ error: 'must be a string of KZT such as "21625" or "1250.50"' })
  .max(MAX_AMOUNT_LENGTH, { error: TOO_LONG_AMOUNT })
  .refine((s) => AMOUNT.test(s), {
    error: (issue) =>
      `amount ${describeValue(issue.input)} must be a positive KZT amount with at most two decimals, e.g. "1250.50"`,
    params: invalidAmount,
  })
  .transform(readMoney((s) => Money.kzt(s)))
  .refine((m) => !m.isZero(), { error: "amount must be above zero", params: invalidAmount });

const placesSchema = z.strictObject(
  Object.fromEntries(ATTRIBUTION_KEYS.map((k) => [k, katoCodeSchema.optional()])) as Record<
    AttributionKey,
    z.ZodOptional<typeof katoCodeSchema>
  >,
  { error: 'must be an object of 9-digit KATO codes by key, e.g. { residence: "104035100" }' },
);

/**
 * The JSON form of one receipt: amounts as KZT decimal strings, places as 9-digit KATO codes.
 *
 * @category Attribution
 */
export const receiptJsonSchema = z
  .strictObject(
    {
      id: z.string({ error: "must be the receipt's id, a string" }).min(1, "must be a non-empty id"),
      ebk: ebkCodeSchema,
      amount: amountSchema,
      paymentDate: isoDateSchema,
      payerKind: payerKindSchema,
      places: placesSchema.default({}),
    },
    { error: (issue) => `must be a receipt object, not ${describeValue(issue.input)}` },
  )
  .transform(
    (raw): Receipt => ({
      ...raw,
      places: Object.fromEntries(Object.entries(raw.places).filter(([, code]) => code !== undefined)),
    }),
  );

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

const argumentsSchema = z.strictObject({
  territory: territorySchema,
  options: z.strictObject(
    {
      what: z.string({ error: "must be text, e.g. the file name" }).optional(),
      rulebook: rulebookSchema.optional(),
    },
    { error: (issue) => `must be options { what?, rulebook? }, not ${describeValue(issue.input)}` },
  ),
});

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

/** The places of a record that are well-formed KATO codes but not in the territory, at their keys. */
function unknownPlaces(record: unknown, territory: Territory): Issue[] {
  const places = (record as { places?: unknown } | null)?.places;
  if (typeof places !== "object" || places === null) return [];
  return Object.entries(places).flatMap(([key, code]): Issue[] => {
    if (!katoCodeSchema.safeParse(code).success) return [];
    try {
      territory.place(code);
      return [];
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      return [{ path: ["places", key], message: e.message, code: e.code }];
    }
  });
}

/** How the records of a file are read: where a record's issue goes, and the fields the file lacks. @internal */
export interface RecordsContext {
  readonly what: string;
  readonly territory: Territory;
  readonly rulebook: Rulebook | undefined;
  /** The path of an issue of record `index` at `path` inside it. */
  readonly at: (index: number, path: IssuePath) => IssuePath;
  /** Problems of the file found before its records (columns, rows of the wrong length). */
  readonly earlier?: readonly Issue[];
  /** Fields no record has (a missing column), reported once by `earlier` and not again for each record. */
  readonly absent?: ReadonlySet<string>;
}

/**
 * The problems of one record: its fields, its id if used before, its rule (with a rulebook) and its
 * places, each at its path inside the record; and the receipt when its fields are valid. Also the exact
 * lane of the bulk CSV reader (src/attribution/csv). @internal
 */
export function readRecord(
  record: unknown,
  context: RecordsContext,
  ids: Set<string>,
): { readonly receipt?: Receipt; readonly issues: Issue[] } {
  const read = checkInput(receiptJsonSchema, record, context.what);
  const issues = read.issues.filter((i) => !context.absent?.has(String(i.path[0])));
  const receipt = read.value;
  if (receipt !== undefined) {
    if (ids.has(receipt.id)) {
      issues.push({
        path: ["id"],
        code: "INVALID_INPUT",
        message: `receipt id ${JSON.stringify(receipt.id)} is used twice`,
      });
    }
    ids.add(receipt.id);
    const problem =
      context.rulebook === undefined
        ? undefined
        : attributionIssue(receipt, context.rulebook, context.territory);
    // an unknown place is found below, with the others of the record
    if (problem !== undefined && problem.code !== "UNKNOWN_KATO") {
      issues.push({ path: problem.field, code: problem.code, message: problem.message });
    }
  }
  issues.push(...unknownPlaces(record, context.territory));
  return receipt === undefined ? { issues } : { receipt, issues };
}

/**
 * Validates raw records one by one, collecting every problem (field errors, unknown KATO codes, rules)
 * before failing, so that one run reports them all.
 */
function readRecords(records: readonly unknown[], context: RecordsContext): Receipt[] {
  const issues: Issue[] = [...(context.earlier ?? [])];
  const ids = new Set<string>();
  const receipts = records.flatMap((record, i) => {
    const read = readRecord(record, context, ids);
    issues.push(...read.issues.map((issue) => ({ ...issue, path: context.at(i, issue.path) })));
    return read.receipt === undefined ? [] : [read.receipt];
  });
  throwIssues(context.what, issues);
  return receipts;
}

/** The checked territory and options of a reader, and what is read, for its messages. */
function readerArguments(
  territory: Territory,
  options: ReadReceiptsOptions,
  fallback: string,
): { readonly territory: Territory; readonly rulebook: Rulebook | undefined; readonly what: string } {
  const what = labelOf((options as { what?: unknown } | null)?.what, fallback);
  const checked = parseInput(argumentsSchema, { territory, options }, what);
  return { territory: checked.territory, rulebook: checked.options.rulebook, what };
}

const wrappedSchema = z.strictObject({ note: z.string().optional(), receipts: z.array(z.unknown()) });

/**
 * Reads receipts from JSON text (an array of receipts, or `{ "note": "...", "receipts": [...] }`),
 * validating every field and every KATO code against the territory. Every problem is reported at once
 * with its JSON path; no record is dropped or defaulted. A UTF-8 byte order mark is skipped.
 *
 * @param text - The file's text.
 * @param territory - To check that each KATO code exists.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem (`[3, "amount"]`, codes
 * `INVALID_AMOUNT`, `UNKNOWN_KATO`, `UNKNOWN_EBK`, `INVALID_DATE` where they apply).
 * @category Attribution
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
  const args = readerArguments(territory, options, "receipts JSON");
  const data = parseJsonText(text, args.what);
  const wrapped = Array.isArray(data) ? undefined : wrappedSchema.safeParse(data);
  if (wrapped?.success === false) {
    throwIssues(args.what, [
      {
        path: [],
        code: "INVALID_INPUT",
        message: 'must be an array of receipts or { "note": "...", "receipts": [...] }',
      },
    ]);
  }
  const records: readonly unknown[] = wrapped?.data?.receipts ?? (data as unknown[]);
  const prefix: IssuePath = wrapped === undefined ? [] : ["receipts"];
  return readRecords(records, { ...args, at: (i, path) => [...prefix, i, ...path] });
}

/** The CSV column of a field of a receipt. */
const CSV_NAMES: Readonly<Record<string, string>> = { paymentDate: "payment_date", payerKind: "payer_kind" };

/** The receipt field a CSV column holds (`payment_date` → `paymentDate`). @internal */
export function fieldOfColumn(column: string): string {
  return Object.entries(CSV_NAMES).find(([, v]) => v === column)?.[0] ?? column;
}

/**
 * The path of an issue at `path` inside a record of a CSV file: the row and the column a spreadsheet user
 * sees (places are columns of their own), e.g. `["row 3 (line 4)", "amount"]`. @internal
 */
export function csvIssuePath(row: string, path: IssuePath): IssuePath {
  const [field, key] = path;
  const column =
    field === "places" && key !== undefined ? String(key) : (CSV_NAMES[String(field)] ?? String(field ?? ""));
  return column === "" ? [row] : [row, column];
}

/**
 * Reads receipts from CSV text with the header {@link RECEIPT_CSV_COLUMNS} (lines starting with `#`
 * before the header are a preamble, e.g. a note on where the receipts come from)
 * (`id,ebk,amount,payment_date,payer_kind,residence,registered_location,legal_seat,object_location,advertisement_location,workplace,receiving_unit`;
 * amounts in KZT with at most two decimals; empty place cells are absent places). Every problem is
 * reported at once with its row and column (`["row 3 (line 4)", "amount"]`); no row is dropped.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem, including unknown or missing
 * columns (`["column bogus"]`).
 * @category Attribution
 * @example
 * ```ts
 * const csv = "id,ebk,amount,payment_date,payer_kind,residence\nr-1,104402,21625,2026-03-10,individual,104035100";
 * readReceiptsCsv(csv, kazakhstanTerritory())[0]?.places; //=> { residence: "104035100" }
 * ```
 */
export function readReceiptsCsv(
  text: string,
  territory: Territory,
  options: ReadReceiptsOptions = {},
): Receipt[] {
  const args = readerArguments(territory, options, "receipts CSV");
  const { header, rows } = readCsvRecords(text, args.what, { trim: true });
  const unknown = header.filter((h) => !(RECEIPT_CSV_COLUMNS as readonly string[]).includes(h));
  const missing = ["id", "ebk", "amount", "payment_date", "payer_kind"].filter((c) => !header.includes(c));
  const rowPath = (i: number) => `row ${i + 1} (line ${rows[i]?.line ?? 0})`;
  // Rows with the wrong number of fields are reported as such, once; the others are read field by field.
  const wellFormed = rows.flatMap((row, i) =>
    row.cells.length === header.length ? [{ cells: row.cells, i }] : [],
  );
  const issue = (path: IssuePath, message: string): Issue => ({ path, code: "INVALID_INPUT", message });
  const earlier: Issue[] = [
    ...unknown.map((c) =>
      issue([`column ${c}`], `unknown column; columns are ${RECEIPT_CSV_COLUMNS.join(", ")}`),
    ),
    ...missing.map((c) => issue([`column ${c}`], "required column is missing")),
    ...rows.flatMap((row, i) =>
      row.cells.length === header.length
        ? []
        : [issue([rowPath(i)], `has ${row.cells.length} fields, the header has ${header.length}`)],
    ),
  ];
  const records = wellFormed.map(({ cells }) => {
    const cell = (column: string) => {
      const at = header.indexOf(column);
      return at < 0 ? undefined : cells[at];
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
  const absent = new Set(missing.map(fieldOfColumn));
  return readRecords(records, {
    ...args,
    earlier,
    absent,
    at: (i, path) => csvIssuePath(rowPath(wellFormed[i]?.i ?? 0), path),
  });
}

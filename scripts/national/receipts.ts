import { closeSync, openSync, writeSync } from "node:fs";
import { RECEIPT_CSV_COLUMNS, type RevenueRule, type Rulebook, type Territory } from "../../src/index.js";
import { type NationalBudget, ownOf } from "./budgets.js";
import {
  BUDGETS_TOTAL_2025_KZT,
  CAPITAL_LINE,
  CAPITAL_SHARE_PER_MILLE,
  generatedPreamble,
  OUTSIDE_MEAN_TIYN,
  OUTSIDE_UNITS_PER_MILLE,
  OWN_SHARE,
  ROW_SHARES,
  TAX_LINE_SHARES,
  TAX_SHARE_PER_MILLE,
} from "./calibration.js";
import { aliasSampler, seeded, spreadPerMille } from "./random.js";

/*
 * Synthetic receipts of a national year, as a tax office's file of payments would hold them: one row a
 * payment, every fourth-level revenue line of the year's rules with its payer kind and the place its rule
 * keys on, and payments that are not fourth-level revenues. Seeded: the same options give the same file.
 * The expected sum of each line is its calibrated target (calibration.ts).
 */

/** Changes when the same options would give other rows (files generated before are stale then). */
export const GENERATOR_VERSION = 3;

/** Options of {@link nationalReceiptRows}. */
export interface NationalReceiptsOptions {
  readonly count: number;
  readonly seed: number;
  readonly year: number;
  readonly rulebook: Rulebook;
  readonly territory: Territory;
  /** The units' budgets: each unit's receipts are drawn in proportion to its own revenues. */
  readonly budgets: readonly NationalBudget[];
  /** Told the number of rows written so far, after each batch (e.g. for a progress bar). */
  readonly onRows?: (rows: number) => void;
}

/** One kind of row: a rule of the year, its payer kind, its mean amount in tiyn and its share of rows. */
interface RowKind {
  readonly rule: RevenueRule;
  readonly meanTiyn: number;
  readonly rowsPerMille: number;
}

const slugOf = (rule: RevenueRule) => rule.id.split(".").slice(2).join(".");

/** The rules in force for the whole year (each edition covers whole years). */
function rulesOfYear(rulebook: Rulebook, year: number): RevenueRule[] {
  return rulebook.rules.filter((r) => r.from <= `${year}-01-01` && (r.to ?? "9999-12-31") >= `${year}-12-31`);
}

/** The kinds of rows of a year with their calibrated means. */
function rowKinds(rulebook: Rulebook, year: number, count: number): RowKind[] {
  const rules = rulesOfYear(rulebook, year);
  const own = (BUDGETS_TOTAL_2025_KZT * 100n * OWN_SHARE.numerator) / OWN_SHARE.denominator;
  const tax = (own * TAX_SHARE_PER_MILLE) / 1000n;
  const capital = (own * CAPITAL_SHARE_PER_MILLE) / 1000n;
  const local = rules.filter((r) => r.recipient === "fourth_level" && ROW_SHARES[slugOf(r)] !== undefined);
  const taxShares = local.reduce((sum, r) => sum + (TAX_LINE_SHARES[slugOf(r)] ?? 0), 0);
  const kinds = local.map((rule) => {
    const slug = slugOf(rule);
    const target =
      slug === CAPITAL_LINE ? capital : (tax * BigInt(TAX_LINE_SHARES[slug] ?? 0)) / BigInt(taxShares);
    const rowsPerMille = ROW_SHARES[slug] as number;
    const rows = BigInt(Math.max(1, Math.round((count * rowsPerMille) / 1000)));
    return { rule, meanTiyn: Number(target / rows), rowsPerMille };
  });
  const outside = rules.filter((r) => r.recipient === "district_or_higher");
  const left = 1000 - kinds.reduce((sum, k) => sum + k.rowsPerMille, 0);
  return [
    ...kinds,
    ...outside.map((rule) => ({ rule, meanTiyn: OUTSIDE_MEAN_TIYN, rowsPerMille: left / outside.length })),
  ];
}

/** `1234567` tiyn as `12345.67`. */
const kzt = (tiyn: number) => `${Math.floor(tiyn / 100)}.${String(tiyn % 100).padStart(2, "0")}`;

/** The days of a year as `YYYY-MM-DD`. */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Rows a chunk of the generated file holds (the last may hold fewer). */
const BATCH_ROWS = 65_536;

/** The generated rows as CSV lines (without the header), in batches. */
export function* nationalReceiptRows(options: NationalReceiptsOptions): Generator<string> {
  const { count, seed, year, budgets, territory } = options;
  const random = seeded(seed);
  const kinds = rowKinds(options.rulebook, year, count);
  const kindOf = aliasSampler(kinds.map((k) => k.rowsPerMille));
  const unitOf = aliasSampler(budgets.map((b) => Number(ownOf(b.figures).tiyn)));
  const cities = territory.places().filter((p) => p.type === "city_proper" || p.type === "city_district");
  const spread = spreadPerMille();
  const days = daysOf(year);
  const keyColumn = kinds.map((k) => RECEIPT_CSV_COLUMNS.indexOf(k.rule.key));
  const empty = RECEIPT_CSV_COLUMNS.map(() => "");
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = kindOf(random);
    const kind = kinds[k] as RowKind;
    const { unit } = budgets[unitOf(random)] as NationalBudget;
    const outsideUnits = kind.rule.recipient === "fourth_level" && random() * 1000 < OUTSIDE_UNITS_PER_MILLE;
    const place = outsideUnits
      ? (cities[Math.floor(random() * cities.length)]?.code as string)
      : (unit.places[Math.floor(random() * unit.places.length)] as string);
    const amount =
      Math.floor((kind.meanTiyn * (spread[Math.floor(random() * spread.length)] as number)) / 1000) +
      1 +
      Math.floor(random() * 100);
    const cells = empty.slice();
    cells[0] = `g${seed}-${i}`;
    cells[1] = kind.rule.ebk;
    cells[2] = kzt(amount);
    cells[3] = days[Math.floor(random() * days.length)] as string;
    cells[4] = kind.rule.payerKinds[0] as string;
    cells[keyColumn[k] as number] = place;
    batch.push(cells.join(","));
    if (batch.length === BATCH_ROWS) {
      yield `${batch.join("\n")}\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${batch.join("\n")}\n`;
}

/** Writes a generated receipts file: the preamble saying what it is, the header, the rows. */
export function writeNationalReceipts(path: string, options: NationalReceiptsOptions): void {
  const fd = openSync(path, "w");
  try {
    const preamble = generatedPreamble("synthetic receipts", options.seed, options.year, options.count);
    writeSync(fd, `${preamble.map((line) => `# ${line}`).join("\n")}\n${RECEIPT_CSV_COLUMNS.join(",")}\n`);
    let rows = 0;
    for (const chunk of nationalReceiptRows(options)) {
      writeSync(fd, chunk);
      rows = Math.min(rows + BATCH_ROWS, options.count);
      options.onRows?.(rows);
    }
  } finally {
    closeSync(fd);
  }
}

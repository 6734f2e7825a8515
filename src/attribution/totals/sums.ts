import type { RevenueCategory } from "../../classification/category.js";
import { type Account, accountId } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import type { AttributionTables } from "./tables.js";
import type { AttributionTotalRow } from "./totals.js";

/*
 * Exact sums in tiyn over typed arrays: each (account, rule) cell adds whole tiyn in a float64, which is
 * exact up to Number.MAX_SAFE_INTEGER (about 90 trillion KZT); before a sum would pass that bound, the
 * cell's sum moves into a bigint beside it. No amount is ever a fraction: every value added is a whole
 * number of tiyn.
 */

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * What one account received under one EBK code, category and rule, outside the cells: the unattributed
 * account, and any posting of a rule the tables do not hold.
 */
export interface OtherSum {
  readonly account: Account;
  readonly ebk: string;
  readonly category: RevenueCategory | undefined;
  readonly ruleId: string;
  tiyn: bigint;
  count: number;
}

/** Running totals of one attribution: per (account, rule) cell, the other rows, all receipts. */
export interface Sums {
  /** Cells per account: the number of rules. */
  readonly width: number;
  readonly tiyn: Float64Array;
  readonly count: Float64Array;
  /** The part of a cell's sum that no longer fits a safe integer, by cell. */
  readonly spill: Map<number, bigint>;
  /** By {@link otherKey}. */
  readonly other: Map<string, OtherSum>;
  /** The sum and number of all receipts, attributed or not (the conservation check's left side). */
  receiptsTiyn: number;
  receiptsSpill: bigint;
  receipts: number;
}

/** Empty sums for the accounts and rules of `tables`. */
export function emptySums(tables: Pick<AttributionTables, "accounts" | "rules">): Sums {
  const width = Math.max(tables.rules.length, 1);
  const cells = tables.accounts.length * width;
  return {
    width,
    tiyn: new Float64Array(cells),
    count: new Float64Array(cells),
    spill: new Map(),
    other: new Map(),
    receiptsTiyn: 0,
    receiptsSpill: 0n,
    receipts: 0,
  };
}

/** Adds a receipt of `tiyn` (a whole number, at most MAX_SAFE_INTEGER) to the receipts total. */
export function countReceipt(sums: Sums, tiyn: number): void {
  if (tiyn > SAFE - sums.receiptsTiyn) {
    sums.receiptsSpill += BigInt(sums.receiptsTiyn);
    sums.receiptsTiyn = 0;
  }
  sums.receiptsTiyn += tiyn;
  sums.receipts++;
}

/** Adds `tiyn` (a whole number, at most MAX_SAFE_INTEGER) to a cell. */
export function addToCell(sums: Sums, cell: number, tiyn: number): void {
  const before = sums.tiyn[cell] as number;
  if (tiyn > SAFE - before) {
    sums.spill.set(cell, (sums.spill.get(cell) ?? 0n) + BigInt(before));
    sums.tiyn[cell] = tiyn;
  } else {
    sums.tiyn[cell] = before + tiyn;
  }
  sums.count[cell] = (sums.count[cell] as number) + 1;
}

/** Adds a receipt of any size, given as a bigint, to a cell and to the receipts total. */
export function addBigReceipt(sums: Sums, cell: number, tiyn: bigint): void {
  sums.spill.set(cell, (sums.spill.get(cell) ?? 0n) + tiyn);
  sums.count[cell] = (sums.count[cell] as number) + 1;
  sums.receiptsSpill += tiyn;
  sums.receipts++;
}

/** The key of an {@link OtherSum}. */
const otherKey = (row: Omit<OtherSum, "tiyn" | "count">): string =>
  `${accountId(row.account)}|${row.ebk}|${row.category ?? ""}|${row.ruleId}`;

/**
 * Adds a receipt posted outside the cells (to the unattributed account, or under a rule the tables do
 * not hold), of any size, and counts it in the receipts total.
 */
export function addOther(sums: Sums, to: Omit<OtherSum, "tiyn" | "count">, tiyn: bigint): void {
  const key = otherKey(to);
  const row = sums.other.get(key) ?? { ...to, tiyn: 0n, count: 0 };
  row.tiyn += tiyn;
  row.count++;
  sums.other.set(key, row);
  sums.receiptsSpill += tiyn;
  sums.receipts++;
}

/** Adds `from` into `into` (sums of the same tables), exactly. */
export function mergeSums(into: Sums, from: Sums): void {
  from.tiyn.forEach((tiyn, cell) => {
    const count = from.count[cell] as number;
    if (count === 0) return;
    const before = into.tiyn[cell] as number;
    if (tiyn > SAFE - before) {
      into.spill.set(cell, (into.spill.get(cell) ?? 0n) + BigInt(before));
      into.tiyn[cell] = tiyn;
    } else {
      into.tiyn[cell] = before + tiyn;
    }
    into.count[cell] = (into.count[cell] as number) + count;
  });
  for (const [cell, big] of from.spill) into.spill.set(cell, (into.spill.get(cell) ?? 0n) + big);
  for (const row of from.other.values()) {
    const key = otherKey(row);
    const mine = into.other.get(key) ?? { ...row, tiyn: 0n, count: 0 };
    mine.tiyn += row.tiyn;
    mine.count += row.count;
    into.other.set(key, mine);
  }
  into.receiptsSpill += from.receiptsSpill + BigInt(from.receiptsTiyn);
  into.receipts += from.receipts;
}

/** The total of all receipts counted, exact. */
export function receiptsTotal(sums: Sums): Money {
  return Money.fromTiyn(sums.receiptsSpill + BigInt(sums.receiptsTiyn));
}

/** The rows of the sums: one per (account, rule) cell that received something, then the other rows. */
export function rowsOfSums(
  sums: Sums,
  tables: Pick<AttributionTables, "accounts" | "rules">,
): AttributionTotalRow[] {
  const rows: AttributionTotalRow[] = [];
  sums.count.forEach((count, cell) => {
    if (count === 0) return;
    const account = tables.accounts[Math.floor(cell / sums.width)];
    const rule = tables.rules[cell % sums.width];
    if (account === undefined || rule === undefined) return;
    const tiyn = BigInt(sums.tiyn[cell] as number) + (sums.spill.get(cell) ?? 0n);
    rows.push({
      account,
      ebk: rule.ebk,
      category: rule.category,
      ruleId: rule.id,
      amount: Money.fromTiyn(tiyn),
      receipts: count,
    });
  });
  for (const { tiyn, count, ...row } of sums.other.values()) {
    rows.push({ ...row, amount: Money.fromTiyn(tiyn), receipts: count });
  }
  return rows;
}

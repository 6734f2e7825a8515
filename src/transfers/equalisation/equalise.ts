import { FourthLevelError, type InputIssue, throwIfIssues, unknownFieldIssues } from "../../errors/error.js";
import { Dec, type DecimalInput, toDec } from "../../money/decimal.js";
import { Money } from "../../money/money.js";
import { describe, readAmount } from "../forecast/rates.js";
import { type BindingBound, type BoundedRecipient, splitByWeight, waterFill } from "./water-fill.js";

/**
 * One fourth-level unit (rural district, village, settlement, town of district significance) as the
 * equalisation methods see it. Amounts in KZT ({@link Money}, exact tiyn).
 * @category Transfers
 */
export interface EqualisationUnit {
  /** A name or KATO code, unique within the district; used in explanations and errors. */
  readonly id: string;
  /** Forecast own revenues for the year, without transfers (needed by `gap_filling`). */
  readonly forecastOwnRevenues?: Money;
  /** Forecast costs for the year, without targeted transfers and debt service (needed by `gap_filling`). */
  readonly forecastCosts?: Money;
  /**
   * Named indicators as plain decimals (never floats): population, area, number of places, or any other
   * the caller uses for `weights` or a per-capita cap, e.g. `{ population: "1200", area_km2: "350.5" }`.
   */
  readonly indicators?: Readonly<Record<string, DecimalInput>>;
  /** Last year's subvention (≥ 0), needed by a {@link ChangeLimit}. */
  readonly lastYear?: Money;
}

/**
 * How far a unit's subvention may move from last year's, in either direction: by `percent` of last
 * year's amount (a decimal ≥ 0, e.g. `"10"`), or by an absolute `amount` of KZT.
 * @category Transfers
 */
export type ChangeLimit =
  | { readonly kind: "percent"; readonly percent: DecimalInput }
  | { readonly kind: "amount"; readonly amount: Money };

/**
 * Floors and caps on each unit's subvention; every figure is configuration chosen by the caller. A
 * per-unit value replaces the common one for that unit. Floors and caps apply to the units that share
 * the pool, not to a unit paying a budget withdrawal.
 * @category Transfers
 */
export interface EqualisationConstraints {
  /** The least every unit receives, KZT. */
  readonly floor?: Money;
  /** Floors for named units (by `id`), replacing `floor` for them. */
  readonly floorByUnit?: Readonly<Record<string, Money>>;
  /** The most any unit receives, KZT. */
  readonly cap?: Money;
  /** Caps for named units (by `id`), replacing `cap` for them. */
  readonly capByUnit?: Readonly<Record<string, Money>>;
  /**
   * The most per person: `amount` (KZT) × the unit's `indicator` (e.g. `"population"`), rounded down
   * to the tiyn.
   */
  readonly capPerCapita?: { readonly amount: Money; readonly indicator: string };
  /**
   * A corridor around last year's subvention: a cap at last year + the limit (rounded down to the
   * tiyn) and a floor at last year − the limit (rounded up, never below zero). A unit without
   * `lastYear` is not limited, and its explanation says so.
   */
  readonly maxChange?: ChangeLimit;
}

/**
 * What a unit with a surplus (own revenues above costs) does under `gap_filling`: `keep` it (no
 * transfer, weight zero in the pool), or pay it as a budget `withdraw`al to the district, at most `cap`
 * KZT per unit when a cap is set.
 * @category Transfers
 */
export type SurplusTreatment =
  | { readonly kind: "keep" }
  | { readonly kind: "withdraw"; readonly cap?: Money };

/**
 * Gap filling: each unit's gap is forecast costs − forecast own revenues (the law's formula, e.g. BC2025
 * Art. 79 p.1 with Art. 80); the pool is split in proportion to the positive gaps. Without a
 * `pool` the pool is the total gap, so each unit gets its gap; with a pool the gaps are scaled to it
 * (down when it is smaller than the total gap, up when larger).
 * @category Transfers
 */
export interface GapFillingMethod {
  readonly kind: "gap_filling";
  /** The total of subventions, KZT (≥ 0); the total gap when left out. */
  readonly pool?: Money;
  /** What units with a surplus do. */
  readonly surpluses: SurplusTreatment;
  /** Floors and caps. */
  readonly constraints?: EqualisationConstraints;
}

/**
 * A fixed pool split in proportion to one named indicator of each unit (population, area, places…).
 *
 * @category Transfers
 */
export interface WeightsMethod {
  readonly kind: "weights";
  /** The total of subventions, KZT (≥ 0). */
  readonly pool: Money;
  /** The key in each unit's `indicators` to weigh by, e.g. `"population"`. */
  readonly indicator: string;
  /** Floors and caps. */
  readonly constraints?: EqualisationConstraints;
}

/**
 * An equalisation method with all its configuration: none of its figures is set by law.
 *
 * @category Transfers
 */
export type EqualisationMethod = GapFillingMethod | WeightsMethod;

/**
 * Which limit fixed a unit's amount: its floor, its cap, the withdrawal cap, or none.
 *
 * @category Transfers
 */
export type EqualisationBound = BindingBound | "withdrawal_cap";

/**
 * One unit's transfer under a method.
 *
 * @category Transfers
 */
export interface UnitTransfer {
  /** The unit's `id`. */
  readonly unit: string;
  /** `subvention` (district → unit), `withdrawal` (unit → district) or `none` (zero). */
  readonly kind: "subvention" | "withdrawal" | "none";
  /** The amount, KZT, never negative. */
  readonly amount: Money;
  /** The amount signed from the unit's side: a subvention positive, a withdrawal negative. */
  readonly net: Money;
  /** What the method alone gave, before floors and caps (a withdrawal: the whole surplus). */
  readonly byMethod: Money;
  /** The unit's effective floor (zero when none). */
  readonly floor: Money;
  /** The unit's effective cap; absent when none. */
  readonly cap?: Money;
  /** Which limit fixed the amount. */
  readonly bound: EqualisationBound;
  /** In words: what the method gave and what floors, caps and re-distribution changed. */
  readonly explanation: string;
}

/**
 * The result of {@link equalise}.
 *
 * @category Transfers
 */
export interface Equalisation {
  /** The method used. */
  readonly method: EqualisationMethod["kind"];
  /** The total of subventions, KZT: exactly the sum of the units' subventions. */
  readonly pool: Money;
  /** The total of budget withdrawals, KZT. */
  readonly withdrawals: Money;
  /** The district's net outlay: pool − withdrawals. */
  readonly netOutlay: Money;
  /** One entry per unit, in the order given. */
  readonly units: readonly UnitTransfer[];
}

/** A bound with the reason it applies, for the explanation and the errors. */
interface Limit {
  readonly amount: Money;
  readonly reason: string;
}

/** What a unit brings to the pool: its weight and a line explaining it. */
interface PoolEntry {
  readonly index: number;
  readonly weight: Dec;
  readonly basis: string;
}

/** A unit paying a withdrawal under gap filling. */
interface WithdrawalEntry {
  readonly index: number;
  readonly surplus: Money;
  readonly basis: string;
}

/**
 * Splits a district's subvention pool among its units by the chosen method, within floors and caps,
 * and (gap filling with `surpluses: { kind: "withdraw" }`) sets the budget withdrawals of the units
 * with a surplus.
 *
 * The whole pool is always distributed exactly, to the tiyn: what floors take and caps free is
 * re-distributed among the units not held at a limit, in proportion to their weights, round after round
 * (water-filling) until no floor or cap is violated; each split is by largest remainder, ties broken by
 * the order of the units. The result depends only on the inputs. Under gap filling without per-unit
 * limits, a unit with a larger gap never receives less.
 *
 * Which method, pool and limits to use is configuration: the official coefficients (Ministry of National
 * Economy typical methodology, order of 27 May 2025 No 38) are not established.
 *
 * @category Transfers
 * @param units - The district's units (at least one, unique ids).
 * @param method - The method with its pool and constraints.
 * @returns Per unit the transfer and its explanation; the pool, withdrawals and net outlay.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once: missing or bad inputs
 * (forecasts, indicators, negative amounts, unknown unit ids), and infeasible settings — a floor above
 * a cap for a unit, floors summing above the pool, or caps (and the floors of zero-weight units) summing
 * below it — naming the units and amounts.
 * @example
 * ```ts
 * const r = equalise(
 *   [
 *     { id: "Akkol", indicators: { population: "1200" } },
 *     { id: "Berik", indicators: { population: "800" } },
 *     { id: "Zhana", indicators: { population: "2000" } },
 *   ],
 *   { kind: "weights", pool: Money.kzt("1000000"), indicator: "population" },
 * );
 * r.units.map((u) => u.amount.toKzt()); // ["300000.00", "200000.00", "500000.00"]
 * ```
 */
export function equalise(units: readonly EqualisationUnit[], method: EqualisationMethod): Equalisation {
  const kind = (method as { kind?: unknown } | undefined)?.kind;
  if (kind !== "gap_filling" && kind !== "weights") {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `equalisation method ${describe(kind)} is not one of gap_filling, weights`,
      { kind: String(kind) },
    );
  }
  const issues: InputIssue[] = unknownFieldIssues(
    method,
    kind === "weights"
      ? ["kind", "pool", "indicator", "constraints"]
      : ["kind", "pool", "surpluses", "constraints"],
    "method",
  );
  if (method.kind === "gap_filling") {
    const surplus = (method.surpluses as { kind?: unknown } | undefined)?.kind;
    if (surplus !== "keep" && surplus !== "withdraw")
      issues.push({
        path: "method.surpluses",
        message: `${shape(method.surpluses)} is not { kind: "keep" } or { kind: "withdraw", cap? }`,
      });
    else
      issues.push(
        ...unknownFieldIssues(
          method.surpluses,
          surplus === "keep" ? ["kind"] : ["kind", "cap"],
          "method.surpluses",
        ),
      );
  }
  checkUnits(units, issues);
  const constraints = method.constraints ?? {};
  checkConstraints(units, constraints, issues);
  // without a surplus treatment the gaps cannot be read: report what is known so far
  if (issues.some((i) => i.path === "method.surpluses"))
    throwIfIssues(`equalisation (${method.kind})`, issues);
  const { pool, entries, withdrawals } =
    method.kind === "gap_filling"
      ? gapFillingEntries(units, method, issues)
      : weightEntries(units, method, issues);
  const what = `equalisation (${method.kind})`;
  throwIfIssues(what, issues);

  const floors = entries.map((e) => floorOf(units[e.index] as EqualisationUnit, constraints));
  const caps = entries.map((e) => capOf(units[e.index] as EqualisationUnit, constraints));
  const weights = scaledIntegers(entries.map((e) => e.weight));
  checkFeasibility(units, entries, weights, floors, caps, pool, issues);
  throwIfIssues(what, issues);

  const recipients: BoundedRecipient[] = entries.map((_, k) => ({
    weight: weights[k] ?? 0n,
    floor: floors[k]?.amount.tiyn ?? 0n,
    cap: caps[k]?.amount.tiyn,
  }));
  const filled = waterFill(pool.tiyn, recipients);
  if (filled === undefined) {
    // Not reached when the checks above pass; kept so that no pool is ever silently left unplaced.
    throw new FourthLevelError("INVALID_INPUT", `${what}: ${pool} cannot be placed among the units`, {
      pool: pool.toKzt(),
    });
  }
  const byMethod = splitByWeight(pool.tiyn, weights) ?? weights.map(() => 0n);

  const results: UnitTransfer[] = new Array(units.length);
  entries.forEach((e, k) => {
    const amount = Money.fromTiyn(filled.amounts[k] ?? 0n);
    const share = Money.fromTiyn(byMethod[k] ?? 0n);
    const floor = floors[k];
    const cap = caps[k];
    const bound = filled.bound[k] ?? "none";
    const steps = [e.basis, `method share ${share} of the pool ${pool}`];
    if (bound === "floor" && floor !== undefined)
      steps.push(`raised to its floor ${floor.amount} (${floor.reason})`);
    else if (bound === "cap" && cap !== undefined)
      steps.push(`lowered to its cap ${cap.amount} (${cap.reason})`);
    else if (!amount.equals(share)) {
      const change = amount.minus(share);
      steps.push(
        `${change.isNegative() ? "" : "+"}${change} from re-distributing what floors took and caps freed`,
      );
    }
    const unit = units[e.index] as EqualisationUnit;
    if (constraints.maxChange !== undefined && unit.lastYear === undefined)
      steps.push("no last-year amount: change limit not applied");
    results[e.index] = {
      unit: unit.id,
      kind: amount.isZero() ? "none" : "subvention",
      amount,
      net: amount,
      byMethod: share,
      floor: floor?.amount ?? Money.zero,
      ...(cap === undefined ? {} : { cap: cap.amount }),
      bound,
      explanation: steps.join("; "),
    };
  });
  const withdrawalCap =
    method.kind === "gap_filling" && method.surpluses.kind === "withdraw" ? method.surpluses.cap : undefined;
  for (const w of withdrawals) {
    const capped = withdrawalCap !== undefined && w.surplus.compare(withdrawalCap) > 0;
    const amount = capped ? withdrawalCap : w.surplus;
    results[w.index] = {
      unit: (units[w.index] as EqualisationUnit).id,
      kind: "withdrawal",
      amount,
      net: amount.negate(),
      byMethod: w.surplus,
      floor: Money.zero,
      ...(withdrawalCap === undefined ? {} : { cap: withdrawalCap }),
      bound: capped ? "withdrawal_cap" : "none",
      explanation: [
        w.basis,
        `budget withdrawal of the surplus${capped ? `, limited to the withdrawal cap ${withdrawalCap}` : ""}`,
        "floors and caps of the pool do not apply",
      ].join("; "),
    };
  }
  const withdrawn = Money.sum(withdrawals.map((w) => (results[w.index] as UnitTransfer).amount));
  return {
    method: method.kind,
    pool,
    withdrawals: withdrawn,
    netOutlay: pool.minus(withdrawn),
    units: results,
  };
}

/**
 * One unit under two methods: amounts signed from the unit's side (withdrawals negative).
 *
 * @category Transfers
 */
export interface UnitComparison {
  /** The unit's `id`. */
  readonly unit: string;
  /** Its net transfer under method A. */
  readonly a: Money;
  /** Its net transfer under method B. */
  readonly b: Money;
  /** `b − a`: positive when the unit gains from B. */
  readonly difference: Money;
  /** Whether the unit gains, loses or stays the same under B compared with A. */
  readonly change: "gains" | "loses" | "same";
}

/**
 * The result of {@link compareEqualisation}.
 *
 * @category Transfers
 */
export interface EqualisationComparison {
  /** The full result of method A. */
  readonly a: Equalisation;
  /** The full result of method B. */
  readonly b: Equalisation;
  /** Per unit, in the order given. */
  readonly units: readonly UnitComparison[];
  /** The district's net outlay under A and under B (equal when both use the same fixed pool and no withdrawals). */
  readonly outlay: { readonly a: Money; readonly b: Money };
}

/**
 * Who gains and who loses when the district switches from method A to method B: per unit the net
 * transfer under each (subventions positive, withdrawals negative) and the difference, and the district's
 * net outlay under each.
 *
 * @category Transfers
 * @throws {@link FourthLevelError} `INVALID_INPUT` as {@link equalise} does, for either method.
 * @example
 * ```ts
 * // gaps 600 and 200 filled from a pool of 800, or the pool split 1 000 : 3 000 by population (200 / 600)
 * const units = [
 *   { id: "Akkol", forecastOwnRevenues: Money.kzt("100"), forecastCosts: Money.kzt("700"),
 *     indicators: { population: "1000" } },
 *   { id: "Berik", forecastOwnRevenues: Money.kzt("100"), forecastCosts: Money.kzt("300"),
 *     indicators: { population: "3000" } },
 * ];
 * const gapFilling = { kind: "gap_filling", pool: Money.kzt("800"), surpluses: { kind: "keep" } } as const;
 * const byPopulation = { kind: "weights", pool: Money.kzt("800"), indicator: "population" } as const;
 * const c = compareEqualisation(units, gapFilling, byPopulation);
 * c.units.filter((u) => u.change === "gains").map((u) => u.unit); //=> ["Berik"]
 * ```
 */
export function compareEqualisation(
  units: readonly EqualisationUnit[],
  methodA: EqualisationMethod,
  methodB: EqualisationMethod,
): EqualisationComparison {
  const a = equalise(units, methodA);
  const b = equalise(units, methodB);
  return {
    a,
    b,
    units: a.units.map((ua, i) => {
      const nb = (b.units[i] as UnitTransfer).net;
      const difference = nb.minus(ua.net);
      return { unit: ua.unit, a: ua.net, b: nb, difference, change: changeOf(difference) };
    }),
    outlay: { a: a.netOutlay, b: b.netOutlay },
  };
}

/** How a unit fares under B against A, from the difference `b − a`. @internal */
export function changeOf(difference: Money): "gains" | "loses" | "same" {
  const sign = difference.compare(Money.zero);
  return sign > 0 ? "gains" : sign < 0 ? "loses" : "same";
}

function unitPath(units: readonly EqualisationUnit[], i: number): string {
  return `units[${i}] (${units[i]?.id ?? "?"})`;
}

function checkUnits(units: readonly EqualisationUnit[], issues: InputIssue[]): void {
  if (units.length === 0) issues.push({ path: "units", message: "no units: give at least one" });
  const seen = new Set<string>();
  units.forEach((u, i) => {
    if (u.id.trim() === "") issues.push({ path: `units[${i}].id`, message: "empty id" });
    else if (seen.has(u.id))
      issues.push({ path: `units[${i}].id`, message: `id ${JSON.stringify(u.id)} is given twice` });
    seen.add(u.id);
    if (u.lastYear?.isNegative()) {
      issues.push({
        path: `${unitPath(units, i)}.lastYear`,
        message: `last year's subvention ${u.lastYear} is negative`,
      });
    }
  });
}

/** A setting as JSON for a message; a bigint inside is written `5n` rather than throwing a TypeError. */
function shape(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value);
}

/** Records an issue unless `amount` is absent or a non-negative Money. */
function checkNonNegative(path: string, amount: Money | undefined, issues: InputIssue[]): void {
  if (amount !== undefined) readAmount(amount, path, issues);
}

function checkConstraints(
  units: readonly EqualisationUnit[],
  c: EqualisationConstraints,
  issues: InputIssue[],
): void {
  const ids = new Set(units.map((u) => u.id));
  issues.push(
    ...unknownFieldIssues(
      c,
      ["floor", "floorByUnit", "cap", "capByUnit", "capPerCapita", "maxChange"],
      "constraints",
    ),
  );
  checkNonNegative("constraints.floor", c.floor, issues);
  checkNonNegative("constraints.cap", c.cap, issues);
  for (const [key, byUnit] of [
    ["floorByUnit", c.floorByUnit],
    ["capByUnit", c.capByUnit],
  ] as const) {
    for (const [id, amount] of Object.entries(byUnit ?? {})) {
      if (!ids.has(id))
        issues.push({
          path: `constraints.${key}.${id}`,
          message: `no unit has id ${JSON.stringify(id)}; the units are ${[...ids].join(", ")}`,
        });
      checkNonNegative(`constraints.${key}.${id}`, amount, issues);
    }
  }
  if (c.capPerCapita !== undefined) {
    const { amount, indicator } = c.capPerCapita;
    checkNonNegative("constraints.capPerCapita.amount", amount, issues);
    units.forEach((_, i) => {
      readIndicator(units, i, indicator, issues);
    });
  }
  const limitKind = (c.maxChange as { kind?: unknown } | undefined)?.kind;
  if (c.maxChange !== undefined && limitKind !== "percent" && limitKind !== "amount") {
    issues.push({
      path: "constraints.maxChange",
      message: `${shape(c.maxChange)} is not { kind: "percent", percent } or { kind: "amount", amount }`,
    });
  } else if (c.maxChange !== undefined) {
    issues.push(...unknownFieldIssues(c.maxChange, ["kind", limitKind as string], "constraints.maxChange"));
  }
  if (c.maxChange?.kind === "percent") {
    const p = readDecimal(c.maxChange.percent, "constraints.maxChange.percent", issues);
    if (p?.isNegative())
      issues.push({ path: "constraints.maxChange.percent", message: `${p.toFixed()} % is negative` });
  } else if (c.maxChange?.kind === "amount") {
    checkNonNegative("constraints.maxChange.amount", c.maxChange.amount, issues);
  }
}

function readDecimal(value: DecimalInput, path: string, issues: InputIssue[]): Dec | undefined {
  try {
    return toDec(value, path);
  } catch {
    issues.push({
      path,
      message: `${JSON.stringify(String(value))} is not a plain decimal such as "1200" or "35.5"`,
    });
    return undefined;
  }
}

/** A unit's indicator as a non-negative decimal, or `undefined` with an issue recorded. */
function readIndicator(
  units: readonly EqualisationUnit[],
  i: number,
  name: string,
  issues: InputIssue[],
): Dec | undefined {
  const path = `${unitPath(units, i)}.indicators.${name}`;
  const value = units[i]?.indicators?.[name];
  if (value === undefined) {
    issues.push({ path, message: `indicator ${JSON.stringify(name)} is missing` });
    return undefined;
  }
  const d = readDecimal(value, path, issues);
  if (d?.isNegative()) {
    issues.push({ path, message: `indicator ${JSON.stringify(name)} is negative (${d.toFixed()})` });
    return undefined;
  }
  return d;
}

function gapFillingEntries(
  units: readonly EqualisationUnit[],
  method: GapFillingMethod,
  issues: InputIssue[],
): { pool: Money; entries: PoolEntry[]; withdrawals: WithdrawalEntry[] } {
  const entries: PoolEntry[] = [];
  const withdrawals: WithdrawalEntry[] = [];
  const withdraw = method.surpluses.kind === "withdraw";
  if (method.surpluses.kind === "withdraw")
    checkNonNegative("method.surpluses.cap", method.surpluses.cap, issues);
  units.forEach((u, i) => {
    const { forecastOwnRevenues: revenues, forecastCosts: costs } = u;
    if (revenues === undefined || costs === undefined) {
      issues.push({
        path: unitPath(units, i),
        message: "gap filling needs forecastOwnRevenues and forecastCosts",
      });
      return;
    }
    const gap = costs.minus(revenues);
    const figures = `costs ${costs} − own revenues ${revenues}`;
    if (gap.isNegative() && withdraw) {
      withdrawals.push({
        index: i,
        surplus: gap.negate(),
        basis: `surplus ${gap.negate()} (${figures})`,
      });
    } else if (gap.isNegative()) {
      entries.push({
        index: i,
        weight: new Dec(0),
        basis: `no gap: surplus ${gap.negate()} kept (${figures})`,
      });
    } else {
      entries.push({ index: i, weight: new Dec(gap.tiyn.toString()), basis: `gap ${gap} (${figures})` });
    }
  });
  const totalGap = Money.sum(entries.map((e) => Money.fromTiyn(BigInt(e.weight.toFixed(0)))));
  checkNonNegative("method.pool", method.pool, issues);
  return { pool: method.pool ?? totalGap, entries, withdrawals };
}

function weightEntries(
  units: readonly EqualisationUnit[],
  method: WeightsMethod,
  issues: InputIssue[],
): { pool: Money; entries: PoolEntry[]; withdrawals: WithdrawalEntry[] } {
  const pool = readAmount(method.pool, "method.pool", issues) ?? Money.zero;
  const values = units.map((_, i) => readIndicator(units, i, method.indicator, issues));
  const total = values.reduce((sum: Dec, v) => sum.plus(v ?? 0), new Dec(0));
  const entries = values.map((v, i) => ({
    index: i,
    weight: v ?? new Dec(0),
    basis: `${method.indicator} ${(v ?? new Dec(0)).toFixed()} of ${total.toFixed()}`,
  }));
  return { pool, entries, withdrawals: [] };
}

/** Decimal weights as whole numbers at one common scale (exact). */
function scaledIntegers(weights: readonly Dec[]): bigint[] {
  const places = Math.max(0, ...weights.map((w) => w.decimalPlaces()));
  const scale = new Dec(10).pow(places);
  return weights.map((w) => BigInt(w.times(scale).toFixed(0)));
}

/** The limit `pick` prefers (the first on a tie), or `undefined` when there is none. */
function strictest(limits: readonly Limit[], pick: (a: Money, b: Money) => boolean): Limit | undefined {
  return limits.reduce<Limit | undefined>(
    (best, l) => (best === undefined || pick(l.amount, best.amount) ? l : best),
    undefined,
  );
}

function changeLimit(last: Money, limit: ChangeLimit): { up: Money; down: Money; label: string } {
  if (limit.kind === "amount") {
    return { up: last.plus(limit.amount), down: last.minus(limit.amount), label: limit.amount.toString() };
  }
  const p = toDec(limit.percent).dividedBy(100);
  return {
    up: last.times(new Dec(1).plus(p).toFixed(), "floor"),
    down: last.times(new Dec(1).minus(p).toFixed(), "ceil"),
    label: `${toDec(limit.percent).toFixed()} %`,
  };
}

function floorOf(unit: EqualisationUnit, c: EqualisationConstraints): Limit | undefined {
  const limits: Limit[] = [];
  const own = c.floorByUnit?.[unit.id];
  if (own !== undefined) limits.push({ amount: own, reason: "unit floor" });
  else if (c.floor !== undefined) limits.push({ amount: c.floor, reason: "common floor" });
  if (c.maxChange !== undefined && unit.lastYear !== undefined) {
    const { down, label } = changeLimit(unit.lastYear, c.maxChange);
    const amount = down.isNegative() ? Money.zero : down;
    limits.push({ amount, reason: `at most ${label} below last year's ${unit.lastYear}` });
  }
  return strictest(limits, (a, b) => a.compare(b) > 0);
}

function capOf(unit: EqualisationUnit, c: EqualisationConstraints): Limit | undefined {
  const limits: Limit[] = [];
  const own = c.capByUnit?.[unit.id];
  if (own !== undefined) limits.push({ amount: own, reason: "unit cap" });
  else if (c.cap !== undefined) limits.push({ amount: c.cap, reason: "common cap" });
  if (c.capPerCapita !== undefined) {
    const { amount, indicator } = c.capPerCapita;
    const people = toDec(unit.indicators?.[indicator] ?? 0).toFixed();
    limits.push({
      amount: amount.times(people, "floor"),
      reason: `${amount} per person × ${indicator} ${people}`,
    });
  }
  if (c.maxChange !== undefined && unit.lastYear !== undefined) {
    const { up, label } = changeLimit(unit.lastYear, c.maxChange);
    limits.push({ amount: up, reason: `at most ${label} above last year's ${unit.lastYear}` });
  }
  return strictest(limits, (a, b) => a.compare(b) < 0);
}

function checkFeasibility(
  units: readonly EqualisationUnit[],
  entries: readonly PoolEntry[],
  weights: readonly bigint[],
  floors: readonly (Limit | undefined)[],
  caps: readonly (Limit | undefined)[],
  pool: Money,
  issues: InputIssue[],
): void {
  entries.forEach((e, k) => {
    const floor = floors[k];
    const cap = caps[k];
    if (floor !== undefined && cap !== undefined && floor.amount.compare(cap.amount) > 0) {
      issues.push({
        path: unitPath(units, e.index),
        message: `floor ${floor.amount} (${floor.reason}) is above its cap ${cap.amount} (${cap.reason})`,
      });
    }
  });
  const floorParts = entries.flatMap((e, k) => {
    const f = floors[k];
    return f === undefined || f.amount.isZero() ? [] : [`${units[e.index]?.id} ${f.amount} (${f.reason})`];
  });
  const floorTotal = Money.sum(floors.map((f) => f?.amount ?? Money.zero));
  if (floorTotal.compare(pool) > 0) {
    issues.push({
      path: "constraints.floor",
      message: `floors sum to ${floorTotal}, above the pool ${pool}: ${floorParts.join(", ")}`,
    });
  }
  // The most the units can take: its cap for a unit with a positive weight (unbounded without one), its
  // floor for a unit of weight zero (water-filling gives it nothing beyond its floor).
  let reachable = Money.zero;
  let capped = false;
  const capParts: string[] = [];
  for (const [k, e] of entries.entries()) {
    const cap = caps[k];
    const id = units[e.index]?.id;
    if ((weights[k] ?? 0n) === 0n) {
      const floor = floors[k]?.amount ?? Money.zero;
      reachable = reachable.plus(floor);
      capParts.push(`${id} ${floor} (weight zero)`);
    } else if (cap === undefined) {
      return;
    } else {
      reachable = reachable.plus(cap.amount);
      capped = true;
      capParts.push(`${id} ${cap.amount} (${cap.reason})`);
    }
  }
  if (reachable.compare(pool) < 0) {
    issues.push({
      path: capped ? "constraints.cap" : "method.pool",
      message: `the units can receive at most ${reachable}, below the pool ${pool}: ${capParts.join(", ")}${
        capParts.some((p) => p.endsWith("(weight zero)"))
          ? "; a unit of weight zero (no gap, or an indicator of 0) takes only its floor"
          : ""
      }`,
    });
  }
}

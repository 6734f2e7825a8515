import { FourthLevelError } from "../../errors/error.js";
import type { Account } from "../../ledger/ledger.js";
import { ATTRIBUTION_KEYS, PAYER_KINDS, type RevenueRule } from "../../rules/rule.js";
import type { Rulebook } from "../../rules/rulebook.js";
import type { BudgetRef, Territory } from "../../territory/territory.js";
import { dateNumber } from "./numbers.js";

/**
 * The rules and the territory compiled to small integers and typed arrays, so that attributing one
 * receipt is a few array reads: EBK code → code index, (code, payer kind) → the rules' date spans, KATO
 * code → place index → the accounts that can receive its money. Plain data only (no functions), so that a
 * worker thread can take a copy. Dates are numbers `yyyymmdd` (see {@link dateNumber}).
 *
 * Built by {@link compileAttribution}; read by the bulk attribution paths only. @internal
 */
export interface AttributionTables {
  /** The rulebook's rules, in the rulebook's order (a rule's index is its place here). */
  readonly rules: readonly RevenueRule[];
  /** Per rule: the index in `ATTRIBUTION_KEYS` of the place it keys on. */
  readonly ruleKey: Uint8Array;
  /** Per rule: 1 when it sends money to the district or higher budgets, 0 to the fourth level. */
  readonly ruleToDistrict: Uint8Array;
  /** The EBK codes that have rules, by code index. */
  readonly ebkCodes: readonly string[];
  /** Per six-digit code as a number (0 … 999,999): its code index, or -1 when no rule has it. */
  readonly ebkIndex: Int16Array;
  /**
   * Per (code index × 3 + payer kind index): where its date spans start in `spanFrom` / `spanTo` /
   * `spanRule`; they end where the next group starts (`spanStart` has one more entry than groups).
   */
  readonly spanStart: Int32Array;
  readonly spanFrom: Int32Array;
  readonly spanTo: Int32Array;
  readonly spanRule: Int32Array;
  /** Per group: 1 when two of its rules overlap (the rulebook was not built by createRulebook). */
  readonly ambiguous: Uint8Array;
  /** The territory's places by place index: the KATO code, as a string and as a number. */
  readonly placeCodes: readonly string[];
  readonly placeNumbers: Int32Array;
  /** Per place: the account of its fourth-level unit, or -1 outside any unit. */
  readonly placeUnit: Int32Array;
  /** Per place in a unit: the first day of the unit's own budget, as a date number. */
  readonly placeUnitSince: Int32Array;
  /** Per place: the budget account of its district (or region, where there is no district). */
  readonly placeUpper: Int32Array;
  /** Per place: the `district_or_higher` account of the same budget. */
  readonly placeUpperShared: Int32Array;
  /** The receiving accounts, by account index. */
  readonly accounts: readonly Account[];
}

/** The number of payer kinds, the stride of the (code, payer kind) groups. */
export const KIND_COUNT = PAYER_KINDS.length;

/** The ledger account of a budget, as attribute() names it. */
function budgetAccount(ref: BudgetRef): Account {
  return { kind: "budget", level: ref.level as 2 | 3 | 4, code: ref.code, name: ref.nameRu };
}

/** Adds accounts by id, once each, and gives their indexes. */
function accountRegistry() {
  const accounts: Account[] = [];
  const byId = new Map<string, number>();
  return {
    accounts,
    indexOf(id: string, make: () => Account): number {
      const found = byId.get(id);
      if (found !== undefined) return found;
      accounts.push(make());
      byId.set(id, accounts.length - 1);
      return accounts.length - 1;
    },
  };
}

/** The places of the territory with the accounts that can receive money keyed on each. */
function compilePlaces(territory: Territory, registry: ReturnType<typeof accountRegistry>) {
  const places = territory.places();
  const n = places.length;
  const [unit, since, upper, shared] = [
    new Int32Array(n),
    new Int32Array(n),
    new Int32Array(n),
    new Int32Array(n),
  ];
  const placeNumbers = new Int32Array(n);
  places.forEach((place, i) => {
    placeNumbers[i] = /^\d{9}$/.test(place.code) ? Number(place.code) : -1;
    const owner = territory.owner(place.code);
    const top = owner.district ?? owner.region;
    upper[i] = registry.indexOf(`budget:${top.level}:${top.code}`, () => budgetAccount(top));
    shared[i] = registry.indexOf(`district_or_higher:${top.code}`, () => ({
      kind: "district_or_higher",
      code: top.code,
      name: top.nameRu,
    }));
    if (owner.kind === "fourth_level") {
      unit[i] = registry.indexOf(`budget:4:${owner.unit.code}`, () => budgetAccount(owner.unit));
      since[i] = dateNumber(owner.unit.ownBudgetSince);
    } else {
      unit[i] = -1;
      since[i] = 0;
    }
  });
  return {
    placeCodes: places.map((p) => p.code),
    placeNumbers,
    placeUnit: unit,
    placeUnitSince: since,
    placeUpper: upper,
    placeUpperShared: shared,
  };
}

const OPEN_END = 99_999_999;

/** Whether some rules of a group overlap or have dates that are not real dates (only a hand-made rulebook). */
function isAmbiguous(group: readonly { from: number; to: number; rule: number }[]): boolean {
  return group.some(
    (a, i) =>
      a.rule < 0 || a.from < 0 || a.to < 0 || group.some((b, j) => j > i && a.from <= b.to && b.from <= a.to),
  );
}

/** The rules grouped by (code, payer kind) as date spans, read from the rulebook's `byCode` as ruleFor does. */
function compileRules(rulebook: Rulebook) {
  const rules = rulebook.rules;
  const ruleIndex = new Map(rules.map((r, i) => [r, i]));
  const ebkCodes = [...rulebook.byCode.keys()].filter((code) => (rulebook.byCode.get(code) ?? []).length > 0);
  const ebkIndex = new Int16Array(1_000_000).fill(-1);
  ebkCodes.forEach((code, i) => {
    if (/^\d{6}$/.test(code)) ebkIndex[Number(code)] = i;
  });
  const spans: { from: number; to: number; rule: number }[][] = [];
  for (const code of ebkCodes) {
    const sameCode = rulebook.byCode.get(code) ?? [];
    for (const kind of PAYER_KINDS) {
      spans.push(
        sameCode
          .filter((r) => r.payerKinds.includes(kind))
          .map((r) => ({
            from: dateNumber(r.from),
            to: r.to === undefined ? OPEN_END : dateNumber(r.to),
            rule: ruleIndex.get(r) ?? -1,
          })),
      );
    }
  }
  const flat = spans.flat();
  const spanStart = new Int32Array(spans.length + 1);
  spans.forEach((group, g) => {
    spanStart[g + 1] = (spanStart[g] as number) + group.length;
  });
  return {
    rules,
    ruleKey: Uint8Array.from(rules, (r) => ATTRIBUTION_KEYS.indexOf(r.key)),
    ruleToDistrict: Uint8Array.from(rules, (r) => (r.recipient === "district_or_higher" ? 1 : 0)),
    ebkCodes,
    ebkIndex,
    spanStart,
    spanFrom: Int32Array.from(flat, (s) => s.from),
    spanTo: Int32Array.from(flat, (s) => s.to),
    spanRule: Int32Array.from(flat, (s) => s.rule),
    ambiguous: Uint8Array.from(spans, (group) => (isAmbiguous(group) ? 1 : 0)),
  };
}

/**
 * Compiles a rulebook and a territory to {@link AttributionTables}. The tables say what `attribute` says
 * for every receipt they can take: the one rule of `ruleFor` and the account of the place it keys on
 * (the unit's budget from its `ownBudgetSince`, else the district's). Receipts they cannot take (an
 * unknown code, no rule, a missing or unknown place, overlapping rules) go the exact way of `attribute`.
 * @internal
 */
export function compileAttribution(rulebook: Rulebook, territory: Territory): AttributionTables {
  const t = territory as Partial<Territory>;
  if (
    !(rulebook.byCode instanceof Map) ||
    typeof t.places !== "function" ||
    typeof t.owner !== "function" ||
    typeof t.budgetOwnerOn !== "function"
  ) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      "bulk attribution needs a rulebook built by createRulebook (or kazakhstanRulebook()) and a territory built by createTerritory (or kazakhstanTerritory())",
    );
  }
  const split = (Array.isArray(rulebook.rules) ? rulebook.rules : [])
    .filter((r) => Array.isArray(r?.shares) && r.shares.length > 0)
    .map((r) => r.id);
  if (split.length > 0) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `bulk attribution takes rules that send each receipt to one budget; ${split.join(", ")} split receipts into shares (a reform's rules): attribute them with attribute`,
      { rules: split },
    );
  }
  const byRulebook = compiled.get(territory) ?? new WeakMap<Rulebook, AttributionTables>();
  compiled.set(territory, byRulebook);
  const found = byRulebook.get(rulebook);
  if (found !== undefined) return found;
  const registry = accountRegistry();
  const places = compilePlaces(territory, registry);
  const tables = { ...compileRules(rulebook), ...places, accounts: registry.accounts };
  byRulebook.set(rulebook, tables);
  return tables;
}

/**
 * The tables compiled for a territory and a rulebook, kept while both live (a memo, like the bundled
 * classifier's): both are immutable values, and compiling the 15,594 places of the bundled classifier
 * costs tens of milliseconds, which small batches should not pay on every call. The tables are never
 * changed once built.
 */
const compiled = new WeakMap<Territory, WeakMap<Rulebook, AttributionTables>>();

/**
 * The one rule for a code index, payer kind index and date number, or -1 when there is none or more
 * than one (the caller then asks `ruleFor` for the exact error). @internal
 */
export function ruleOf(tables: AttributionTables, ebk: number, kind: number, date: number): number {
  const group = ebk * KIND_COUNT + kind;
  if (tables.ambiguous[group] === 1) return -1;
  const end = tables.spanStart[group + 1] as number;
  for (let s = tables.spanStart[group] as number; s < end; s++) {
    if ((tables.spanFrom[s] as number) <= date && date <= (tables.spanTo[s] as number)) {
      return tables.spanRule[s] as number;
    }
  }
  return -1;
}

/**
 * The account that receives a receipt under rule `rule` keyed on place `place`, paid on `date` (what
 * `attribute`'s destination gives): the unit's budget from its `ownBudgetSince`, else the district's (or
 * region's); the `district_or_higher` account for a rule that sends money there. A receipt of a
 * fourth-level rule that goes to the district because the place had no unit budget that day gets a note:
 * the result is then `-1 - account`. @internal
 */
export function destinationOf(tables: AttributionTables, rule: number, place: number, date: number): number {
  if (tables.ruleToDistrict[rule] === 1) return tables.placeUpperShared[place] as number;
  const unit = tables.placeUnit[place] as number;
  if (unit >= 0 && date >= (tables.placeUnitSince[place] as number)) return unit;
  return -1 - (tables.placeUpper[place] as number);
}

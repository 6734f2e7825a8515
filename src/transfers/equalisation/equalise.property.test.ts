import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../../test/support.js";
import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { compareEqualisation } from "./compare.js";
import {
  type Equalisation,
  type EqualisationConstraints,
  type EqualisationUnit,
  equalise,
} from "./equalise.js";

const RUNS = { numRuns: 300 };
const t = (tiyn: bigint) => Money.fromTiyn(tiyn);
/** Present or absent with even odds. */
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** A unit as generated: weight (places), population, and optional per-unit floor, cap and last year. */
interface Drawn {
  readonly places: number;
  readonly population: number;
  readonly floor: bigint | undefined;
  readonly cap: bigint | undefined;
  readonly lastYear: bigint | undefined;
}

const drawnArb: fc.Arbitrary<Drawn> = fc.record({
  places: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
  population: fc.integer({ min: 0, max: 5_000 }),
  floor: opt(fc.bigInt({ min: 0n, max: 25_000_000n })),
  cap: opt(fc.bigInt({ min: 0n, max: 80_000_000n })),
  lastYear: opt(fc.bigInt({ min: 0n, max: 40_000_000n })),
});

const settingArb = fc.record({
  drawn: fc.array(drawnArb, { minLength: 1, maxLength: 5 }),
  pool: fc.bigInt({ min: 0n, max: 100_000_000n }),
  percent: opt(fc.integer({ min: 0, max: 100 })),
  perCapita: opt(fc.bigInt({ min: 0n, max: 100_000n })),
});
type Setting = typeof settingArb extends fc.Arbitrary<infer S> ? S : never;

function unitsOf(drawn: readonly Drawn[]): EqualisationUnit[] {
  return drawn.map((d, i) => ({
    id: `U${i}`,
    indicators: { places: String(d.places), population: String(d.population) },
    ...(d.lastYear === undefined ? {} : { lastYear: t(d.lastYear) }),
  }));
}

function constraintsOf(s: Setting): EqualisationConstraints {
  const floors = Object.fromEntries(
    s.drawn.flatMap((d, i) => (d.floor === undefined ? [] : [[`U${i}`, t(d.floor)]])),
  );
  const caps = Object.fromEntries(
    s.drawn.flatMap((d, i) => (d.cap === undefined ? [] : [[`U${i}`, t(d.cap)]])),
  );
  return {
    floorByUnit: floors,
    capByUnit: caps,
    ...(s.percent === undefined
      ? {}
      : { maxChange: { kind: "percent" as const, percent: String(s.percent) } }),
    ...(s.perCapita === undefined
      ? {}
      : { capPerCapita: { amount: t(s.perCapita), indicator: "population" } }),
  };
}

/**
 * The bounds each unit must respect, computed here from the definitions (not by the module):
 * floor = max(unit floor, ⌈last × (100 − p) / 100⌉ ≥ 0); cap = min(unit cap, per-capita amount ×
 * population, ⌊last × (100 + p) / 100⌋); `undefined` cap = unbounded.
 */
function boundsOf(s: Setting): { lo: bigint; hi: bigint | undefined }[] {
  const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
  return s.drawn.map((d) => {
    let lo = d.floor ?? 0n;
    const his: bigint[] = [];
    if (d.cap !== undefined) his.push(d.cap);
    if (s.perCapita !== undefined) his.push(s.perCapita * BigInt(d.population));
    if (s.percent !== undefined && d.lastYear !== undefined) {
      const p = BigInt(s.percent);
      const down = ceilDiv(d.lastYear * (100n - p), 100n);
      if (down > lo) lo = down;
      his.push((d.lastYear * (100n + p)) / 100n);
    }
    let hi: bigint | undefined;
    for (const h of his) if (hi === undefined || h < hi) hi = h;
    return { lo, hi };
  });
}

/**
 * Feasible by definition: every floor ≤ its cap, floors sum to at most the pool, and the pool fits in
 * what the units can take — a unit with a positive weight up to its cap (unbounded without one), a unit
 * of weight zero only its floor (the method gives it nothing more).
 */
function feasible(
  pool: bigint,
  bounds: readonly { lo: bigint; hi: bigint | undefined }[],
  weights: readonly number[],
) {
  if (bounds.some((b) => b.hi !== undefined && b.lo > b.hi)) return false;
  if (bounds.reduce((sum, b) => sum + b.lo, 0n) > pool) return false;
  let reach = 0n;
  for (const [i, b] of bounds.entries()) {
    if ((weights[i] ?? 0) === 0) reach += b.lo;
    else if (b.hi === undefined) return true;
    else reach += b.hi;
  }
  return reach >= pool;
}

/**
 * Runs `f`; an infeasible setting (`INVALID_INPUT`) gives `undefined`, any other error (a `TypeError`, a
 * FourthLevelError of another code) fails the test. `runs.ok` counts the settings that gave a result.
 */
function tryEqualise(f: () => Equalisation, runs: { ok: number }): Equalisation | undefined {
  try {
    const r = f();
    runs.ok++;
    return r;
  } catch (e) {
    if (e instanceof FourthLevelError && e.code === "INVALID_INPUT") return undefined;
    throw e;
  }
}

describe("equalise: properties", () => {
  it("distributes the pool exactly within every floor and cap, and errs exactly when infeasible", () => {
    let feasibleSeen = 0;
    let infeasibleSeen = 0;
    fc.assert(
      fc.property(settingArb, (s) => {
        const units = unitsOf(s.drawn);
        const bounds = boundsOf(s);
        const weights = s.drawn.map((d) => d.places);
        const run = () =>
          equalise(units, {
            kind: "weights",
            pool: t(s.pool),
            indicator: "places",
            constraints: constraintsOf(s),
          });
        if (!feasible(s.pool, bounds, weights)) {
          infeasibleSeen++;
          expect(codeOf(run)).toBe("INVALID_INPUT");
          return;
        }
        feasibleSeen++;
        const r = run();
        const got = r.units.map((u) => u.amount.tiyn);
        expect(got.reduce((a, b) => a + b, 0n)).toBe(s.pool);
        got.forEach((x, i) => {
          const b = bounds[i];
          expect(x >= (b?.lo ?? 0n)).toBe(true);
          if (b?.hi !== undefined) expect(x <= b.hi).toBe(true);
        });
        // Water-filling: the units held at no limit share in proportion to their weights, each within
        // a tiyn of its exact share: |x_i·w_j − x_j·w_i| < w_i + w_j.
        const free = r.units.flatMap((u, i) => (u.bound === "none" ? [i] : []));
        for (const i of free) {
          for (const j of free) {
            const wi = BigInt(weights[i] ?? 0);
            const wj = BigInt(weights[j] ?? 0);
            const gap = (got[i] ?? 0n) * wj - (got[j] ?? 0n) * wi;
            expect((gap < 0n ? -gap : gap) < wi + wj || wi + wj === 0n).toBe(true);
          }
        }
        // And a unit held at its floor gets at least, one held at its cap at most, what its weight would
        // give it at the free units' rate (within 2 tiyn): x_f·w_i ≥ (x_i − 2)·w_f, x_c·w_i ≤ (x_i + 2)·w_c.
        for (const i of free) {
          const wi = BigInt(weights[i] ?? 0);
          if (wi === 0n) continue;
          const xi = got[i] ?? 0n;
          r.units.forEach((u, k) => {
            const wk = BigInt(weights[k] ?? 0);
            const xk = got[k] ?? 0n;
            if (u.bound === "floor") expect(xk * wi >= (xi - 2n) * wk).toBe(true);
            if (u.bound === "cap") expect(xk * wi <= (xi + 2n) * wk).toBe(true);
          });
        }
      }),
      RUNS,
    );
    expect(feasibleSeen).toBeGreaterThan(30);
    expect(infeasibleSeen).toBeGreaterThan(30);
  });

  it("under gap filling never gives a unit with a larger gap less (common floor and cap)", () => {
    const unitArb = fc.record({
      costs: fc.bigInt({ min: 0n, max: 100_000_000n }),
      revenues: fc.bigInt({ min: 0n, max: 100_000_000n }),
    });
    const runs = { ok: 0 };
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 6 }),
        opt(fc.bigInt({ min: 0n, max: 200_000_000n })),
        opt(fc.bigInt({ min: 0n, max: 10_000_000n })),
        opt(fc.bigInt({ min: 0n, max: 100_000_000n })),
        (drawn, pool, floor, cap) => {
          const units = drawn.map((d, i) => ({
            id: `U${i}`,
            forecastCosts: t(d.costs),
            forecastOwnRevenues: t(d.revenues),
          }));
          const r = tryEqualise(
            () =>
              equalise(units, {
                kind: "gap_filling",
                surpluses: { kind: "keep" },
                ...(pool === undefined ? {} : { pool: t(pool) }),
                constraints: {
                  ...(floor === undefined ? {} : { floor: t(floor) }),
                  ...(cap === undefined ? {} : { cap: t(cap) }),
                },
              }),
            runs,
          );
          if (r === undefined) return;
          const gaps = drawn.map((d) => (d.costs > d.revenues ? d.costs - d.revenues : 0n));
          gaps.forEach((gi, i) => {
            gaps.forEach((gj, j) => {
              if (gi > gj)
                expect((r.units[i]?.amount.tiyn ?? 0n) >= (r.units[j]?.amount.tiyn ?? 0n)).toBe(true);
            });
          });
          if (pool === undefined && floor === undefined && cap === undefined) {
            expect(r.units.map((u) => u.amount.tiyn)).toEqual(gaps);
          }
        },
      ),
      RUNS,
    );
    // about 60 % of these settings are feasible (measured: 178–189 of 300)
    expect(runs.ok).toBeGreaterThanOrEqual(RUNS.numRuns / 2);
  });

  it("changing the method changes who gets what, never the outlay of a fixed pool", () => {
    const unitArb = fc.record({
      gap: fc.bigInt({ min: 1n, max: 100_000_000n }),
      population: fc.integer({ min: 1, max: 10_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 5 }),
        fc.bigInt({ min: 0n, max: 300_000_000n }),
        (drawn, pool) => {
          const units = drawn.map((d, i) => ({
            id: `U${i}`,
            forecastCosts: t(d.gap),
            forecastOwnRevenues: Money.zero,
            indicators: { population: String(d.population) },
          }));
          const c = compareEqualisation(
            units,
            { kind: "gap_filling", pool: t(pool), surpluses: { kind: "withdraw" } },
            { kind: "weights", pool: t(pool), indicator: "population" },
          );
          expect(c.outlay.a.tiyn).toBe(pool);
          expect(c.outlay.b.tiyn).toBe(pool);
          expect(c.units.reduce((sum, u) => sum + u.difference.tiyn, 0n)).toBe(0n);
        },
      ),
      RUNS,
    );
  });

  it("is deterministic: the same inputs give the same result", () => {
    const runs = { ok: 0 };
    fc.assert(
      fc.property(settingArb, (s) => {
        const run = () =>
          tryEqualise(
            () =>
              equalise(unitsOf(s.drawn), {
                kind: "weights",
                pool: t(s.pool),
                indicator: "places",
                constraints: constraintsOf(s),
              }),
            runs,
          );
        expect(run()).toEqual(run());
      }),
      RUNS,
    );
    // each feasible setting runs twice; as in the first property, more than 30 settings are feasible
    // (measured: 70–92 of 300, the generator draws infeasible settings on purpose)
    expect(runs.ok).toBeGreaterThan(2 * 30);
  });
});

import { FourthLevelError } from "../errors/error.js";
import { Dec } from "../money/decimal.js";
import { compareRatios, type Ratio } from "./ratio.js";

/** A value of the parameter (canonical decimal string) and what it gives, exactly. */
export interface Point<C> {
  readonly parameter: string;
  readonly value: Ratio;
  /** What else the evaluation gave (e.g. the comparison). */
  readonly extra: C;
}

/** The outcome of {@link bisect}. */
export interface Bisection<C> {
  /** The first point of the grid (from the low end) at which the target is reached or passed. */
  readonly found: Point<C>;
  /** The point one step before it, on the other side of the target; absent when `found` is the low end. */
  readonly neighbour?: Point<C>;
  readonly low: Point<C>;
  readonly high: Point<C>;
  /** Halvings of the bracket. */
  readonly steps: number;
  /** Evaluations, the two ends included. */
  readonly evaluations: number;
}

/** The grid a bisection searches: `low`, `low + step`, …, and `high` (the last step may be shorter). */
export interface Grid {
  readonly low: string;
  readonly high: string;
  readonly step: string;
}

/** The number of steps of a grid: ⌈(high − low) ÷ step⌉. */
export const gridSize = (g: Grid): bigint =>
  BigInt(new Dec(g.high).minus(g.low).dividedBy(g.step).ceil().toFixed(0));

/** `value` lies between `a` and `b` (inclusive), whichever way they are ordered. */
const between = (a: Ratio, value: Ratio, b: Ratio) =>
  compareRatios(a, b) <= 0
    ? compareRatios(a, value) <= 0 && compareRatios(value, b) <= 0
    : compareRatios(b, value) <= 0 && compareRatios(value, a) <= 0;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

/**
 * Each value in words (`show`), with its exact fraction in lowest terms added where two different values
 * would read the same (`41.148445 % (exactly 8229689/200000)`), so a message never shows different values
 * as equal.
 */
function apart(values: readonly Ratio[], show: (value: Ratio) => string): string[] {
  const texts = values.map(show);
  return values.map((v, i) => {
    const clash = values.some((w, j) => texts[j] === texts[i] && compareRatios(v, w) !== 0);
    const g = gcd(v.num, v.den);
    return clash ? `${texts[i]} (exactly ${v.num / g}/${v.den / g})` : (texts[i] as string);
  });
}

/**
 * Solves `evaluate(s) = target` for `s` on a grid by bisection, for an `evaluate` that is monotone in
 * `s` (rising or falling; piecewise constant is fine): evaluates both ends, then halves the bracket
 * around the target until its ends are one step apart, comparing exactly. Returns the first grid point
 * at which the target is reached (or passed) and the point one step before it.
 *
 * @param target - The value sought, and in words for messages.
 * @param show - A value in words, for messages.
 * @param checkEnds - Called with the two ends before anything else (it may throw).
 * @throws {@link FourthLevelError} `TARGET_UNREACHABLE` when the target is not between the values at the
 *   two ends (details: both ends); `NOT_MONOTONE` when a value falls outside the bracket around it.
 */
export function bisect<C>(
  grid: Grid,
  target: { readonly value: Ratio; readonly text: string },
  evaluate: (s: string) => { readonly value: Ratio; readonly extra: C },
  show: (value: Ratio) => string,
  checkEnds: (low: Point<C>, high: Point<C>) => void = () => undefined,
): Bisection<C> {
  const size = gridSize(grid);
  const parameterAt = (k: bigint) =>
    k === size
      ? new Dec(grid.high).toFixed()
      : new Dec(grid.low).plus(new Dec(grid.step).times(k.toString())).toFixed();
  let evaluations = 0;
  const at = (k: bigint) => {
    const parameter = parameterAt(k);
    evaluations += 1;
    return { k, parameter, ...evaluate(parameter) };
  };
  const point = ({ parameter, value, extra }: Point<C>): Point<C> => ({ parameter, value, extra });
  const described = (p: Point<C>) => ({ parameter: p.parameter, value: show(p.value) });
  const [low, high] = [at(0n), at(size)];
  checkEnds(low, high);
  const side = compareRatios(low.value, target.value);
  if (side === 0) return { found: point(low), low: point(low), high: point(high), steps: 0, evaluations };
  if (compareRatios(high.value, target.value) === side) {
    const [lowText, highText] = apart([low.value, high.value, target.value], show);
    throw new FourthLevelError(
      "TARGET_UNREACHABLE",
      `the target (${target.text}) is not reached for a parameter from ${low.parameter} to ${high.parameter}: it gives ${lowText} at ${low.parameter} and ${highText} at ${high.parameter}`,
      { target: target.text, low: described(low), high: described(high) },
    );
  }
  let [a, b] = [low, high];
  let steps = 0;
  while (b.k - a.k > 1n) {
    const m = at((a.k + b.k) / 2n);
    steps += 1;
    if (!between(a.value, m.value, b.value)) {
      throw new FourthLevelError(
        "NOT_MONOTONE",
        `the value is not monotone in the parameter: ${show(a.value)} at ${a.parameter}, ${show(m.value)} at ${m.parameter}, ${show(b.value)} at ${b.parameter}; calibrate over a range where it only rises or only falls`,
        { points: [described(a), described(m), described(b)] },
      );
    }
    if (compareRatios(m.value, target.value) === side) a = m;
    else b = m;
  }
  return { found: point(b), neighbour: point(a), low: point(low), high: point(high), steps, evaluations };
}

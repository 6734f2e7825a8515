import { Dec, divideRounded } from "../money/decimal.js";

/**
 * An exact fraction `num / den` of whole numbers (`den` > 0): what a calibration compares with its
 * target, so that no rounding decides which side of the target a value lies on. @internal
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/** A whole number as a ratio. */
export const whole = (n: bigint): Ratio => ({ num: n, den: 1n });

/** A plain decimal string (`"35"`, `"-0.125"`) as an exact ratio. */
export function ratioOf(decimal: string): Ratio {
  const d = new Dec(decimal);
  const places = d.decimalPlaces();
  const den = 10n ** BigInt(places);
  return { num: BigInt(d.times(den.toString()).toFixed(0)), den };
}

/** `-1`, `0` or `1` as `a` is below, equal to or above `b`. */
export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const [x, y] = [a.num * b.den, b.num * a.den];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `a − b`, exactly. */
export const minus = (a: Ratio, b: Ratio): Ratio => ({
  num: a.num * b.den - b.num * a.den,
  den: a.den * b.den,
});

/** The mean of two ratios, exactly. */
export const meanOf = (a: Ratio, b: Ratio): Ratio => ({
  num: a.num * b.den + b.num * a.den,
  den: 2n * a.den * b.den,
});

/** The ratio as a decimal string with `places` decimals, rounded half to even. */
export function ratioText(r: Ratio, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = divideRounded(r.num * scale, r.den, "halfEven");
  const sign = scaled < 0n ? "-" : "";
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, "0");
  return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

import fc from "fast-check";
import { Money } from "../../src/money/money.js";

/** Amounts from −10¹⁴ to 10¹⁴ tiyn (±1 trillion KZT), zero and tiny amounts included. */
export const tiynArb = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
export const moneyArb = tiynArb.map((t) => Money.fromTiyn(t));
export const nonNegativeMoneyArb = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((t) => Money.fromTiyn(t));
/** Decimal weight strings with up to 3 decimals, as a caller would pass them. */
export const weightArb = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 999 }))
  .map(([w, f]) => `${w}.${String(f).padStart(3, "0")}`);

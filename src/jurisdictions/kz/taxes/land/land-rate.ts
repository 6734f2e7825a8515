import { FourthLevelError } from "../../../../errors/error.js";
import { Dec } from "../../../../money/decimal.js";
import { noEstablishedRate } from "../tax-errors.js";
import type { TaxStep } from "../tax-result.js";
import type { CheckedLandTaxInput } from "./land-input.js";
import type { SettlementRowKey } from "./rates.js";

/** A rate looked up in the law's table or in the caller's `rates`, with the steps that explain it. */
export interface FoundRate {
  /** KZT per m² (settlement land) or per ha (agricultural land), exact. */
  readonly perUnit: Dec;
  readonly steps: readonly TaxStep[];
  /** The row key of the settlement table used (for the Art. 581 exclusion), when a table row was used. */
  readonly rowKey?: SettlementRowKey;
}

/** A decimal as the breakdown writes it. */
export const fmt = (d: Dec): string => d.toFixed();

/**
 * The caller's rate for `key`, where the law sets none for the year.
 * @throws {@link FourthLevelError} `NO_ESTABLISHED_RATE` naming `rates["<key>"]` when it is not supplied.
 */
export function suppliedRate(
  input: CheckedLandTaxInput,
  key: string,
  why: string,
  unit: "m²" | "ha",
): FoundRate {
  const value = input.rates?.[key as keyof typeof input.rates];
  if (value === undefined) {
    throw noEstablishedRate(
      `land tax ${input.year}: no established rate for "${key}" — ${why}; supply it as rates["${key}"] (KZT per ${unit})`,
      ["rates", key],
      { year: input.year, key, missing: `rates["${key}"]` },
    );
  }
  const perUnit = new Dec(value);
  return {
    perUnit,
    steps: [{ step: "rate", value: `${key}: ${fmt(perUnit)} KZT/${unit} (caller-supplied: ${why})` }],
  };
}

/**
 * Refuses a caller's rate for an entry the law establishes for the year.
 * @throws {@link FourthLevelError} `INVALID_INPUT` at `rates["<key>"]`.
 */
export function refuseSupplied(input: CheckedLandTaxInput, key: string, rate: string): void {
  if (input.rates?.[key as keyof typeof input.rates] === undefined) return;
  const message = `land tax ${input.year}: rates["${key}"] is established by the law for this year (${rate}); remove it`;
  throw new FourthLevelError("INVALID_INPUT", message, { key, year: input.year }, [
    { path: ["rates", key], code: "INVALID_INPUT", message },
  ]);
}

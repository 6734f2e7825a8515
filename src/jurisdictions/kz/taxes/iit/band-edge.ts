import * as z from "zod";
import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { parseInput } from "../../../../input/parse.js";
import type { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { taxYearSchema } from "../tax-input.js";
import { LAW_FOR_IIT, type LawForIit, lawForIitSchema } from "./iit-law.js";
import { IIT_PAYER_KINDS, type IitPayerKind, isIitSchedule } from "./rates.js";

const edgeSchema = z.strictObject({ year: taxYearSchema, payer: z.enum(IIT_PAYER_KINDS) });

/**
 * The upper edge of the lowest band of the law's IIT scale in KZT for a tax year: its MRP multiple × the
 * MRP in force on 1 January (2026, individuals: 8 500 × 4 325 = 36 762 500; the "≈33.4 mn" once
 * published used the 2025 MRP).
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a malformed year or payer kind; `NO_RULE` for a year
 * whose scale for `payer` has no band edge (2018–2025: flat 10 %) or is not established;
 * `NO_VALUE_ON_DATE` when the year has no rates or MRP.
 * @category Taxes
 * @example
 * ```ts
 * import { iitBandEdge } from "fourth-level-budget";
 * iitBandEdge(2026).toKzt(); //=> "36762500.00"
 * ```
 */
export function iitBandEdge(
  year: number,
  payer: IitPayerKind = "individual",
  law: LawForIit = LAW_FOR_IIT,
): Money {
  const lawInForce = checkedLaw<LawForIit>(lawForIitSchema, law);
  const checked = parseInput(edgeSchema, { year, payer }, "IIT band edge");
  const entry = valueOnFirstJanuary(lawInForce.iit.selfAssessed, checked.year).value[checked.payer];
  const edge = isIitSchedule(entry) ? entry.bands[0]?.upToMrp : undefined;
  if (edge === undefined) {
    throw new FourthLevelError(
      "NO_RULE",
      `IIT ${checked.year}, ${checked.payer}: the law's scale has no band edge`,
      {
        year: checked.year,
        payer: checked.payer,
      },
    );
  }
  return valueOnFirstJanuary(lawInForce.mrp, checked.year).value.times(edge, "trunc");
}

import { FourthLevelError } from "../../errors/error.js";
import { readTextFile } from "../../files/read-text-file.js";
import { parseJsonText } from "../../input/json.js";
import { applyTaxReforms } from "../../jurisdictions/kz/taxes/law/apply-tax-reforms.js";
import { KAZAKHSTAN_TAX_LAW, type TaxLaw } from "../../jurisdictions/kz/taxes/law/tax-law.js";
import type { Reform } from "../../reform/reform-schema.js";
import { inputPath } from "./options.js";

/** The tax law a tax command computes under, and the reforms it is under (none: the law as it is). */
export interface TaxLawUnder {
  readonly law: TaxLaw;
  readonly reforms: readonly { readonly id: string; readonly title: string }[];
}

/** The description of `--reforms FILE` on every `tax` subcommand. */
export const TAX_REFORMS_OPTION =
  "compute under the tax_rate changes of these reforms: a .json file with a top-level reforms array (a scenario file) or the array itself";

/**
 * The tax law under the reforms of `file` (`applyTaxReforms`), or the bundled law without a file.
 * @throws {@link FourthLevelError} an unreadable file, a file without a reforms array, every problem of
 *   its reforms.
 */
export function taxLawOf(file: string | undefined): TaxLawUnder {
  if (file === undefined) return { law: KAZAKHSTAN_TAX_LAW, reforms: [] };
  const path = inputPath(file);
  const what = `reforms file ${path}`;
  const data = parseJsonText(readTextFile(path, "reforms file"), what);
  const reforms = Array.isArray(data)
    ? data
    : typeof data === "object" && data !== null && "reforms" in data
      ? data.reforms
      : undefined;
  if (!Array.isArray(reforms)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `${what}: must be an array of reforms, or an object (a scenario file) with a reforms array`,
    );
  }
  const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, reforms as Reform[]);
  return { law, reforms: (reforms as Reform[]).map((r) => ({ id: r.id, title: r.title })) };
}

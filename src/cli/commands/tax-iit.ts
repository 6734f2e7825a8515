import { type Command, Option } from "commander";
import { FourthLevelError } from "../../errors/error.js";
import {
  IE_GENERAL_REGIME_2026_AS_PUBLISHED,
  type IitPayerKind,
} from "../../jurisdictions/kz/taxes/iit/rates.js";
import { selfAssessedIit } from "../../jurisdictions/kz/taxes/iit/self-assessed-iit.js";
import type { Money } from "../../money/money.js";
import { withOptionPaths } from "./option-paths.js";
import { kztAmount, wholeNumber } from "./options.js";
import { printTaxResult, TAX_JSON_OPTION } from "./tax-output.js";
import { TAX_REFORMS_OPTION, taxLawOf } from "./tax-reforms.js";

interface IitOptions {
  year: number;
  annualIncome: Money;
  payer: "individual" | "individual-entrepreneur" | "private-practitioner";
  publishedIeScale?: boolean;
  reforms?: string;
  json?: boolean;
}

/** The published entrepreneurs' scale only for entrepreneurs in 2026; a pointer to it where the law has no scale. */
function checkScaleOption(o: IitOptions): void {
  if (o.publishedIeScale === true && (o.payer !== "individual-entrepreneur" || o.year < 2026)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      "--published-ie-scale is the 2026 scale of individual entrepreneurs: use it with --payer individual-entrepreneur and --year 2026",
    );
  }
  if (o.payer !== "individual" && o.year >= 2026 && o.publishedIeScale !== true) {
    const entrepreneur = o.payer === "individual-entrepreneur";
    throw new FourthLevelError(
      "NO_ESTABLISHED_RATE",
      `the 2026 IIT scale of ${entrepreneur ? "an individual entrepreneur" : "a private practitioner"} is not established in the Code as read${
        entrepreneur ? "; add --published-ie-scale to apply the published one" : ""
      }`,
    );
  }
}

/** Adds `tax iit` to the `tax` command. */
export function addTaxIitCommand(tax: Command): void {
  tax
    .command("iit")
    .description("IIT on income the individual declares himself (EBK 101202, the fourth-level line)")
    .requiredOption("--year <year>", "tax year", wholeNumber("--year", 2018, 2026))
    .requiredOption(
      "--annual-income <KZT>",
      "annual taxable income after deductions, KZT",
      kztAmount("--annual-income"),
    )
    .addOption(
      new Option("--payer <payer>", "who declares")
        .choices(["individual", "individual-entrepreneur", "private-practitioner"])
        .default("individual"),
    )
    .option(
      "--published-ie-scale",
      "2026 individual entrepreneurs: use the published scale (10 % up to 230 000 MRP, 15 % above; not read in the Code)",
    )
    .option("--reforms <file>", TAX_REFORMS_OPTION)
    .option("--json", TAX_JSON_OPTION)
    .action((o: IitOptions) => {
      checkScaleOption(o);
      const { law, reforms } = taxLawOf(o.reforms);
      const result = withOptionPaths(
        "tax iit",
        { year: "--year", payer: "--payer", "income.amount": "--annual-income" },
        () =>
          selfAssessedIit(
            {
              year: o.year,
              payer: o.payer.replaceAll("-", "_") as IitPayerKind,
              income: { kind: "taxable", amount: o.annualIncome },
              ...(o.publishedIeScale === true ? { schedule: IE_GENERAL_REGIME_2026_AS_PUBLISHED } : {}),
            },
            law,
          ),
      );
      printTaxResult(o.json, result, reforms);
    });
}

import { type Command, Option } from "commander";
import { propertyTax } from "../../jurisdictions/kz/taxes/property/property-tax.js";
import type { Money } from "../../money/money.js";
import { withOptionPaths } from "./option-paths.js";
import { decimal, kztAmounts, wholeNumber } from "./options.js";
import { printTaxResult, TAX_JSON_OPTION } from "./tax-output.js";
import { TAX_REFORMS_OPTION, taxLawOf } from "./tax-reforms.js";

interface PropertyOptions {
  year: number;
  value: Money[];
  months?: number;
  benefit?: "within_1000_mrp" | "within_1500_mrp";
  luxuryCoefficient?: string;
  reforms?: string;
  json?: boolean;
}

/** The option that gives each field of the property tax input: one object per `--value`. */
const propertyOptions = (objects: number): Record<string, string> => ({
  year: "--year",
  benefit: "--benefit",
  ...Object.fromEntries(
    Array.from({ length: objects }, (_, i) => [
      [`objects[${i}].assessedValue`, "--value"],
      [`objects[${i}].months`, "--months"],
      [`objects[${i}].luxuryCoefficient`, "--luxury-coefficient"],
    ]).flat(),
  ),
});

/** Adds `tax property` to the `tax` command. */
export function addTaxPropertyCommand(tax: Command): void {
  tax
    .command("property")
    .description("property tax of individuals (2017 Code Art. 526-531; 2026 Code Art. 599-604)")
    .requiredOption("--year <year>", "tax year", wholeNumber("--year", 2018, 2026))
    .requiredOption(
      "--value <KZT>",
      "assessed value of a dwelling, KZT (repeat for several objects)",
      kztAmounts("--value"),
    )
    .option(
      "--months <months>",
      "months owned in the year, 1-12 (all objects)",
      wholeNumber("--months", 1, 12),
    )
    .addOption(
      new Option("--benefit <benefit>", "benefit of Art. 526 p.2").choices([
        "within_1000_mrp",
        "within_1500_mrp",
      ]),
    )
    .option("--luxury-coefficient <k>", "2026: maslikhat coefficient 1-1.5", decimal("--luxury-coefficient"))
    .option("--reforms <file>", TAX_REFORMS_OPTION)
    .option("--json", TAX_JSON_OPTION)
    .action((o: PropertyOptions) => {
      const { law, reforms } = taxLawOf(o.reforms);
      const result = withOptionPaths("tax property", propertyOptions(o.value.length), () =>
        propertyTax(
          {
            year: o.year,
            objects: o.value.map((assessedValue) => ({
              assessedValue,
              ...(o.months === undefined ? {} : { months: o.months }),
              ...(o.luxuryCoefficient === undefined ? {} : { luxuryCoefficient: o.luxuryCoefficient }),
            })),
            ...(o.benefit === undefined ? {} : { benefit: o.benefit }),
          },
          law,
        ),
      );
      printTaxResult(o.json, result, reforms);
    });
}

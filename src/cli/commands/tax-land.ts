import { type Command, Option } from "commander";
import { FourthLevelError } from "../../errors/error.js";
import type { SettlementPlot, TownRate } from "../../jurisdictions/kz/taxes/land/land-input.js";
import { landTax } from "../../jurisdictions/kz/taxes/land/land-tax.js";
import { NAMED_CITIES, type NamedCity, type RegionRow } from "../../jurisdictions/kz/taxes/land/rates.js";
import { withOptionPaths } from "./option-paths.js";
import { decimal, wholeNumber } from "./options.js";
import { printTaxResult, TAX_JSON_OPTION } from "./tax-output.js";
import { TAX_REFORMS_OPTION, taxLawOf } from "./tax-reforms.js";

interface LandOptions {
  year: number;
  areaM2: string;
  category: string;
  oblastCentre?: NamedCity;
  regionRow?: RegionRow;
  use: "other" | "housing";
  payer: "individual" | "legal-entity";
  adjustmentPercent?: string;
  months?: number;
  reforms?: string;
  json?: boolean;
}

const TOWNS = ["city_of_district_significance", "city_of_oblast_significance"];

/** How a town's rate is set, from `--oblast-centre` or `--region-row`; neither for other places. */
function townRateOf(o: LandOptions): TownRate | undefined {
  const given = [o.oblastCentre, o.regionRow].filter((v) => v !== undefined).length;
  if (!TOWNS.includes(o.category)) {
    if (given === 0) return undefined;
    throw new FourthLevelError(
      "INVALID_INPUT",
      "--oblast-centre and --region-row are only for towns of district or oblast significance",
    );
  }
  if (given !== 1) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `a ${o.category} needs exactly one of --oblast-centre (its oblast centre, whose rate it takes a share of) or --region-row (almaty_region / akmola_region, fixed rows)`,
    );
  }
  return o.oblastCentre !== undefined
    ? { kind: "share_of_oblast_centre", oblastCentre: o.oblastCentre }
    : { kind: "region_row", region: o.regionRow as RegionRow };
}

/** The option that gives each field of the land tax input. */
const LAND_OPTIONS = {
  year: "--year",
  payer: "--payer",
  "plot.areaM2": "--area-m2",
  "plot.category": "--category",
  "plot.use": "--use",
  maslikhatAdjustmentPercent: "--adjustment-percent",
  months: "--months",
};

/** Adds `tax land` to the `tax` command. */
export function addTaxLandCommand(tax: Command): void {
  tax
    .command("land")
    .description("land tax on settlement land (2017 Code Art. 505; 2026 Code Art. 577-583)")
    .requiredOption("--year <year>", "tax year", wholeNumber("--year", 2018, 2026))
    .requiredOption("--area-m2 <m2>", "plot area, m²", decimal("--area-m2"))
    .requiredOption(
      "--category <category>",
      "village, settlement, city_of_district_significance, city_of_oblast_significance or a named city",
    )
    .addOption(
      new Option(
        "--oblast-centre <city>",
        "the oblast centre whose rate a town's rate is a share of",
      ).choices([...NAMED_CITIES]),
    )
    .addOption(
      new Option("--region-row <row>", "a town of Almaty or Akmola region (fixed rows of the table)").choices(
        ["almaty_region", "akmola_region"],
      ),
    )
    .addOption(new Option("--use <use>", "land use").choices(["other", "housing"]).default("other"))
    .addOption(
      new Option("--payer <payer>", "who pays")
        .choices(["individual", "legal-entity"])
        .default("legal-entity"),
    )
    .option("--adjustment-percent <percent>", "maslikhat adjustment, % (-50 to 50)")
    .option("--months <months>", "months in the year, 1-12", wholeNumber("--months", 1, 12))
    .option("--reforms <file>", TAX_REFORMS_OPTION)
    .option("--json", TAX_JSON_OPTION)
    .action((o: LandOptions) => {
      const townRate = townRateOf(o);
      // the category is checked by the calculator's schema, which names the valid ones
      const plot = {
        kind: "settlement",
        areaM2: o.areaM2,
        category: o.category,
        use: o.use,
        ...(townRate === undefined ? {} : { townRate }),
      } as SettlementPlot;
      const { law, reforms } = taxLawOf(o.reforms);
      const result = withOptionPaths("tax land", LAND_OPTIONS, () =>
        landTax(
          {
            year: o.year,
            payer: o.payer === "individual" ? "individual" : "legal_entity",
            plot,
            ...(o.adjustmentPercent === undefined ? {} : { maslikhatAdjustmentPercent: o.adjustmentPercent }),
            ...(o.months === undefined ? {} : { months: o.months }),
          },
          law,
        ),
      );
      printTaxResult(o.json, result, reforms);
    });
}

import { type Command, Option } from "commander";
import { FourthLevelError } from "../../errors/error.js";
import { advertisingFee } from "../../jurisdictions/kz/taxes/advertising/advertising-fee.js";
import type { AdvertisingLocation } from "../../jurisdictions/kz/taxes/advertising/advertising-input.js";
import {
  AD_OBJECT_TYPES,
  type AdObjectType,
  ROAD_CATEGORIES,
  type RoadCategory,
} from "../../jurisdictions/kz/taxes/advertising/rates.js";
import { withOptionPaths } from "./option-paths.js";
import { decimal, wholeNumber } from "./options.js";
import { printTaxResult, TAX_JSON_OPTION } from "./tax-output.js";
import { TAX_REFORMS_OPTION, taxLawOf } from "./tax-reforms.js";

interface AdvertisingOptions {
  year: number;
  months: number;
  sides: number;
  objectType?: AdObjectType;
  roadCategory?: RoadCategory;
  areaM2?: string;
  notNotified?: boolean;
  adjustmentPercent?: string;
  reforms?: string;
  json?: boolean;
}

/** The location from `--object-type` or `--road-category`: exactly one of them. */
function locationOf(o: AdvertisingOptions): AdvertisingLocation {
  if (o.objectType !== undefined && o.roadCategory === undefined) {
    return { kind: "fourth_level_column_c", objectType: o.objectType };
  }
  if (o.roadCategory !== undefined && o.objectType === undefined) {
    return { kind: "republican_road_right_of_way", roadCategory: o.roadCategory };
  }
  throw new FourthLevelError("INVALID_INPUT", "give exactly one of --object-type or --road-category");
}

/** The option that gives each field of the advertising fee input. */
const ADVERTISING_OPTIONS = {
  year: "--year",
  months: "--months",
  sides: "--sides",
  areaM2: "--area-m2",
  maslikhatAdjustmentPercent: "--adjustment-percent",
  "location.objectType": "--object-type",
  "location.roadCategory": "--road-category",
};

/** Adds `tax advertising` to the `tax` command. */
export function addTaxAdvertisingCommand(tax: Command): void {
  tax
    .command("advertising")
    .description(
      "fee for outdoor (visual) advertising (2026 Code Art. 653-656; 2018-2025 rates are caller-supplied)",
    )
    .requiredOption("--year <year>", "year of placement", wholeNumber("--year", 2018, 2026))
    .option(
      "--months <months>",
      "number of months of placement from January (1-12)",
      wholeNumber("--months", 1, 12),
      1,
    )
    .option("--sides <sides>", "sides of the advertising object", wholeNumber("--sides", 1, 100), 1)
    .addOption(
      new Option("--object-type <type>", "object type (fourth-level column C)").choices([...AD_OBJECT_TYPES]),
    )
    .addOption(
      new Option("--road-category <category>", "republican/international road right-of-way instead").choices([
        ...ROAD_CATEGORIES,
      ]),
    )
    .option("--area-m2 <m2>", "area of one side, m²", decimal("--area-m2"))
    .option("--not-notified", "placed without notification (double rates)")
    .option("--adjustment-percent <percent>", "maslikhat adjustment, % (e.g. -50 or 100)")
    .option("--reforms <file>", TAX_REFORMS_OPTION)
    .option("--json", TAX_JSON_OPTION)
    .action((o: AdvertisingOptions) => {
      const { law, reforms } = taxLawOf(o.reforms);
      const result = withOptionPaths("tax advertising", ADVERTISING_OPTIONS, () =>
        advertisingFee(
          {
            year: o.year,
            months: Array.from({ length: o.months }, (_, i) => i + 1),
            sides: o.sides,
            location: locationOf(o),
            ...(o.areaM2 === undefined ? {} : { areaM2: o.areaM2 }),
            notified: o.notNotified !== true,
            ...(o.adjustmentPercent === undefined ? {} : { maslikhatAdjustmentPercent: o.adjustmentPercent }),
          },
          law,
        ),
      );
      printTaxResult(o.json, result, reforms);
    });
}

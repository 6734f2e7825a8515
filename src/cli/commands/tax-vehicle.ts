import { type Command, Option } from "commander";
import { type Issue, throwIssues } from "../../errors/issue.js";
import {
  type Vehicle,
  type VehicleTaxInput,
  vehicleExemptionSchema,
} from "../../jurisdictions/kz/taxes/vehicle/vehicle-input.js";
import { vehicleTax } from "../../jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
import { withOptionPaths } from "./option-paths.js";
import { decimal, wholeNumber } from "./options.js";
import { printTaxResult, TAX_JSON_OPTION } from "./tax-output.js";
import { TAX_REFORMS_OPTION, taxLawOf } from "./tax-reforms.js";

interface VehicleOptions {
  year: number;
  category: Vehicle["kind"];
  engineCc?: number;
  payloadT?: string;
  seats?: number;
  powerKw?: string;
  powerHp?: string;
  months?: number;
  manufacturedYear?: number;
  post2013?: boolean;
  payer: "individual" | "legal-entity";
  exemption?: VehicleTaxInput["exemption"];
  ownerChangedAfter2013?: boolean;
  agriculturalProducer?: boolean;
  leasedOut?: boolean;
  reductionOnLeasedMachinery?: "yes" | "no";
  ageCoefficientScope?: "whole_amount" | "mrp_part";
  reforms?: string;
  json?: boolean;
}

type BaseOption = "engineCc" | "payloadT" | "seats" | "powerKw" | "powerHp";
type CarOption = "manufacturedYear" | "post2013" | "ageCoefficientScope" | "ownerChangedAfter2013";

/** The base option each category takes; any other base option given is refused, not ignored. */
const BASE_OPTION: Readonly<Record<Vehicle["kind"], BaseOption | undefined>> = {
  passenger_car: "engineCc",
  truck: "payloadT",
  bus: "seats",
  tractor: undefined,
  motorcycle: "powerKw",
  boat: "powerHp",
};
const FLAG: Readonly<Record<BaseOption | CarOption, string>> = {
  engineCc: "--engine-cc",
  payloadT: "--payload-t",
  seats: "--seats",
  powerKw: "--power-kw",
  powerHp: "--power-hp",
  manufacturedYear: "--manufactured-year",
  post2013: "--post-2013",
  ageCoefficientScope: "--age-coefficient-scope",
  ownerChangedAfter2013: "--owner-changed-after-2013",
};

/** Options given that do not belong to the category or the year, each at its flag. */
function optionIssues(o: VehicleOptions): Issue[] {
  const expected = BASE_OPTION[o.category];
  const at = (option: BaseOption | CarOption, message: string): Issue => ({
    path: [FLAG[option]],
    code: "INVALID_INPUT",
    message,
  });
  const bases = (["engineCc", "payloadT", "seats", "powerKw", "powerHp"] as const)
    .filter((option) => option !== expected && o[option] !== undefined)
    .map((option) => at(option, `${FLAG[option]} does not apply to --category ${o.category}`));
  const missing =
    expected !== undefined && o[expected] === undefined
      ? [at(expected, `--category ${o.category} needs ${FLAG[expected]}`)]
      : [];
  const carOnly = (["manufacturedYear", "post2013", "ageCoefficientScope", "ownerChangedAfter2013"] as const)
    .filter((option) => o.category !== "passenger_car" && o[option] !== undefined)
    .map((option) => at(option, `${FLAG[option]} applies to passenger cars only`));
  const from2026 = (["ageCoefficientScope", "ownerChangedAfter2013"] as const)
    .filter((option) => o.year < 2026 && o[option] !== undefined)
    .map((option) => at(option, `${FLAG[option]} applies from 2026 only`));
  const to2025 =
    o.year >= 2026 && o.post2013 !== undefined
      ? [at("post2013", "--post-2013 applies to 2018-2025 only (the 2026 Code has one scale)")]
      : [];
  return [...bases, ...missing, ...carOnly, ...from2026, ...to2025];
}

function vehicleOf(o: VehicleOptions): Vehicle {
  throwIssues("tax vehicle", optionIssues(o));
  switch (o.category) {
    case "passenger_car":
      return {
        kind: "passenger_car",
        engineCc: o.engineCc as number,
        ...(o.manufacturedYear === undefined ? {} : { manufacturedYear: o.manufacturedYear }),
        ...(o.post2013 === true ? { madeOrImportedAfter2013: true } : {}),
      };
    case "truck":
      return { kind: "truck", payloadTonnes: o.payloadT as string };
    case "bus":
      return { kind: "bus", seats: o.seats as number };
    case "tractor":
      return { kind: "tractor" };
    case "motorcycle":
      return { kind: "motorcycle", powerKw: o.powerKw as string };
    case "boat":
      return { kind: "boat", powerHp: o.powerHp as string };
  }
}

/** The option that gives each field of the vehicle tax input. */
const VEHICLE_OPTIONS = {
  year: "--year",
  payer: "--payer",
  months: "--months",
  exemption: "--exemption",
  ageCoefficientScope: "--age-coefficient-scope",
  "vehicle.engineCc": "--engine-cc",
  "vehicle.manufacturedYear": "--manufactured-year",
  "vehicle.payloadTonnes": "--payload-t",
  "vehicle.seats": "--seats",
  "vehicle.powerKw": "--power-kw",
  "vehicle.powerHp": "--power-hp",
};

/** Adds `tax vehicle` to the `tax` command. */
export function addTaxVehicleCommand(tax: Command): void {
  tax
    .command("vehicle")
    .description("vehicle tax (2017 Code Art. 490-494 to 2025; 2026 Code Art. 563-566)")
    .requiredOption("--year <year>", "tax year", wholeNumber("--year", 2018, 2026))
    .addOption(
      new Option("--category <category>", "vehicle category")
        .choices(["passenger_car", "truck", "bus", "tractor", "motorcycle", "boat"])
        .default("passenger_car"),
    )
    .option("--engine-cc <cc>", "engine volume, cm³ (passenger cars)", wholeNumber("--engine-cc", 1, 100_000))
    .option("--payload-t <tonnes>", "load capacity, t (trucks)", decimal("--payload-t"))
    .option("--seats <seats>", "passenger seats (buses)", wholeNumber("--seats", 1, 1000))
    .option("--power-kw <kW>", "engine power, kW (motorcycles)", decimal("--power-kw"))
    .option("--power-hp <hp>", "engine power, hp (boats)", decimal("--power-hp"))
    .option("--months <months>", "months owned in the year, 1-12", wholeNumber("--months", 1, 12))
    .option(
      "--manufactured-year <year>",
      "year of manufacture (needed from 2026)",
      wholeNumber("--manufactured-year", 1900, 2100),
    )
    .option(
      "--post-2013",
      "car over 3 000 cc made in Kazakhstan or imported after 31.12.2013 (2018-2025 scale)",
    )
    .addOption(
      new Option("--payer <payer>", "who pays").choices(["individual", "legal-entity"]).default("individual"),
    )
    .addOption(
      new Option(
        "--exemption <category>",
        "exemption (personal; 2026: a peasant farm's car or pickup, listed specialised farm machinery)",
      ).choices(vehicleExemptionSchema.options),
    )
    .option(
      "--owner-changed-after-2013",
      "2026: the exempt person's car over 4 000 cc changed owner after 31.12.2013",
    )
    .option("--agricultural-producer", "2026: agricultural legal entity, 70 % reduction")
    .option("--leased-out", "2026: transferred for use, trust management or lease (no farm exemption)")
    .addOption(
      new Option(
        "--reduction-on-leased-machinery <yes|no>",
        "2026, open in the Code: leased-out listed machinery of an agricultural entity keeps the 70 % cut",
      ).choices(["yes", "no"]),
    )
    .addOption(
      new Option(
        "--age-coefficient-scope <scope>",
        "2026: what the age coefficient scales (the Code does not say)",
      ).choices(["whole_amount", "mrp_part"]),
    )
    .option("--reforms <file>", TAX_REFORMS_OPTION)
    .option("--json", TAX_JSON_OPTION)
    .action((o: VehicleOptions) => {
      const input: VehicleTaxInput = {
        year: o.year,
        payer: o.payer === "legal-entity" ? "legal_entity" : "individual",
        vehicle: vehicleOf(o),
        ...(o.months === undefined ? {} : { months: o.months }),
        ...(o.exemption === undefined ? {} : { exemption: o.exemption }),
        ...(o.ownerChangedAfter2013 === true ? { ownerChangedAfter2013: true } : {}),
        ...(o.agriculturalProducer === true ? { agriculturalProducer: true } : {}),
        ...(o.leasedOut === true ? { leasedOut: true } : {}),
        ...(o.reductionOnLeasedMachinery === undefined
          ? {}
          : { reductionOnLeasedMachinery: o.reductionOnLeasedMachinery === "yes" }),
        ...(o.ageCoefficientScope === undefined ? {} : { ageCoefficientScope: o.ageCoefficientScope }),
      };
      const { law, reforms } = taxLawOf(o.reforms);
      printTaxResult(
        o.json,
        withOptionPaths("tax vehicle", VEHICLE_OPTIONS, () => vehicleTax(input, law)),
        reforms,
      );
    });
}

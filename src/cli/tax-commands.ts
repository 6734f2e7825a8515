import Table from "cli-table3";
import { type Command, InvalidArgumentError, Option } from "commander";
import { formatCitation } from "../citation/citation.js";
import { FourthLevelError } from "../errors/error.js";
import { advertisingFee } from "../jurisdictions/kz/taxes/advertising/advertising-fee.js";
import {
  AD_OBJECT_TYPES,
  type AdObjectType,
  ROAD_CATEGORIES,
  type RoadCategory,
} from "../jurisdictions/kz/taxes/advertising/rates.js";
import {
  IE_GENERAL_REGIME_2026_AS_PUBLISHED,
  type IitPayerKind,
} from "../jurisdictions/kz/taxes/iit/rates.js";
import { selfAssessedIit } from "../jurisdictions/kz/taxes/iit/self-assessed-iit.js";
import { landTax, type SettlementCategory } from "../jurisdictions/kz/taxes/land/land-tax.js";
import { NAMED_CITIES, type NamedCity } from "../jurisdictions/kz/taxes/land/rates.js";
import { propertyTax } from "../jurisdictions/kz/taxes/property/property-tax.js";
import type { TaxResult } from "../jurisdictions/kz/taxes/tax-result.js";
import {
  type Vehicle,
  type VehicleTaxInput,
  vehicleTax,
} from "../jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
import { attributionToJson } from "../report/json.js";
import { formatAttribution, PLAIN } from "../report/text.js";
import type { RevenueResult } from "../revenue/chain.js";

/** The JSON form of `fourth-level revenue`: assessments, totals, attribution (money as KZT strings). */
export function revenueToJson(result: RevenueResult, note: string | undefined) {
  return {
    year: result.year,
    note: note ?? null,
    collectionRate: result.collectionRate,
    assessments: result.assessments.map((a) => ({
      objectId: a.objectId,
      ...taxResultToJson(a.tax),
      collected: a.collected.toKzt(),
      paymentDates: a.receipts.map((r) => r.paymentDate),
    })),
    assessedKzt: result.assessedTotal.toKzt(),
    collectedKzt: result.collectedTotal.toKzt(),
    ...attributionToJson(result.attribution),
  };
}

/** A commander parser for a whole number in a range; the option given twice is refused. */
export function wholeNumber(name: string, min: number, max: number) {
  return once(name, (text: string): number => {
    const n = Number(text);
    if (!/^-?\d+$/.test(text) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    }
    return n;
  });
}

/** A commander parser for a positive decimal written with a point. */
function decimal(name: string) {
  return once(name, (text: string): string => {
    if (!/^\d+(\.\d+)?$/.test(text) || /^0+(\.0+)?$/.test(text)) {
      throw new InvalidArgumentError(`${name} must be a positive decimal number such as 1.5`);
    }
    return text;
  });
}

/** Wraps a parser so that an option given twice is refused instead of silently taking the last value. */
function once<T>(name: string, parse: (text: string) => T): (text: string) => T {
  let seen = false;
  return (text: string) => {
    if (seen) throw new InvalidArgumentError(`${name} is given more than once`);
    seen = true;
    return parse(text);
  };
}

/** The JSON form of a tax result: `{ amount, breakdown }`, money as a KZT decimal string. */
export function taxResultToJson(result: TaxResult) {
  return {
    tax: result.tax,
    year: result.year,
    amount: result.amount.toKzt(),
    breakdown: result.breakdown.map((s) => ({
      step: s.step,
      value: s.value,
      ...(s.citation === undefined ? {} : { article: formatCitation(s.citation) }),
    })),
  };
}

/** The text form of a tax result: the amount, then each step with its article. */
export function formatTaxResult(result: TaxResult): string {
  const lines = [`${result.tax} tax ${result.year}: ${result.amount.toKzt()} KZT`];
  for (const s of result.breakdown) {
    lines.push(
      `  ${s.step}: ${s.value}${s.citation === undefined ? "" : `\n    — ${formatCitation(s.citation)}`}`,
    );
  }
  return lines.join("\n");
}

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
  ageCoefficientScope?: "whole_amount" | "mrp_part";
  json?: boolean;
}

/** The base option each category takes; any other base option given is refused, not ignored. */
const BASE_OPTION: Readonly<Record<Vehicle["kind"], keyof VehicleOptions | undefined>> = {
  passenger_car: "engineCc",
  truck: "payloadT",
  bus: "seats",
  tractor: undefined,
  motorcycle: "powerKw",
  boat: "powerHp",
};
const FLAG: Readonly<Record<string, string>> = {
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

function vehicleOf(o: VehicleOptions): Vehicle {
  const problems: string[] = [];
  const expected = BASE_OPTION[o.category];
  for (const option of ["engineCc", "payloadT", "seats", "powerKw", "powerHp"] as const) {
    if (option !== expected && o[option] !== undefined)
      problems.push(`${FLAG[option]} does not apply to --category ${o.category}`);
  }
  if (expected !== undefined && o[expected] === undefined)
    problems.push(`--category ${o.category} needs ${FLAG[expected]}`);
  if (o.category !== "passenger_car") {
    for (const option of [
      "manufacturedYear",
      "post2013",
      "ageCoefficientScope",
      "ownerChangedAfter2013",
    ] as const) {
      if (o[option] !== undefined) problems.push(`${FLAG[option]} applies to passenger cars only`);
    }
  }
  if (o.year < 2026) {
    for (const option of ["ageCoefficientScope", "ownerChangedAfter2013"] as const) {
      if (o[option] !== undefined) problems.push(`${FLAG[option]} applies from 2026 only`);
    }
  } else if (o.post2013 !== undefined) {
    problems.push("--post-2013 applies to 2018-2025 only (the 2026 Code has one scale)");
  }
  if (problems.length > 0) {
    throw new FourthLevelError("INVALID_INPUT", `tax vehicle: ${problems.join("; ")}`, { problems });
  }
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

/**
 * Adds `fourth-level tax <kind>` commands: each prints the amount and its breakdown, or with `--json`
 * `{ "amount": "<KZT decimal string>", "breakdown": [...] }`.
 */
export function addTaxCommands(
  program: Command,
  print: (json: boolean, value: unknown, text: () => string) => void,
): void {
  const tax = program
    .command("tax")
    .description("compute one local tax from its base, with the breakdown and articles");
  addOtherTaxCommands(tax, print);
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
        "exemption (personal; or 2026 peasant farm's car or pickup)",
      ).choices(["veteran_or_award", "disability", "peasant_farm_passenger_car", "peasant_farm_pickup"]),
    )
    .option(
      "--owner-changed-after-2013",
      "2026: the exempt person's car over 4 000 cc changed owner after 31.12.2013",
    )
    .option("--agricultural-producer", "2026: agricultural legal entity, 70 % reduction")
    .addOption(
      new Option(
        "--age-coefficient-scope <scope>",
        "2026: what the age coefficient scales (the Code does not say)",
      ).choices(["whole_amount", "mrp_part"]),
    )
    .option("--json", 'print { "amount": "<KZT>", "breakdown": [...] }')
    .action((o: VehicleOptions) => {
      const input: VehicleTaxInput = {
        year: o.year,
        payer: o.payer === "legal-entity" ? "legal_entity" : "individual",
        vehicle: vehicleOf(o),
        ...(o.months === undefined ? {} : { months: o.months }),
        ...(o.exemption === undefined ? {} : { exemption: o.exemption }),
        ...(o.ownerChangedAfter2013 === true ? { ownerChangedAfter2013: true } : {}),
        ...(o.agriculturalProducer === true ? { agriculturalProducer: true } : {}),
        ...(o.ageCoefficientScope === undefined ? {} : { ageCoefficientScope: o.ageCoefficientScope }),
      };
      const result = vehicleTax(input);
      print(o.json === true, taxResultToJson(result), () => formatTaxResult(result));
    });
}

/** Adds `tax property|iit|advertising|land` (see {@link addTaxCommands}). */
function addOtherTaxCommands(
  tax: Command,
  print: (json: boolean, value: unknown, text: () => string) => void,
): void {
  const show = (json: boolean | undefined, result: TaxResult) =>
    print(json === true, taxResultToJson(result), () => formatTaxResult(result));
  tax
    .command("property")
    .description("property tax of individuals (2017 Code Art. 526-531; 2026 Code Art. 599-604)")
    .requiredOption("--year <year>", "tax year", wholeNumber("--year", 2018, 2026))
    .requiredOption(
      "--value <KZT>",
      "assessed value of a dwelling, KZT (repeat for several objects)",
      collectDecimal("--value"),
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
    .option("--json", 'print { "amount": "<KZT>", "breakdown": [...] }')
    .action(
      (o: {
        year: number;
        value: string[];
        months?: number;
        benefit?: "within_1000_mrp" | "within_1500_mrp";
        luxuryCoefficient?: string;
        json?: boolean;
      }) => {
        show(
          o.json,
          propertyTax({
            year: o.year,
            objects: o.value.map((assessedValue) => ({
              assessedValue,
              ...(o.months === undefined ? {} : { months: o.months }),
              ...(o.luxuryCoefficient === undefined ? {} : { luxuryCoefficient: o.luxuryCoefficient }),
            })),
            ...(o.benefit === undefined ? {} : { benefit: o.benefit }),
          }),
        );
      },
    );
  tax
    .command("iit")
    .description("IIT on income the individual declares himself (EBK 101202, the fourth-level line)")
    .requiredOption("--year <year>", "tax year", wholeNumber("--year", 2018, 2026))
    .requiredOption(
      "--annual-income <KZT>",
      "annual taxable income after deductions, KZT",
      decimal("--annual-income"),
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
    .option("--json", 'print { "amount": "<KZT>", "breakdown": [...] }')
    .action(
      (o: {
        year: number;
        annualIncome: string;
        payer: string;
        publishedIeScale?: boolean;
        json?: boolean;
      }) => {
        if (o.publishedIeScale === true && (o.payer !== "individual-entrepreneur" || o.year < 2026)) {
          throw new FourthLevelError(
            "INVALID_INPUT",
            "--published-ie-scale is the 2026 scale of individual entrepreneurs: use it with --payer individual-entrepreneur and --year 2026",
            {},
          );
        }
        if (o.payer !== "individual" && o.year >= 2026 && o.publishedIeScale !== true) {
          throw new FourthLevelError(
            "NO_RULE",
            `the 2026 IIT scale of ${o.payer === "individual-entrepreneur" ? "an individual entrepreneur" : "a private practitioner"} is not established in the Code as read${
              o.payer === "individual-entrepreneur"
                ? "; add --published-ie-scale to apply the published one"
                : ""
            }`,
            {},
          );
        }
        show(
          o.json,
          selfAssessedIit({
            year: o.year,
            payer: o.payer.replaceAll("-", "_") as IitPayerKind,
            taxableIncome: o.annualIncome,
            ...(o.publishedIeScale === true ? { schedule: IE_GENERAL_REGIME_2026_AS_PUBLISHED } : {}),
          }),
        );
      },
    );
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
    .option("--json", 'print { "amount": "<KZT>", "breakdown": [...] }')
    .action(
      (o: {
        year: number;
        months: number;
        sides: number;
        objectType?: AdObjectType;
        roadCategory?: RoadCategory;
        areaM2?: string;
        notNotified?: boolean;
        adjustmentPercent?: string;
        json?: boolean;
      }) => {
        if ((o.objectType === undefined) === (o.roadCategory === undefined)) {
          throw new FourthLevelError(
            "INVALID_INPUT",
            "give exactly one of --object-type or --road-category",
            {},
          );
        }
        show(
          o.json,
          advertisingFee({
            year: o.year,
            months: Array.from({ length: o.months }, (_, i) => i + 1),
            sides: o.sides,
            location:
              o.objectType !== undefined
                ? { kind: "fourth_level_column_c", objectType: o.objectType }
                : { kind: "republican_road_right_of_way", roadCategory: o.roadCategory as RoadCategory },
            ...(o.areaM2 === undefined ? {} : { areaM2: o.areaM2 }),
            notified: o.notNotified !== true,
            ...(o.adjustmentPercent === undefined ? {} : { maslikhatAdjustmentPercent: o.adjustmentPercent }),
          }),
        );
      },
    );
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
    .option("--json", 'print { "amount": "<KZT>", "breakdown": [...] }')
    .action(
      (o: {
        year: number;
        areaM2: string;
        category: string;
        oblastCentre?: string;
        regionRow?: "almaty_region" | "akmola_region";
        use: "other" | "housing";
        payer: string;
        adjustmentPercent?: string;
        months?: number;
        json?: boolean;
      }) => {
        show(
          o.json,
          landTax({
            year: o.year,
            payer: o.payer === "individual" ? "individual" : "legal_entity",
            plot: {
              kind: "settlement",
              areaM2: o.areaM2,
              category: o.category as SettlementCategory,
              ...(o.oblastCentre === undefined ? {} : { oblastCentre: o.oblastCentre as NamedCity }),
              ...(o.regionRow === undefined ? {} : { regionRow: o.regionRow }),
              use: o.use,
            },
            ...(o.adjustmentPercent === undefined ? {} : { maslikhatAdjustmentPercent: o.adjustmentPercent }),
            ...(o.months === undefined ? {} : { months: o.months }),
          }),
        );
      },
    );
}

/** A commander collector of repeated decimal options. */
function collectDecimal(name: string) {
  return (text: string, previous: string[] = []): string[] => {
    if (!/^\d+(\.\d+)?$/.test(text))
      throw new InvalidArgumentError(`${name} must be a decimal number such as 1.5`);
    return [...previous, text];
  };
}

/** The text report of `fourth-level revenue`: each object's tax, each budget's lines, the conservation line. */
export function formatRevenue(result: RevenueResult, note: string | undefined): string {
  const objects = new Table({
    head: ["object", "tax", "KZT", "collected", "due"],
    style: PLAIN,
    colAligns: ["left", "left", "right", "right", "left"],
  });
  for (const a of result.assessments) {
    objects.push([
      a.objectId,
      a.tax.tax,
      a.tax.amount.toKzt(),
      a.collected.toKzt(),
      [...new Set(a.receipts.map((r) => r.paymentDate))].sort().join(", ") || "-",
    ]);
  }
  return [
    `registry ${result.year}${note === undefined ? "" : ` — ${note}`}`,
    objects.toString(),
    `assessed ${result.assessedTotal.toKzt()} KZT; collection rate ${result.collectionRate}; collected ${result.collectedTotal.toKzt()} KZT`,
    formatAttribution(result.attribution),
  ].join("\n");
}

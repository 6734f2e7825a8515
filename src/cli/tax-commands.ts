import { type Command, InvalidArgumentError, Option } from "commander";
import { formatCitation } from "../citation/citation.js";
import { FourthLevelError } from "../errors/error.js";
import type { TaxResult } from "../jurisdictions/kz/taxes/tax-result.js";
import {
  type Vehicle,
  type VehicleTaxInput,
  vehicleTax,
} from "../jurisdictions/kz/taxes/vehicle/vehicle-tax.js";

/** A commander parser for a whole number in a range. */
function wholeNumber(name: string, min: number, max: number) {
  return (text: string): number => {
    const n = Number(text);
    if (!/^-?\d+$/.test(text) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** A commander parser for a non-negative decimal written with a point. */
function decimal(name: string) {
  return (text: string): string => {
    if (!/^\d+(\.\d+)?$/.test(text))
      throw new InvalidArgumentError(`${name} must be a decimal number such as 1.5`);
    return text;
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
  exemption?: "veteran_or_award" | "disability";
  ownerChangedAfter2013?: boolean;
  agriculturalProducer?: boolean;
  ageCoefficientScope?: "whole_amount" | "mrp_part";
  json?: boolean;
}

function vehicleOf(o: VehicleOptions): Vehicle {
  const need = <T>(value: T | undefined, option: string): T => {
    if (value === undefined) {
      throw new FourthLevelError("INVALID_INPUT", `--category ${o.category} needs ${option}`, { option });
    }
    return value;
  };
  switch (o.category) {
    case "passenger_car":
      return {
        kind: "passenger_car",
        engineCc: need(o.engineCc, "--engine-cc"),
        ...(o.manufacturedYear === undefined ? {} : { manufacturedYear: o.manufacturedYear }),
        ...(o.post2013 === true ? { madeOrImportedAfter2013: true } : {}),
      };
    case "truck":
      return { kind: "truck", payloadTonnes: need(o.payloadT, "--payload-t") };
    case "bus":
      return { kind: "bus", seats: need(o.seats, "--seats") };
    case "tractor":
      return { kind: "tractor" };
    case "motorcycle":
      return { kind: "motorcycle", powerKw: need(o.powerKw, "--power-kw") };
    case "boat":
      return { kind: "boat", powerHp: need(o.powerHp, "--power-hp") };
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
  tax
    .command("vehicle")
    .description("vehicle tax (2017 Code Art. 490-494 to 2025; 2026 Code Art. 563-566)")
    .requiredOption("--year <year>", "tax year", wholeNumber("--year", 2018, 2100))
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
      new Option("--exemption <category>", "personal exemption").choices(["veteran_or_award", "disability"]),
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

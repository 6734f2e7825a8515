import Table from "cli-table3";
import { type Command, Option } from "commander";
import { FourthLevelError } from "../../errors/error.js";
import { readTextFile } from "../../files/read-text-file.js";
import { parseJsonText } from "../../input/json.js";
import { kazakhstanRulebook } from "../../jurisdictions/kz/law.js";
import { type RevenueResult, revenueFromRegistry } from "../../jurisdictions/kz/revenue/chain.js";
import { readRegistry } from "../../jurisdictions/kz/revenue/read-registry.js";
import type { Registry } from "../../jurisdictions/kz/revenue/registry-schema.js";
import { readVehicleRegistryCsv } from "../../jurisdictions/kz/revenue/vehicle-registry-csv.js";
import { kazakhstanTerritory } from "../../jurisdictions/kz/territory.js";
import { attributionToJson } from "../../report/json.js";
import { formatAttribution, PLAIN } from "../../report/text.js";
import type { Territory } from "../../territory/territory.js";
import { inputPath, print, wholeNumber } from "./options.js";
import { taxResultToJson } from "./tax-output.js";

/** The JSON form of `fourth-level revenue`: assessments, totals, attribution (money as KZT strings). */
function revenueToJson(result: RevenueResult, note: string | undefined) {
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

/** The text report of `fourth-level revenue`: each object's tax, each budget's lines, the conservation line. */
function formatRevenue(result: RevenueResult, note: string | undefined): string {
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

interface RevenueOptions {
  year?: number;
  ageCoefficientScope?: "whole_amount" | "mrp_part";
  json?: boolean;
}

/** The registry of a file: a CSV of vehicles for `--year`, or JSON whose year `--year` must match. */
function registryOf(file: string, opts: RevenueOptions, territory: Territory): Registry {
  const text = readTextFile(inputPath(file), "registry");
  if (file.toLowerCase().endsWith(".csv")) {
    if (opts.year === undefined)
      throw new FourthLevelError("INVALID_INPUT", "a .csv registry needs --year", { file });
    return readVehicleRegistryCsv(text, opts.year, territory, file);
  }
  const registry = readRegistry(parseJsonText(text, file), territory, file);
  if (opts.year !== undefined && opts.year !== registry.year) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `--year ${opts.year} differs from the registry's year ${registry.year}`,
      { file },
    );
  }
  return registry;
}

/**
 * Adds `fourth-level revenue REGISTRY`: the chain from tax bases to budgets (each object's tax, receipts
 * on the due date, attribution, each budget's tax lines).
 */
export function addRevenueCommand(program: Command): void {
  program
    .command("revenue")
    .description(
      "the chain from tax bases to budgets: a registry of taxable objects (.json, or .csv of vehicles) → each object's tax → receipts on the due date → attribution → each budget's tax lines",
    )
    .argument(
      "<registry>",
      "registry file (.json with vehicles, dwellings, landPlots, advertisements, incomes — see docs/taxes.md — or .csv of vehicles)",
    )
    .option(
      "--year <year>",
      "tax year (required for .csv; for .json it must match the file)",
      wholeNumber("--year", 2018, 2100),
    )
    .addOption(
      new Option(
        "--age-coefficient-scope <scope>",
        "2026: what the car age coefficient scales (the Code does not say)",
      ).choices(["whole_amount", "mrp_part"]),
    )
    .option("--json", "print JSON (money as KZT decimal strings)")
    .action((file: string, opts: RevenueOptions) => {
      const territory = kazakhstanTerritory();
      const registry = registryOf(file, opts, territory);
      const objects = ["vehicles", "dwellings", "landPlots", "advertisements", "incomes"] as const;
      if (objects.every((kind) => registry[kind].length === 0)) {
        throw new FourthLevelError("INVALID_INPUT", `${file} holds no taxable objects`, { file });
      }
      const rulebook = kazakhstanRulebook(
        registry.openCodes === undefined ? {} : { openCodes: registry.openCodes },
      );
      const scope = opts.ageCoefficientScope;
      const result = revenueFromRegistry(
        scope === undefined ? registry : { ...registry, ageCoefficientScope: scope },
        {
          rulebook,
          territory,
        },
      );
      print(opts.json === true, revenueToJson(result, registry.note), () =>
        formatRevenue(result, registry.note),
      );
    });
}

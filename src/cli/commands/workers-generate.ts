import { type Command, Option } from "commander";
import { generateWorkers } from "../../jurisdictions/kz/workers/generate-workers.js";
import { workerReceipts } from "../../jurisdictions/kz/workers/worker-receipts.js";
import type { Money } from "../../money/money.js";
import { withOptionPaths } from "./option-paths.js";
import { kztAmount, wholeNumber } from "./options.js";
import { formatOption, printWorkers, type WorkersFormat } from "./workers-output.js";

interface GenerateOptions {
  readonly district: string;
  readonly seed?: number;
  readonly year?: number;
  readonly count?: number;
  readonly averageWage?: Money;
  readonly commuterShare?: string;
  readonly externalEmployerShare?: string;
  readonly workersPerEmployer?: number;
  readonly format: WorkersFormat;
  readonly receipts?: boolean;
}

/** The option that gives each field of the generator's options. */
const WORKERS_OPTIONS = {
  "options.district": "--district",
  "options.seed": "--seed",
  "options.year": "--year",
  "options.count": "--count",
  "options.averageMonthlyWage": "--average-wage",
  "options.commuterShare": "--commuter-share",
  "options.externalEmployerShare": "--external-employer-share",
  "options.workersPerEmployer": "--workers-per-employer",
};

/** Adds `fourth-level workers generate --district KATO`: seeded, calibrated, labelled GENERATED. */
export function addWorkersGenerateCommand(workers: Command): void {
  workers
    .command("generate")
    .description(
      "generate employer-employee records of a district's residents for a year: seeded, calibrated to published statistics, every output labelled GENERATED",
    )
    .addOption(
      new Option(
        "--district <kato>",
        "the district's 9-digit KATO code, e.g. 104000000",
      ).makeOptionMandatory(),
    )
    .option(
      "--seed <n>",
      "the seed (default 1): the same seed gives the same records",
      wholeNumber("--seed", 0, 4_294_967_295),
    )
    .option("--year <year>", "the year of the wages (default 2026)", wholeNumber("--year", 2024, 2100))
    .option(
      "--count <n>",
      "how many employees (default: calibrated to the district's population)",
      wholeNumber("--count", 1, 2_000_000),
    )
    .option(
      "--average-wage <kzt>",
      "their average monthly wage in KZT (default: calibrated)",
      kztAmount("--average-wage"),
    )
    .option(
      "--commuter-share <share>",
      'share working outside their residence unit (default "0.25", an assumption)',
    )
    .option(
      "--external-employer-share <share>",
      'share of employers seated in the oblast centre (default "0.2", an assumption)',
    )
    .option(
      "--workers-per-employer <n>",
      "employees per employer (default 10, an assumption)",
      wholeNumber("--workers-per-employer", 1, 1_000_000),
    )
    .option("--receipts", "print the withheld-IIT receipts (EBK 101201) the records give, for attribution")
    .addOption(formatOption())
    .action((opts: GenerateOptions) => {
      const made = withOptionPaths("workers generate", WORKERS_OPTIONS, () =>
        generateWorkers({
          district: opts.district,
          ...(opts.seed === undefined ? {} : { seed: opts.seed }),
          ...(opts.year === undefined ? {} : { year: opts.year }),
          ...(opts.count === undefined ? {} : { count: opts.count }),
          ...(opts.averageWage === undefined ? {} : { averageMonthlyWage: opts.averageWage }),
          ...(opts.commuterShare === undefined ? {} : { commuterShare: opts.commuterShare }),
          ...(opts.externalEmployerShare === undefined
            ? {}
            : { externalEmployerShare: opts.externalEmployerShare }),
          ...(opts.workersPerEmployer === undefined ? {} : { workersPerEmployer: opts.workersPerEmployer }),
        }),
      );
      process.stderr.write(`${made.note[0]}\n`);
      printWorkers(opts.format, made, opts.receipts === true ? workerReceipts(made.records) : undefined);
    });
}

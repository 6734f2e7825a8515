import type { Command } from "commander";
import { attributionSql } from "../../attribution/sql/attribution-sql.js";
import { addLawOptions, type LawOptions, lawOf, wholeNumber } from "./options.js";
import { writeOutputFile } from "./write-output.js";

interface SqlOptions extends LawOptions {
  readonly year: number;
  readonly owners?: string;
}

/** Adds `fourth-level sql --year YEAR`: the attribution law of a year as SQL, for DuckDB, PostgreSQL, Spark, Trino. */
export function addSqlCommand(program: Command): void {
  const command = program
    .command("sql")
    .description(
      "print the attribution of a year's receipts as SQL (rules and places as views, totals per account, EBK code and rule)",
    )
    .requiredOption(
      "--year <year>",
      "the payment year whose law the SQL applies",
      wholeNumber("--year", 2018, 2100),
    )
    .option(
      "--owners <file>",
      "write the table of places and their budgets (kato_owner) to this CSV file instead of inlining it in the SQL",
    );
  addLawOptions(command).action((opts: SqlOptions) => {
    const { territory, rulebook } = lawOf(opts);
    const owners = opts.owners === undefined ? "inline" : "table";
    const result = attributionSql(rulebook, territory, { year: opts.year, owners });
    if (opts.owners !== undefined) {
      writeOutputFile("--owners", opts.owners, result.owners);
    }
    process.stdout.write(result.sql);
  });
}

import { describeValue } from "../../errors/describe.js";
import { type Issue, throwIssues } from "../../errors/issue.js";
import { ATTRIBUTION_KEYS } from "../../rules/rule.js";
import type { Rulebook } from "../../rules/rulebook.js";
import type { Territory } from "../../territory/territory.js";
import { type AttributionTables, compileAttribution } from "../totals/tables.js";

/**
 * Options of {@link attributionSql}.
 *
 * @category Attribution
 */
export interface AttributionSqlOptions {
  /** The year whose payments the SQL attributes (its rules, clipped to the year). */
  readonly year: number;
  /**
   * `"inline"` (default): the SQL holds the table of places and their budgets; `"table"`: it reads a
   * table `kato_owner` that you load from {@link AttributionSql.owners} (CSV).
   */
  readonly owners?: "inline" | "table";
}

/**
 * The attribution of a year's receipts as SQL, and the table of places it joins to.
 *
 * @category Attribution
 */
export interface AttributionSql {
  /** The SQL: two views (rules, places) and the view `attribution_totals`, then a SELECT of it. */
  readonly sql: string;
  /** The table `kato_owner` as CSV with a header: code, unit_code, unit_budget_since, upper_level, upper_code. */
  readonly owners: string;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** `YYYY-MM-DD` of a date number. */
const dateText = (date: number) =>
  `${String(Math.floor(date / 10_000)).padStart(4, "0")}-${String(Math.floor(date / 100) % 100).padStart(2, "0")}-${String(date % 100).padStart(2, "0")}`;

/** The rows of `kato_owner`: per place, its unit (if any) and the day it got a budget, the district or region above. */
function ownerRows(tables: AttributionTables): string[][] {
  return tables.placeCodes.map((code, p) => {
    const unit = tables.placeUnit[p] as number;
    const upper = tables.accounts[tables.placeUpper[p] as number];
    const [level, upperCode] = upper?.kind === "budget" ? [String(upper.level), upper.code] : ["", ""];
    return [
      code,
      unit < 0 ? "" : ((tables.accounts[unit] as { code: string }).code ?? ""),
      unit < 0 ? "" : dateText(tables.placeUnitSince[p] as number),
      level,
      upperCode,
    ];
  });
}

/** The rules in force on some day of `year`, one row per payer kind, their dates clipped to the year. */
function ruleRows(rulebook: Rulebook, year: number): string[] {
  const [first, last] = [`${String(year).padStart(4, "0")}-01-01`, `${String(year).padStart(4, "0")}-12-31`];
  return rulebook.rules
    .filter((r) => r.from <= last && (r.to === undefined || r.to >= first))
    .flatMap((r) =>
      r.payerKinds.map(
        (kind) =>
          `  (${[r.ebk, kind, r.key, r.recipient].map(quote).join(", ")}, DATE '${[r.from, first].sort()[1]}', DATE '${[r.to ?? last, last].sort()[0]}', ${quote(r.id)}, ${quote(r.category)})`,
      ),
    );
}

/** The query over `receipts`, `attribution_rule` and `kato_owner`. */
function totalsView(): string {
  const keyCase = ATTRIBUTION_KEYS.map((k) => `WHEN '${k}' THEN t.${k}`).join(" ");
  return `CREATE TEMPORARY VIEW attribution_totals AS
SELECT account, ebk, rule_id, COUNT(*) AS receipts, SUM(amount) AS amount_kzt
FROM (
  SELECT
    CASE
      WHEN r.rule_id IS NULL OR k.code IS NULL THEN 'unattributed'
      WHEN r.recipient = 'district_or_higher' THEN 'district_or_higher:' || k.upper_code
      WHEN k.unit_code IS NOT NULL AND t.payment_date >= k.unit_budget_since THEN 'budget:4:' || k.unit_code
      ELSE 'budget:' || k.upper_level || ':' || k.upper_code
    END AS account,
    t.ebk AS ebk,
    CASE WHEN r.rule_id IS NULL OR k.code IS NULL THEN 'unattributed' ELSE r.rule_id END AS rule_id,
    t.amount AS amount
  FROM receipts t
  LEFT JOIN attribution_rule r
    ON r.ebk = t.ebk AND r.payer_kind = t.payer_kind AND t.payment_date BETWEEN r.valid_from AND r.valid_to
  LEFT JOIN kato_owner k
    ON k.code = CASE r.attribution_key ${keyCase} END
) attributed
GROUP BY account, ebk, rule_id;`;
}

/** Refuses what is not a rulebook, a territory and a year. */
function checkSqlCall(rulebook: unknown, territory: unknown, options: unknown): void {
  const o = (
    typeof options === "object" && options !== null ? options : {}
  ) as Partial<AttributionSqlOptions>;
  const issues: Issue[] = [
    ...(typeof rulebook === "object" && rulebook !== null && Array.isArray((rulebook as Rulebook).rules)
      ? []
      : [
          {
            path: ["rulebook"],
            code: "INVALID_INPUT" as const,
            message: "must be a rulebook, e.g. kazakhstanRulebook()",
          },
        ]),
    ...(typeof territory === "object" &&
    territory !== null &&
    typeof (territory as Territory).owner === "function"
      ? []
      : [
          {
            path: ["territory"],
            code: "INVALID_INPUT" as const,
            message: "must be a territory, e.g. kazakhstanTerritory()",
          },
        ]),
    ...(Number.isInteger(o.year) && (o.year as number) >= 1 && (o.year as number) <= 9999
      ? []
      : [
          {
            path: ["options", "year"],
            code: "INVALID_INPUT" as const,
            message: `must be a year from 1 to 9999, not ${describeValue(o.year)}`,
          },
        ]),
    ...(o.owners === undefined || o.owners === "inline" || o.owners === "table"
      ? []
      : [
          {
            path: ["options", "owners"],
            code: "INVALID_INPUT" as const,
            message: 'must be "inline" or "table"',
          },
        ]),
  ];
  throwIssues("attribution SQL", issues);
}

/**
 * The attribution of one year's receipts under a rulebook, as SQL for DuckDB, PostgreSQL, Spark SQL or
 * Trino: the year's rules as a view (one row per rule and payer kind: EBK code, payer kind, the key
 * column, the recipient, the dates clipped to the year), the territory's places with their budgets as a
 * view `kato_owner`, and the view `attribution_totals` that picks the key column by EBK code and payer
 * kind, joins it to `kato_owner` and sums per account, EBK code and rule — the same rows as
 * {@link attributeTotals} with `unattributed: true` on receipts paid that year (each account id as
 * `accountId` writes it; receipts without a rule or a known place go to `unattributed`).
 *
 * The SQL reads a table or view `receipts` with the columns of the receipts CSV (`payment_date` a DATE,
 * `amount` a DECIMAL(18,2), codes as text, empty places NULL) and checks nothing: check the files with
 * `fourth-level attribute` first, or rely on your own checks.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a missing rulebook or territory or a bad year.
 * @category Attribution
 * @example
 * ```ts
 * const { sql } = attributionSql(kazakhstanRulebook(), kazakhstanTerritory(), { year: 2026, owners: "table" });
 * sql.includes("CREATE TEMPORARY VIEW attribution_totals"); //=> true
 * ```
 */
export function attributionSql(
  rulebook: Rulebook,
  territory: Territory,
  options: AttributionSqlOptions,
): AttributionSql {
  checkSqlCall(rulebook, territory, options);
  const rules = ruleRows(rulebook, options.year);
  throwIssues(
    "attribution SQL",
    rules.length > 0
      ? []
      : [
          {
            path: ["options", "year"],
            code: "INVALID_INPUT",
            message: `no rule of the rulebook is in force in ${options.year}`,
          },
        ],
  );
  const tables = compileAttribution(rulebook, territory);
  const owners = ownerRows(tables);
  const ownersView =
    options.owners === "table"
      ? [
          "-- kato_owner: the places and their budgets, from the CSV written with this SQL (fourth-level sql --owners FILE).",
          "-- DuckDB: CREATE TABLE kato_owner AS SELECT * FROM read_csv('FILE', header = true, all_varchar = true,",
          "--   types = {'unit_budget_since': 'DATE'});",
        ].join("\n")
      : `CREATE TEMPORARY VIEW kato_owner AS SELECT * FROM (VALUES\n${owners
          .map(
            ([code, unit, since, level, upper]) =>
              `  (${quote(code as string)}, ${unit === "" ? "NULL" : quote(unit as string)}, ${since === "" ? "CAST(NULL AS DATE)" : `DATE '${since}'`}, ${quote(level as string)}, ${quote(upper as string)})`,
          )
          .join(",\n")}\n) AS k(code, unit_code, unit_budget_since, upper_level, upper_code);`;
  const sql = [
    `-- Attribution of receipts paid in ${options.year}: which budget receives each, summed per account, EBK code and rule.`,
    "-- Generated by fourth-level-budget from its rulebook and the KATO classifier; every rule_id names a rule with its legal citation.",
    "-- Reads a table or view `receipts` (columns of the receipts CSV; payment_date DATE, amount DECIMAL(18,2), empty places NULL).",
    "-- DuckDB: CREATE VIEW receipts AS SELECT * FROM read_csv('receipts.csv', comment = '#', header = true, all_varchar = true,",
    "--   types = {'amount': 'DECIMAL(18,2)', 'payment_date': 'DATE'});",
    "-- Trino has no temporary views: drop the word TEMPORARY there. DuckDB plans the inline table of 15,594 places",
    "-- slowly (seconds): give it the places as CSV instead (fourth-level sql --owners FILE).",
    `CREATE TEMPORARY VIEW attribution_rule AS SELECT * FROM (VALUES\n${rules.join(",\n")}\n) AS r(ebk, payer_kind, attribution_key, recipient, valid_from, valid_to, rule_id, category);`,
    ownersView,
    totalsView(),
    "SELECT * FROM attribution_totals ORDER BY account, ebk, rule_id;",
  ].join("\n");
  const csv = [
    "code,unit_code,unit_budget_since,upper_level,upper_code",
    ...owners.map((row) => row.join(",")),
  ];
  return { sql: `${sql}\n`, owners: `${csv.join("\n")}\n` };
}

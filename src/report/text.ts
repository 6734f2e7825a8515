import Table from "cli-table3";
import * as z from "zod";
import type { AttributionResult } from "../attribution/attribute.js";
import type { DistrictConsolidation, LineSum } from "../budget/consolidation.js";
import type { IdentityCheck } from "../budget/identities.js";
import { BUDGET_LINE_KEYS } from "../budget/lines.js";
import type { BudgetStatement } from "../budget/statement.js";
import { parseInput } from "../input/parse.js";
import { accountLabel, totalsByBudgetAndCode } from "../ledger/ledger.js";
import type { ScenarioResult } from "../scenario/run.js";
import { assumptionLines } from "./assumptions.js";
import { type AmendmentJson, type DecisionCheckJson, decisionCheckJsonSchema } from "./check.js";
import { checkedAttribution, checkedScenarioResult } from "./json.js";
import { selfSufficiencyText, type UnitSelfSufficiency, unitSelfSufficiency } from "./self-sufficiency.js";

/** The cli-table3 style of every table the command line prints: no colours, no inner rules. */
export const PLAIN = { head: [] as string[], border: [] as string[], compact: true };

function statusText(status: string, difference?: string, reason?: string): string {
  if (status === "ok") return "ok";
  if (status === "mismatch") return `MISMATCH by ${difference ?? "?"}`;
  return `not checkable: ${reason ?? ""}`;
}

/** What an amendment restates, and the decision as amended when it was checked in the same run. */
function amendmentLines(amendment: AmendmentJson): string[] {
  const amends = amendment.amends;
  const named =
    amends === null
      ? "a decision it does not name"
      : `decision № ${amends.number}${amends.date ? ` of ${amends.date}` : ""}`;
  const lines = [`  amends ${named}:`];
  for (const change of amendment.changes) {
    const items = change.items.map((i) => `${i})`).join(", ");
    const what =
      change.items.length === 0
        ? "restates"
        : `restates sub-item${change.items.length > 1 ? "s" : ""} ${items} of`;
    const figures = Object.entries(change.figures).map(([key, value]) => `${key} ${value}`);
    lines.push(`    ${what} point ${change.point ?? "(not numbered)"}: ${figures.join(", ")}`);
  }
  if (amendment.applied !== undefined) {
    const checks = amendment.applied.checks.map(
      (c) => `${c.identity} ${statusText(c.status, c.difference, c.reason)}`,
    );
    lines.push(`  applied to ${amendment.applied.file}: ${checks.join("; ")}`);
  }
  if (amendment.notApplied !== undefined) {
    lines.push(`  not applied to ${amendment.notApplied.file}: ${amendment.notApplied.reason}`);
  }
  return lines;
}

/**
 * The readable table of `fourth-level check`: per decision its unit, year, figures (thousand KZT, as
 * published) and the status of each budget identity (a mismatch with its difference in thousand KZT).
 * @throws `FourthLevelError` `INVALID_INPUT` for what is not a list of decisions checked by
 * `checkParsedDecision` or `checkPublishedBudget`.
 * @category Node
 * @example
 * ```ts
 * import { checkParsedDecision, parseDecisionText } from "fourth-level-budget";
 * import { formatDecisionChecks, readTextFile } from "fourth-level-budget/node";
 * const file = "data/decisions/kz-abai-borodulikha-belagach-2026.txt";
 * const table = formatDecisionChecks([checkParsedDecision(file, parseDecisionText(readTextFile(file)))]);
 * table.split("\n")[1]; //=> "  unit: Бель-Агачского сельского округа   year: 2026"
 * ```
 */
export function formatDecisionChecks(results: readonly DecisionCheckJson[]): string {
  return parseInput(z.array(decisionCheckJsonSchema), results, "decision checks")
    .map((r) => {
      const table = new Table({ head: ["line", "thousand KZT"], style: PLAIN, colAligns: ["left", "right"] });
      for (const [key, value] of Object.entries(r.figures)) table.push([key, value]);
      const checks = new Table({
        head: ["identity", "result"],
        style: PLAIN,
        wordWrap: true,
        colWidths: [12, 72],
      });
      for (const c of r.checks) checks.push([c.identity, statusText(c.status, c.difference, c.reason)]);
      const extra = [
        ...r.problems.map((p) => `  not read: ${p}`),
        ...(r.truncated ? ["  the text ends before the budget list is complete"] : []),
        ...(r.amendment === undefined ? [] : amendmentLines(r.amendment)),
      ];
      return [
        `${r.file}\n  unit: ${r.unit ?? "(not stated)"}   year: ${r.year ?? "(not stated)"}`,
        table.toString(),
        checks.toString(),
        ...extra,
      ].join("\n");
    })
    .join("\n\n");
}

/**
 * The table of `fourth-level attribute`: totals per budget and EBK code (KZT), then the conservation line
 * (Σ receipts = Σ attributed, exact to the tiyn).
 * @throws `FourthLevelError` `INVALID_INPUT` for what is not an attribution as `attribute` returns it.
 * @category Node
 * @example
 * ```ts
 * import { attribute, kazakhstanRulebook, kazakhstanTerritory, Money } from "fourth-level-budget";
 * import { formatAttribution } from "fourth-level-budget/node";
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("21625"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 * ] as const;
 * const result = attribute(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * formatAttribution(result).split("\n").at(-1); //=> "conservation: receipts 21625.00 KZT = postings 21625.00 KZT (exact)"
 * ```
 */
export function formatAttribution(result: AttributionResult): string {
  return attributionTable(checkedAttribution(result, "formatAttribution"));
}

/** {@link formatAttribution} of a result already checked. */
function attributionTable(result: AttributionResult): string {
  const table = new Table({
    head: ["budget", "level", "EBK", "category", "receipts", "KZT"],
    style: PLAIN,
    colAligns: ["left", "left", "left", "left", "right", "right"],
  });
  for (const row of totalsByBudgetAndCode(result.postings)) {
    const level =
      row.account.kind === "budget"
        ? String(row.account.level)
        : row.account.kind === "district_or_higher"
          ? "3+"
          : "-";
    table.push([
      accountLabel(row.account),
      level,
      row.ebk ?? "",
      row.category ?? "",
      String(row.postings),
      row.amount.toKzt(),
    ]);
  }
  const lines = [table.toString()];
  for (const p of result.postings) {
    if (p.note !== undefined && p.to.kind !== "unattributed") lines.push(`note on ${p.sourceId}: ${p.note}`);
  }
  for (const u of result.unattributed)
    lines.push(`unattributed ${u.receiptId} (${u.amount.toKzt()} KZT): ${u.reason}`);
  const conserved = result.receiptsTotal.equals(result.postedTotal);
  lines.push(
    `conservation: receipts ${result.receiptsTotal.toKzt()} KZT = postings ${result.postedTotal.toKzt()} KZT ${conserved ? "(exact)" : "(NOT EQUAL)"}`,
  );
  return lines.join("\n");
}

function checkLine(c: IdentityCheck): string {
  return `${c.identity}: ${statusText(c.status, c.difference?.toThousandKzt(), c.reason)}`;
}

function formatStatement(
  s: BudgetStatement,
  header: string,
  extra: readonly string[],
  self: UnitSelfSufficiency,
): string {
  const table = new Table({
    head: ["line", "thousand KZT", "source"],
    style: PLAIN,
    colAligns: ["left", "right", "left"],
  });
  for (const key of BUDGET_LINE_KEYS) {
    const line = s.lines[key];
    if (line !== undefined) table.push([key, line.amount.toThousandKzt(), line.source]);
  }
  for (const row of s.revenueByEbk) {
    table.push([
      `  ${row.category ?? "uncategorised"}, EBK ${row.ebk ?? "n/a"}`,
      row.amount.toThousandKzt(),
      `ledger, ${row.postings} posting(s)`,
    ]);
  }
  return [
    header,
    table.toString(),
    `  self-sufficiency (own revenues / costs): ${selfSufficiencyText(self)}`,
    ...s.checks.map((c) => `  ${checkLine(c)}`),
    ...s.notes.map((n) => `  note: ${n}`),
    ...extra.map((n) => `  reading: ${n}`),
  ].join("\n");
}

function sumText(sum: LineSum): string {
  return sum.kind === "sum" ? sum.amount.toThousandKzt() : `unknown (missing for ${sum.missing.join(", ")})`;
}

function formatConsolidation(c: DistrictConsolidation): string {
  const lines = [
    `  consolidation of ${c.district.name} (${c.district.code}), ${c.unitCount} unit(s), thousand KZT:`,
    `    revenues of the units: ${sumText(c.totals.revenue_total)}; costs: ${sumText(c.totals.expenditures)}`,
    `    transfers district -> units: ${c.mutualTransfers.toUnits.toThousandKzt()}; units -> district: ${c.mutualTransfers.toDistrict.toThousandKzt()}`,
    `    units' own revenues (without transfers from the district): ${sumText(c.unitsOwnRevenue)}`,
  ];
  if (c.consolidated !== undefined) {
    lines.push(
      `    budget of the district without mutual transfers (BC2008 Art. 6 p.3): revenues ${c.consolidated.revenue.toThousandKzt()}, costs ${c.consolidated.expenditures.toThousandKzt()}`,
    );
  }
  lines.push(
    `    netting: ${c.netting.status}${c.netting.reason === undefined ? "" : ` (${c.netting.reason})`}`,
  );
  lines.push(...c.notes.map((n) => `    note: ${n}`));
  return lines.join("\n");
}

/**
 * The report of `fourth-level run`: each unit's statement (thousand KZT), identity checks and
 * self-sufficiency (%), then each district's consolidation, then the assumptions of the run (its rates,
 * the MRP path, the general transfers, each unit's source); the scenario's notes after its name.
 * @throws `FourthLevelError` `INVALID_INPUT` for what is not a scenario result as `runScenario` returns it.
 * @category Node
 * @example
 * ```ts
 * import { runScenario } from "fourth-level-budget";
 * import { formatScenarioResult, loadScenario } from "fourth-level-budget/node";
 * const report = formatScenarioResult(runScenario(loadScenario("examples/kz-2026-published.json")));
 * report.split("\n")[0]; //=> "Fourth-level budgets for 2026 as published by district maslikhats, planned to 2028 — budget year 2026"
 * ```
 */
export function formatScenarioResult(input: ScenarioResult): string {
  const result = checkedScenarioResult(input, "formatScenarioResult");
  return [...scenarioHeading(result), ...scenarioDetails(result), "", ...assumptionsBlock(result)].join("\n");
}

/** The heading of a scenario's report: its name and year, its note, the territory and its notes. @internal */
export function scenarioHeading(result: ScenarioResult): string[] {
  return [
    `${result.name} — budget year ${result.year}`,
    ...(result.note === undefined ? [] : [`note: ${result.note}`]),
    `territory: ${result.ownBudgetSinceNote}`,
    ...result.notes.map((n) => `note: ${n}`),
  ];
}

/**
 * The details of a scenario's report: the receipts attributed, each unit's statement with its identity
 * checks and self-sufficiency, each district's consolidation. @internal
 */
export function scenarioDetails(result: ScenarioResult): string[] {
  const out: string[] = [];
  if (result.attribution !== undefined) {
    out.push(
      `receipts: ${result.attribution.note ?? "(no note on where they come from)"}`,
      attributionTable(result.attribution),
    );
  }
  for (const d of result.districts) {
    out.push("", `== ${d.district.nameRu} (${d.district.code}), ${d.district.region.nameRu}`);
    for (const u of d.units) {
      const header = `-- ${u.unit.nameRu} (${u.unit.code}), own budget since ${u.unit.ownBudgetSince} (${u.unit.ownBudgetSinceSource})${
        u.source === undefined ? "" : `\n   source: ${u.source}`
      }`;
      out.push(formatStatement(u.statement, header, u.readingNotes, unitSelfSufficiency(u)));
    }
    out.push(formatConsolidation(d.consolidation));
  }
  return out;
}

/** The block of a report that names the assumptions of a run: "== Assumptions", then one per line. */
export function assumptionsBlock(result: ScenarioResult): string[] {
  return ["== Assumptions", ...assumptionLines(result.assumptions).map((line) => `   ${line}`)];
}

// Writes docs/rules.md: every rule of Kazakhstan's law as the library holds it — the editions of the
// Codes, the lists of fourth-level revenues, the revenue attribution rules, the transfer law, the planning
// law, the parameters, the EBK numbering and every dated table of the tax law — read from the law values
// themselves (kazakhstanLaw(), KAZAKHSTAN_TAX_LAW, BUDGET_CODES, TAX_CODES), each with the source file
// that defines it, its citation and the tests that check it. The tests are found in the test files: a
// test checks a rule when it names the rule's id, or names what the rule is about (an EBK code, a
// transfer kind, a parameter's value, a calculator) together with a date or year the rule covers.
//
// Run: npm run docs:rules (writes the file); test/docs/rules-table.test.ts fails when the committed file
// differs from what this script writes, so the table cannot go stale.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatedSeries, DatedValue } from "../src/calendar/dated.js";
import { type Citation, formatCitation } from "../src/citation/citation.js";
import { BUDGET_CODES, KAZAKHSTAN_TAX_LAW, kazakhstanLaw, TAX_CODES } from "../src/index.js";
import type { Law, PlanningLaw } from "../src/law/law.js";
import type { Money } from "../src/money/money.js";
import type { RevenueRule } from "../src/rules/rule.js";
import {
  definedIn,
  filesUnder,
  literal,
  type Probe,
  posixPath,
  seriesPattern,
  type TestBlock,
  testBlocks,
  testsFor,
} from "./tests-of-rules.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const period = (from: string, to?: string) => (to === undefined ? `${from} →` : `${from} – ${to}`);
/** A citation in one cell, with the address of the text read: a link when it is one, else as written. */
function cited(c: Citation): string {
  const text = cell(formatCitation(c));
  if (c.url === undefined) return text;
  return /^https?:\/\//.test(c.url) ? `${text} ([text](${c.url}))` : `${text} (text: \`${c.url}\`)`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

interface Context {
  readonly blocks: readonly TestBlock[];
  readonly sources: ReadonlyMap<string, string>;
  readonly law: Law;
}

function editionsSection(cx: Context): string {
  const rows = [BUDGET_CODES, TAX_CODES].flatMap((series: DatedSeries<string>) =>
    series.entries.map((e) => [
      `\`${e.value}\``,
      period(e.from, e.to),
      cited(e.citation),
      definedIn(cx.sources, seriesPattern(series.name)),
      testsFor(cx.blocks, {
        anyOf: series === BUDGET_CODES ? ["BUDGET_CODES"] : ["TAX_CODES", "taxCodeOf"],
        from: e.from,
        to: e.to,
        years: true,
      }),
    ]),
  );
  const budgets = cx.law.fourthLevelBudgets;
  rows.push([
    "fourth-level budgets",
    `units over 2,000 people from ${budgets.firstDay}; all units from ${budgets.allUnitsFrom}`,
    cited(budgets.citation),
    definedIn(cx.sources, /KZ_FOURTH_LEVEL_BUDGETS: /),
    testsFor(cx.blocks, { anyOf: ["fourthLevelBudgets", "KZ_FOURTH_LEVEL_BUDGETS"], value: /2020-01-01/ }),
  ]);
  return [
    "## Which Code governs which dates",
    "The Budget Code in force on a date (`BUDGET_CODES`), the Tax Code of a tax year (`TAX_CODES`), and when fourth-level budgets began (`law.fourthLevelBudgets`).",
    table(["edition", "in force", "ground", "defined in", "tests"], rows),
  ].join("\n\n");
}

function revenueListsSection(cx: Context): string {
  const series = cx.law.revenueLists;
  const rows = series.entries.map((e) => [
    `\`${e.value.id}\``,
    period(e.from, e.to),
    cited(e.citation),
    e.value.lines.map((l) => `${l.slug} (p.${cell(l.paragraph)})`).join(", "),
    definedIn(cx.sources, seriesPattern(series.name)),
    testsFor(cx.blocks, {
      anyOf: ["revenueLists", "KZ_REVENUE_LISTS", "revenueListInForce", "applyRevenueList"],
      from: e.from,
      to: e.to,
      years: true,
    }),
  ]);
  return [
    "## Lists of fourth-level revenues, by edition",
    "`law.revenueLists`: the lines each edition lists (a plan year reads the list in force on its 1 January). A line without an established EBK code has no attribution rule until the caller supplies its code (`openCodes`).",
    table(["edition", "in force", "citation", "lines (paragraph)", "defined in", "tests"], rows),
  ].join("\n\n");
}

function ruleRow(cx: Context, rule: RevenueRule): string[] {
  const slug = rule.id.split(".")[2] ?? rule.id;
  return [
    `\`${rule.id}\``,
    rule.ebk,
    rule.payerKinds.join(", "),
    rule.key,
    rule.recipient,
    period(rule.from, rule.to),
    cited(rule.citation),
    definedIn(cx.sources, new RegExp(`slug: "${literal(slug)}"`)),
    testsFor(cx.blocks, {
      id: rule.id,
      anyOf: [`"${rule.ebk}"`],
      from: rule.from,
      to: rule.to,
      citation: rule.citation,
      keywords: [rule.ebk],
    }),
  ];
}

function revenueRulesSection(cx: Context): string {
  const head = [
    "rule",
    "EBK",
    "payer kinds",
    "key",
    "recipient",
    "in force",
    "citation",
    "defined in",
    "tests",
  ];
  const fourth = cx.law.revenueRules.filter((r) => r.recipient === "fourth_level");
  const outside = cx.law.revenueRules.filter((r) => r.recipient !== "fourth_level");
  return [
    "## Revenue attribution rules",
    "`law.revenueRules` (`kazakhstanLaw().revenueRules`, the rulebook of `rulebookOf(law)`): which budget receives a receipt of an EBK code, by payer kind and payment date, and why. Every rule is also checked by the properties of `test/rules.test.ts` (exactly one rule applies to each code, day and payer kind; the rule found cites the article in force on the payment date).",
    "### Fourth-level revenues",
    table(
      head,
      fourth.map((r) => ruleRow(cx, r)),
    ),
    "### Codes that are not fourth-level revenues (to the district or higher budgets)",
    table(
      head,
      outside.map((r) => ruleRow(cx, r)),
    ),
  ].join("\n\n");
}

const TRANSFER_TERMS = {
  cashGap: ["cash-gap loan term", ["cashGap", "cash_gap_loan"]],
  returnDeadline: ["return of unused targeted transfers by", ["returnDeadline", "targeted_return"]],
  coFinancing: ["co-financing of targeted development transfers", ["coFinancing"]],
} as const;

function transferRows(cx: Context, e: Law["transfers"]["entries"][number]): string[][] {
  const file = definedIn(cx.sources, seriesPattern(cx.law.transfers.name));
  const range = { from: e.from, to: e.to, years: true };
  const kinds = Object.entries(e.value.kinds).flatMap(([kind, rule]) =>
    Object.entries(rule?.citations ?? {}).map(([direction, citation]) => [
      `\`${rule?.ruleId}\``,
      `${kind} (${direction === "down" ? "district → unit" : "unit → district"})`,
      period(e.from, e.to),
      cited(citation),
      file,
      testsFor(cx.blocks, {
        id: rule?.ruleId,
        anyOf: [`"${kind}"`, `.${kind}`, `${kind}:`],
        ...range,
        citation,
        keywords: [kind.replace(/_/g, " ")],
      }),
    ]),
  );
  const terms = Object.entries(TRANSFER_TERMS).flatMap(([field, [label, words]]) => {
    const term = e.value[field as keyof typeof TRANSFER_TERMS];
    if (term === undefined) return [];
    const citation = "citation" in term ? term.citation : term;
    const what =
      "months" in term
        ? `${label}: ${term.months} months${term.withinFiscalYear ? ", within the fiscal year" : ""}`
        : "day" in term
          ? `${label}: day ${term.day} of month ${term.month} of the next year`
          : label;
    const probe = { anyOf: words, ...range, citation, keywords: [label.split(" ")[0] ?? label] };
    return [
      [`\`${e.value.id}\``, what, period(e.from, e.to), cited(citation), file, testsFor(cx.blocks, probe)],
    ];
  });
  return [...kinds, ...terms];
}

function transfersSection(cx: Context): string {
  const series = cx.law.transfers;
  const file = definedIn(cx.sources, seriesPattern(series.name));
  const editions = series.entries.map((e) => [
    `\`${e.value.id}\``,
    period(e.from, e.to),
    cited(e.citation),
    file,
    testsFor(cx.blocks, { anyOf: ["law.transfers", "KZ_TRANSFER_LAW"], from: e.from, to: e.to }),
  ]);
  return [
    "## Transfer law, by transfer date",
    "`law.transfers`: which kinds of transfer exist on a date, in which direction and on which ground, and the terms the postings check. A kind an edition does not name does not exist on its dates (e.g. targeted general transfers before 2026).",
    table(
      ["edition", "in force (transfer date)", "why it governs these dates", "defined in", "tests"],
      editions,
    ),
    table(
      ["rule", "kind", "in force", "citation", "defined in", "tests"],
      series.entries.flatMap((e) => transferRows(cx, e)),
    ),
  ].join("\n\n");
}

function planningSection(cx: Context): string {
  const series = cx.law.planning;
  const file = definedIn(cx.sources, seriesPattern(series.name));
  const probe = (e: DatedValue<PlanningLaw>, citation: Citation, field?: string): Probe => ({
    anyOf:
      field === undefined
        ? ["law.planning", "planningLawOf", "replanWindow", "replanDistrict", "KZ_PLANNING_LAW"]
        : [field],
    from: e.from,
    to: e.to,
    years: true,
    citation,
    keywords: [e.value.regime === "rolling" ? "rolling" : "three-year", "planning law"],
  });
  const rows = series.entries.flatMap((e) => {
    const p = e.value;
    const made = `plans made ${period(e.from.slice(0, 4), e.to?.slice(0, 4))}`;
    const regime = `${p.regime}, period ${p.period}${p.cycleStart === undefined ? "" : `, cycles from ${p.cycleStart}`}`;
    const parts: [string, Citation | undefined, string?][] = [
      [`in force by (${regime})`, e.citation],
      ["fixed volumes and re-planning", p.fixedVolumes],
      ["general-transfer formula", p.generalTransfer],
      ["cost forecast by spending direction", p.costForecast],
      ["costs left out of the forecast", p.costExclusions?.citation, "excludedCosts"],
      [
        `minimum funding shortfalls counted in the next volumes (spread ${p.minimumFunding?.spread})`,
        p.minimumFunding?.citation,
        "minimumFunding",
      ],
      [
        `revenue over the plan not withdrawn (in the forecast base: ${p.overPlanRevenue?.inForecastBase})`,
        p.overPlanRevenue?.citation,
        "overPlan",
      ],
    ];
    return parts.flatMap(([what, citation, field]) =>
      citation === undefined
        ? []
        : [
            [
              `\`${p.id}\``,
              what,
              made,
              cited(citation),
              file,
              testsFor(cx.blocks, probe(e, citation, field)),
            ],
          ],
    );
  });
  return [
    "## Planning law, by the year a plan is made",
    "`law.planning` (read with `planningLawOf(madeIn, law)`): how general transfers are fixed and re-planned, and the grounds a plan cites.",
    table(["edition", "rule", "applies to", "citation", "defined in", "tests"], rows),
  ].join("\n\n");
}

const MRP_WORDS = ["MRP_FOR_TAXES", "parameters.mrp", "mrpPath", "KAZAKHSTAN_TAX_LAW.mrp"];

/** A test checks a parameter's value when it names the series and the amount (`3932`, `85 000`). */
function amountProbe(anyOf: readonly string[], amount: Money): Probe {
  const kzt = amount.toKzt().replace(/\.00$/, "");
  return { anyOf, value: new RegExp(`\\b${kzt.replace(/(\d)(?=(\d{3})+$)/, "$1[ _]?")}\\b`) };
}

function parametersSection(cx: Context): string {
  const { mrp, minimumWage } = cx.law.parameters;
  const rows = [
    ...[mrp, minimumWage].flatMap((series) =>
      series.entries.map((e) => [
        series.name,
        `${e.value.toKzt().replace(/\.00$/, "")} KZT`,
        period(e.from, e.to),
        cited(e.citation),
        definedIn(cx.sources, seriesPattern(series.name)),
        testsFor(cx.blocks, amountProbe(series === mrp ? MRP_WORDS : ["MINIMUM_WAGE"], e.value)),
      ]),
    ),
    ...cx.law.ebkCategories.entries.map((e) => [
      cx.law.ebkCategories.name,
      Object.entries(e.value)
        .map(([category, n]) => `${n} ${category}`)
        .join(", "),
      period(e.from, e.to),
      cited(e.citation),
      definedIn(cx.sources, seriesPattern(cx.law.ebkCategories.name)),
      testsFor(cx.blocks, {
        anyOf: ["ebkCategories", "KZ_EBK_CATEGORIES", "revenueCategoryNumber", "categoryOfEbk"],
        from: e.from,
        to: e.to,
      }),
    ]),
  ];
  return [
    "## Parameters and the EBK numbering",
    "`law.parameters` (the MRP and the minimum wage, KZT) and `law.ebkCategories`. A date after the last entry has no value: the next year's value is added, never an old one reused.",
    table(["series", "value", "in force", "citation", "defined in", "tests"], rows),
  ].join("\n\n");
}

/** Which calculators read each part of the tax law (a test calling one of them checks that part). */
const CALCULATORS: Readonly<Record<string, readonly string[]>> = {
  mrp: ["vehicleTax(", "propertyTax(", "advertisingFee(", "selfAssessedIit("],
  rounding: ["roundTax(", "vehicleTax(", "landTax(", "propertyTax("],
  vehicle: ["vehicleTax("],
  property: ["propertyTax("],
  land: ["landTax(", "landUsePayment(", "singleLandTax("],
  advertising: ["advertisingFee("],
  iit: ["selfAssessedIit(", "basicDeductionForMonth(", "iitBandEdge("],
};

/** The first word of a camel-case name, singular: `ageCoefficients` → `age`, `benefits` → `benefit`. */
const keywordOf = (name: string) => (name.split(/(?=[A-Z])/)[0] ?? name).replace(/(.{4,})s$/, "$1");

/** Every dated series of a value, with its path (`vehicle.scales`). */
function seriesOf(value: unknown, path: string[] = []): [string[], DatedSeries<unknown>][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const v = value as Partial<DatedSeries<unknown>>;
  if (typeof v.name === "string" && Array.isArray(v.entries)) return [[path, v as DatedSeries<unknown>]];
  return Object.entries(value).flatMap(([key, inner]) => seriesOf(inner, [...path, key]));
}

function taxLawSection(cx: Context): string {
  const rows = seriesOf(KAZAKHSTAN_TAX_LAW).flatMap(([path, series]) =>
    series.entries.map((e) => [
      `\`${path.join(".")}\``,
      cell(series.name),
      period(e.from, e.to),
      cited(e.citation),
      definedIn(cx.sources, seriesPattern(series.name)),
      testsFor(
        cx.blocks,
        path[0] === "mrp"
          ? amountProbe(MRP_WORDS, e.value as Money)
          : {
              anyOf: CALCULATORS[path[0] ?? ""] ?? [],
              from: e.from,
              to: e.to,
              years: true,
              keywords: [keywordOf(path[1] ?? path[0] ?? "tax")],
              preferPath: path.length > 1 ? `/${path[0]}/` : "/taxes/",
            },
      ),
    ]),
  );
  return [
    "## Tax law",
    "`KAZAKHSTAN_TAX_LAW` (type `TaxLaw`): every dated table the local-tax calculators read. The tests named are those calling the calculators that read the part for a year it covers.",
    table(["part", "series", "in force (tax year)", "citation", "defined in", "tests"], rows),
  ].join("\n\n");
}

/** The text of docs/rules.md. */
export function rulesTable(root: string): string {
  const sourcePaths = filesUnder(join(root, "src"), (p) => p.endsWith(".ts") && !p.endsWith(".test.ts"))
    .map((p) => posixPath(root, p))
    .sort((a, b) => Number(b.includes("/jurisdictions/")) - Number(a.includes("/jurisdictions/")));
  const cx: Context = {
    blocks: testBlocks(root),
    sources: new Map(sourcePaths.map((p) => [p, readFileSync(join(root, p), "utf8")])),
    law: kazakhstanLaw(),
  };
  return `${[
    "---\ntitle: The rules table\n---",
    "# Every rule of the law, with its code, its citation and its tests",
    "Generated from the law values by `scripts/rules-table.ts` (`npm run docs:rules`); a test fails when this file is not what the script writes. Search this page for an article (`Art. 79`), a rule id (`transfer.subvention.bc2025`), an EBK code or a series name. “defined in” is the file that holds the rule's data; “tests” are tests that name the rule, or what it is about on a date it covers (at most two are shown); both are paths in the repository. How the rules are used: [the law and the sources](law-and-sources.md); where things live: [design](design.md).",
    editionsSection(cx),
    revenueListsSection(cx),
    revenueRulesSection(cx),
    transfersSection(cx),
    planningSection(cx),
    parametersSection(cx),
    taxLawSection(cx),
  ].join("\n\n")}\n`;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(ROOT, "docs", "rules.md"), rulesTable(ROOT));
}

import * as z from "zod";
import { budgetFiguresSchema, budgetLineKeySchema } from "../budget/figures-schema.js";
import {
  type IdentityCheck,
  type IdentityName,
  identityChecks,
  identityNameSchema,
} from "../budget/identities.js";
import type { BudgetFigures, BudgetLineKey } from "../budget/lines.js";
import { BUDGET_LINE_KEYS } from "../budget/lines.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { parseInput } from "../input/parse.js";
import { applyAmendment } from "../jurisdictions/kz/decisions/amendment.js";
import { parsedDecisionSchema } from "../jurisdictions/kz/decisions/decision-schema.js";
import type { ParsedDecision } from "../jurisdictions/kz/decisions/parse-text.js";
import { type PublishedBudget, publishedBudgetSchema } from "../jurisdictions/kz/decisions/published.js";
import { type DecisionReference, sameDecision } from "../jurisdictions/kz/decisions/references.js";

/**
 * The identities `fourth-level check` reports for a published decision.
 *
 * @category Reports
 */
export const DECISION_IDENTITIES: readonly IdentityName[] = ["revenue", "balance", "financing"];

/**
 * One identity check in JSON: money as thousand-KZT decimal strings, never floats.
 *
 * @category Reports
 */
export interface CheckJson {
  readonly identity: IdentityName;
  readonly status: IdentityCheck["status"];
  /** Published minus computed, thousand KZT, e.g. `"49100"`. */
  readonly difference?: string;
  readonly reason?: string;
}

/**
 * One decision checked, in the JSON form of `fourth-level check --json`.
 *
 * @category Reports
 */
export interface DecisionCheckJson {
  readonly file: string;
  readonly unit: string | null;
  readonly year: number | null;
  /** Line key → thousand KZT as a decimal string; only the lines present in the text. */
  readonly figures: Readonly<Partial<Record<BudgetLineKey, string>>>;
  readonly checks: readonly CheckJson[];
  /** Lines seen but not read, with the reason. */
  readonly problems: readonly string[];
  /** What reading noticed (unit-label errors, signs, cut text). */
  readonly notes: readonly string[];
  readonly truncated: boolean;
  /** For an amendment: what it amends and restates, and the decision as amended when it was given too. */
  readonly amendment?: AmendmentJson;
}

/**
 * What an amendment restates, in the JSON form of `fourth-level check --json`.
 * @category Reports
 */
export interface AmendmentJson {
  /** The decision amended, as the amendment names it (`null` when it does not). */
  readonly amends: DecisionReference | null;
  /** Each restated point (`items` empty) or restated sub-items of a point, with the figures put in place. */
  readonly changes: readonly {
    readonly point: string | null;
    readonly items: readonly number[];
    readonly figures: Readonly<Partial<Record<BudgetLineKey, string>>>;
  }[];
  /** The decision amended, when its text was checked in the same run: its file, figures and checks as amended. */
  readonly applied?: {
    readonly file: string;
    readonly figures: Readonly<Partial<Record<BudgetLineKey, string>>>;
    readonly checks: readonly CheckJson[];
  };
  /** The decision amended was given, but the amendment could not be applied to it, and why. */
  readonly notApplied?: { readonly file: string; readonly reason: string };
}

const figuresJsonSchema = z.partialRecord(budgetLineKeySchema, z.string());
const checkJsonSchema = z.strictObject({
  identity: identityNameSchema,
  status: z.enum(["ok", "mismatch", "not_checkable"]),
  difference: z.string().optional(),
  reason: z.string().optional(),
});
const referenceJsonSchema = z.strictObject({ date: z.string().optional(), number: z.string() });

/** A decision checked (see {@link DecisionCheckJson}), handed to a report. @internal */
export const decisionCheckJsonSchema = z.strictObject(
  {
    file: z.string(),
    unit: z.string().nullable(),
    year: z.int().nullable(),
    figures: figuresJsonSchema,
    checks: z.array(checkJsonSchema),
    problems: z.array(z.string()),
    notes: z.array(z.string()),
    truncated: z.boolean(),
    amendment: z
      .strictObject({
        amends: referenceJsonSchema.nullable(),
        changes: z.array(
          z.strictObject({
            point: z.string().nullable(),
            items: z.array(z.int()),
            figures: figuresJsonSchema,
          }),
        ),
        applied: z
          .strictObject({ file: z.string(), figures: figuresJsonSchema, checks: z.array(checkJsonSchema) })
          .optional(),
        notApplied: z.strictObject({ file: z.string(), reason: z.string() }).optional(),
      })
      .optional(),
  },
  {
    error: (issue) =>
      `must be a decision checked by checkParsedDecision or checkPublishedBudget, not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<DecisionCheckJson, DecisionCheckJson>;

/**
 * Figures as thousand-KZT decimal strings (exact), in the order of the budget lines; absent lines left out.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for figures with a key that is not a budget line or an
 * amount that is not Money.
 * @category Reports
 * @example
 * ```ts
 * figuresToJson({ expenditures: Money.thousandKzt("54959"), tax_revenue: Money.thousandKzt("39585") });
 * //=> { tax_revenue: "39585", expenditures: "54959" }
 * ```
 */
export function figuresToJson(figures: BudgetFigures): Partial<Record<BudgetLineKey, string>> {
  return figuresJson(parseInput(budgetFiguresSchema, figures, "budget figures"));
}

/** {@link figuresToJson} of figures already checked. */
function figuresJson(figures: BudgetFigures): Partial<Record<BudgetLineKey, string>> {
  return Object.fromEntries(
    BUDGET_LINE_KEYS.flatMap((k) => {
      const amount = figures[k];
      return amount === undefined ? [] : [[k, amount.toThousandKzt()]];
    }),
  );
}

const fileSchema = z.string({
  error: (issue) => `must be the file's name, not ${describeValue(issue.input)}`,
});
const decisionTextSchema = z.strictObject({ file: fileSchema, parsed: parsedDecisionSchema });

function checksToJson(figures: BudgetFigures, unreadLines?: ReadonlySet<BudgetLineKey>): CheckJson[] {
  return identityChecks(figures, DECISION_IDENTITIES, unreadLines).map((c) => ({
    identity: c.identity,
    status: c.status,
    ...(c.difference === undefined ? {} : { difference: c.difference.toThousandKzt() }),
    ...(c.reason === undefined ? {} : { reason: c.reason }),
  }));
}

/**
 * A decision read from its text, checked against the budget identities, in the JSON form of
 * `fourth-level check --json` (money as thousand-KZT decimal strings).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a file name that is not text or a decision that is
 * not one `parseDecisionText` read (each problem at its path, e.g. `["parsed", "figures", "deficit"]`).
 * @category Reports
 * @example
 * ```ts
 * // items 1) and 2) of the Bel-Agach 2026 budget (Borodulikha district maslikhat, 23.12.2025 No 42-4-VIII)
 * const text = [
 *   "1) доходы – 54959 тысяч тенге, в том числе:",
 *   "налоговые поступления – 39585 тысяч тенге;",
 *   "поступления от продажи основного капитала – 2000 тысяч тенге;",
 *   "поступления трансфертов – 13374 тысяч тенге;",
 *   "2) затраты – 54959 тысяч тенге;",
 * ].join("\n");
 * const checked = checkParsedDecision("belagach-2026.txt", parseDecisionText(text));
 * // 39 585 + 2 000 + 13 374 = 54 959
 * checked.checks[0]; //=> { identity: "revenue", status: "ok", difference: "0" }
 * ```
 */
export function checkParsedDecision(file: string, parsed: ParsedDecision): DecisionCheckJson {
  const checked = parseInput(decisionTextSchema, { file, parsed }, "decision text");
  return decisionCheck(checked.file, checked.parsed);
}

/** {@link checkParsedDecision} of a decision already checked. */
function decisionCheck(file: string, parsed: ParsedDecision): DecisionCheckJson {
  const amendment: AmendmentJson | undefined =
    parsed.kind === "amendment"
      ? {
          amends: parsed.amends ?? null,
          changes: parsed.blocks.map((b) => ({
            point: b.point ?? null,
            items: b.items,
            figures: figuresJson(b.figures),
          })),
        }
      : undefined;
  return {
    file,
    unit: parsed.unitName ?? null,
    year: parsed.budgetYear ?? null,
    figures: figuresJson(parsed.figures),
    checks: checksToJson(parsed.figures, unreadKeys(parsed)),
    problems: parsed.problems.map((p) => `line ${p.lineNumber}: ${p.reason}`),
    notes: parsed.lines.flatMap((l) => l.notes.map((n) => `line ${l.lineNumber} (${l.key}): ${n}`)),
    truncated: parsed.truncated,
    ...(amendment === undefined ? {} : { amendment }),
  };
}

function unreadKeys(parsed: ParsedDecision): Set<BudgetLineKey> {
  return new Set(parsed.problems.flatMap((p) => (p.key === undefined ? [] : [p.key])));
}

/**
 * Decisions read from their texts and checked (see {@link checkParsedDecision}), each amendment also
 * applied to the decision it amends when that decision is among them (same number and date): its entry
 * then carries the amended figures and their checks in `amendment.applied`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not an array of `{ file, parsed }`, each
 * problem at its path.
 * @category Reports
 * @example
 * ```ts
 * import { checkDecisionTexts, parseDecisionText } from "fourth-level-budget";
 * const decision = parseDecisionText(
 *   "Решение маслихата от 24 декабря 2025 года № 432\nРЕШИЛ:\n1. Утвердить бюджет:\n" +
 *     "1) доходы – 100 тысяч тенге;\n2) затраты – 100 тысяч тенге;",
 * );
 * const amendment = parseDecisionText(
 *   "1. Внести в решение маслихата от 24 декабря 2025 года № 432 следующие изменения:\n" +
 *     'подпункт 2) пункта 1 изложить в следующей редакции:\n"2) затраты – 120 тысяч тенге;";',
 * );
 * const [, checked] = checkDecisionTexts([
 *   { file: "432.txt", parsed: decision },
 *   { file: "amendment.txt", parsed: amendment },
 * ]);
 * checked?.amendment?.applied?.figures; //=> { revenue_total: "100", expenditures: "120" }
 * ```
 */
export function checkDecisionTexts(
  texts: readonly { readonly file: string; readonly parsed: ParsedDecision }[],
): DecisionCheckJson[] {
  const given = parseInput(
    z.array(decisionTextSchema, {
      error: (issue) => `must be an array of { file, parsed }, not ${describeValue(issue.input)}`,
    }),
    texts,
    "decision texts",
  );
  return given.map(({ file, parsed }) => {
    const checked = decisionCheck(file, parsed);
    const amends = parsed.amends;
    const base =
      amends === undefined
        ? undefined
        : given.find(
            (t) =>
              t.parsed.kind === "decision" && t.parsed.reference && sameDecision(amends, t.parsed.reference),
          );
    if (base === undefined || checked.amendment === undefined) return checked;
    try {
      const amended = applyAmendment(base.parsed, parsed);
      const applied = {
        file: base.file,
        figures: figuresJson(amended.figures),
        checks: checksToJson(amended.figures, unreadKeys(amended)),
      };
      return { ...checked, amendment: { ...checked.amendment, applied } };
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      return {
        ...checked,
        amendment: { ...checked.amendment, notApplied: { file: base.file, reason: e.message } },
      };
    }
  });
}

/**
 * Each year of a decision of the published-budgets JSON, checked, in the JSON form of
 * `fourth-level check --json` (money as thousand-KZT decimal strings): one entry per year.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a file name that is not text or a budget that is not
 * one `readPublishedBudgets` read.
 * @category Reports
 * @example
 * ```ts
 * const [budget] = readPublishedBudgets([{
 *   id: "kz-abai-borodulikha-belagach-2026", unit: "Bel-Agach rural district", unitRu: "Бель-Агачский сельский округ",
 *   unitType: "rural_district", district: "Borodulikha district", region: "Abai region",
 *   source: "Borodulikha district maslikhat, 23.12.2025 No 42-4-VIII", years: ["2026"],
 *   lines: [
 *     { key: "revenue_total", amounts: { "2026": 54959 } },
 *     { key: "tax_revenue", amounts: { "2026": 39585 } },
 *     { key: "capital_sales", amounts: { "2026": 2000 } },
 *     { key: "transfers", amounts: { "2026": 13374 } },
 *   ],
 * }]);
 * checkPublishedBudget("published-budgets.json", budget!)[0]?.checks[0]?.status; //=> "ok"
 * ```
 */
export function checkPublishedBudget(file: string, budget: PublishedBudget): DecisionCheckJson[] {
  const checked = parseInput(
    z.strictObject({ file: fileSchema, budget: publishedBudgetSchema }),
    { file, budget },
    "published budget",
  );
  return publishedChecks(checked.file, checked.budget);
}

/** {@link checkPublishedBudget} of a budget already checked. */
function publishedChecks(file: string, budget: PublishedBudget): DecisionCheckJson[] {
  return budget.years.map((year) => {
    const figures = budget.figuresByYear.get(year) ?? {};
    return {
      file,
      unit: budget.unitRu,
      year,
      figures: figuresJson(figures),
      checks: checksToJson(figures),
      problems: [],
      notes: [`decision ${budget.id}; ${budget.source}`],
      truncated: false,
    };
  });
}

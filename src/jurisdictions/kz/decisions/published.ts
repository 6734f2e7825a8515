import * as z from "zod";
import { budgetFiguresSchema } from "../../../budget/figures-schema.js";
import {
  BUDGET_LINE_KEYS,
  type BudgetFigures,
  type BudgetLineKey,
  isBudgetLineKey,
} from "../../../budget/lines.js";
import { describeValue, labelOf } from "../../../errors/describe.js";
import { moneySchema, readMoney } from "../../../input/money.js";
import { parseInput } from "../../../input/parse.js";
import { Money } from "../../../money/money.js";

/** The line key of a multi-year subvention schedule, kept apart from {@link BudgetFigures}. */
const SUBVENTION_SCHEDULE_KEY = "subvention_multi_year";

/** Published budgets print thousand KZT with at most one decimal (100 KZT). */
const MAX_PUBLISHED_DECIMALS = 1;

/**
 * One decision of the published-budgets JSON, as read by {@link readPublishedBudgets}. Amounts are
 * thousand KZT as published, exact.
 *
 * @category Decisions
 * @example
 * ```ts
 * import { readPublishedBudgets } from "fourth-level-budget";
 * const [akzhona] = readPublishedBudgets([
 *   {
 *     id: "kz-kyzylorda-kazaly-akzhona-2024-amend",
 *     unit: "Akzhona rural district",
 *     unitRu: "сельский округ Акжона",
 *     unitType: "rural_district",
 *     district: "Kazaly district",
 *     region: "Kyzylorda region",
 *     source: "https://adilet.zan.kz/rus/docs/G24LD00232M",
 *     years: [2024, 2025, 2026],
 *     lines: [
 *       { key: "revenue_total", amounts: { "2024": 65315 } },
 *       { key: "deficit", amounts: { "2024": -1642.4 } },
 *     ],
 *   },
 * ]);
 * akzhona?.figuresByYear.get(2024)?.revenue_total?.toThousandKzt(); //=> "65315"
 * akzhona?.figuresByYear.get(2025); //=> {}
 * akzhona?.subventionSchedule.size; //=> 0
 * ```
 */
export interface PublishedBudget {
  /** Stable id, e.g. `"kz-kyzylorda-kazaly-akzhona-2024-amend"`. */
  readonly id: string;
  /** The unit's name in English, e.g. "Akzhona rural district". */
  readonly unit: string;
  /** The unit's name in Russian as published, e.g. "сельский округ Акжона". */
  readonly unitRu: string;
  /** `rural_district`, `village`, `settlement`, `city_of_district_significance`, … as in the JSON. */
  readonly unitType: string;
  readonly district: string;
  readonly region: string;
  /** Where the decision is published (an address on adilet.zan.kz or a mirror, or a description). */
  readonly source: string;
  /** The years the decision's figures are given for, ascending. */
  readonly years: readonly number[];
  /** Figures per year (thousand KZT as published): only the lines published; absent never means 0. */
  readonly figuresByYear: ReadonlyMap<number, BudgetFigures>;
  /** The multi-year subvention schedule (`subvention_multi_year`) per year; empty when not published. */
  readonly subventionSchedule: ReadonlyMap<number, Money>;
}

const YEAR_TEXT = /^\d{4}$/u;

const invalidAmount = { code: "INVALID_AMOUNT" } as const;

/** A thousand-KZT amount as a JSON number with at most one decimal, read exactly as {@link Money}. */
const publishedAmount = z
  .number({
    error: (issue) => `must be an amount in thousand KZT as a JSON number, not ${describeValue(issue.input)}`,
  })
  .superRefine((amount, context) => {
    const text = String(amount);
    const decimals = text.split(".")[1]?.length ?? 0;
    if (!/^-?\d+(?:\.\d+)?$/u.test(text)) {
      context.addIssue({
        code: "custom",
        message: `amount ${text} is not a plain decimal number`,
        params: invalidAmount,
      });
    } else if (decimals > MAX_PUBLISHED_DECIMALS) {
      context.addIssue({
        code: "custom",
        message: `amount ${text} has ${decimals} decimals; published amounts in thousand KZT have at most ${MAX_PUBLISHED_DECIMALS}`,
        params: invalidAmount,
      });
    }
  })
  .transform((amount, ctx) => readMoney((text) => Money.thousandKzt(text))(String(amount), ctx));

const yearText = z.string().regex(YEAR_TEXT, "a year is 4 digits");

const yearSchema = z.union([yearText, z.int().min(1000).max(9999)], {
  error: (issue) => `must be a year, 4 digits, not ${describeValue(issue.input)}`,
});

const lineSchema = z.object({
  key: z.enum([...BUDGET_LINE_KEYS, SUBVENTION_SCHEDULE_KEY]),
  amounts: z.record(yearText, publishedAmount),
});

const text = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? "is missing: it must be text"
        : `must be text, not ${describeValue(issue.input)}`,
  })
  .min(1, { error: "must not be empty" });

/** What a decision is and where it is published: its id, unit, district, region and source. */
const identityFields = {
  id: text,
  unit: text,
  unitRu: text,
  unitType: text,
  district: text,
  region: text,
  source: text,
};

const decisionSchema = z
  .object(
    {
      ...identityFields,
      years: z
        .array(yearSchema, {
          error: (issue) => `must be an array of years, not ${describeValue(issue.input)}`,
        })
        .min(1, { error: "must name at least one year" }),
      lines: z.array(lineSchema, {
        error: (issue) =>
          `must be an array of lines [{ key, amounts: { "2024": 65315 } }], not ${describeValue(issue.input)}`,
      }),
    },
    {
      error: (issue) =>
        `must be a decision { id, unit, unitRu, unitType, district, region, source, years, lines }, not ${describeValue(issue.input)}`,
    },
  )
  .superRefine((decision, context) => {
    const years = new Set(decision.years.map(Number));
    const seen = new Set<string>();
    decision.lines.forEach((line, index) => {
      if (seen.has(line.key)) {
        context.addIssue({
          code: "custom",
          path: ["lines", index, "key"],
          message: `line ${line.key} repeated`,
        });
      }
      seen.add(line.key);
      for (const year of Object.keys(line.amounts).filter((y) => !years.has(Number(y)))) {
        context.addIssue({
          code: "custom",
          path: ["lines", index, "amounts", year],
          message: `year ${year} is not among the decision's years`,
        });
      }
    });
  });

const publishedBudgetsSchema = z.array(decisionSchema, {
  error: (issue) => `must be an array of decisions, not ${describeValue(issue.input)}`,
});

/** A published budget given back to the library, as {@link readPublishedBudgets} reads it. */
export const publishedBudgetSchema = z.strictObject(
  {
    ...identityFields,
    years: z.array(z.int({ error: "must be a year" })),
    figuresByYear: z.map(z.int({ error: "must be a year" }), budgetFiguresSchema, {
      error: "must be a Map of figures by year",
    }),
    subventionSchedule: z.map(z.int({ error: "must be a year" }), moneySchema, {
      error: "must be a Map of amounts by year",
    }),
  },
  {
    error: (issue) =>
      `must be a published budget as readPublishedBudgets reads it, not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<PublishedBudget, PublishedBudget>;

function figuresOf(lines: readonly z.output<typeof lineSchema>[], year: number): BudgetFigures {
  const entries: [BudgetLineKey, Money][] = [];
  for (const line of lines) {
    const amount = line.amounts[String(year)];
    if (isBudgetLineKey(line.key) && amount !== undefined) entries.push([line.key, amount]);
  }
  return Object.fromEntries(entries);
}

function subventionScheduleOf(lines: readonly z.output<typeof lineSchema>[]): Map<number, Money> {
  const schedule = lines.find((line) => line.key === SUBVENTION_SCHEDULE_KEY)?.amounts ?? {};
  return new Map(Object.entries(schedule).map(([year, amount]) => [Number(year), amount]));
}

/**
 * Reads the published-budgets JSON (`data/decisions/published-budgets.json`): an array of decisions,
 * each with `id`, `unit`, `unitRu`, `unitType`, `district`, `region`, `source`, `years` and
 * `lines: [{ key, amounts: { "2024": 65315 } }]`, amounts in thousand KZT as published (JSON numbers,
 * at most one decimal). Other fields (`checks`, `notes`, …) are ignored. Every amount becomes an exact
 * {@link Money} through its shortest decimal text, so no float error enters.
 *
 * @param json - The parsed JSON.
 * @param what - What is read, named in the error (e.g. the file name).
 * @returns One {@link PublishedBudget} per decision, in the given order; a line absent for a year is
 *   absent from that year's figures, never 0; `subvention_multi_year` goes to `subventionSchedule`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its JSON path (wrong types,
 *   missing fields, unknown line keys, amounts with more than one decimal (issue code `INVALID_AMOUNT`),
 *   years outside `years`, repeated lines), e.g. `[1, "lines", 0, "amounts", "2024"]`.
 * @category Decisions
 *
 * @example
 * ```ts
 * import { readPublishedBudgets } from "fourth-level-budget";
 * const [akzhona] = readPublishedBudgets([
 *   {
 *     id: "kz-kyzylorda-kazaly-akzhona-2024-amend",
 *     unit: "Akzhona rural district",
 *     unitRu: "сельский округ Акжона",
 *     unitType: "rural_district",
 *     district: "Kazaly district",
 *     region: "Kyzylorda region",
 *     source: "https://adilet.zan.kz/rus/docs/G24LD00232M",
 *     years: [2024, 2025, 2026],
 *     lines: [
 *       { key: "revenue_total", amounts: { "2024": 65315 } },
 *       { key: "deficit", amounts: { "2024": -1642.4 } },
 *     ],
 *   },
 * ]);
 * akzhona?.figuresByYear.get(2024)?.deficit?.toThousandKzt(); //=> "-1642.4"
 * akzhona?.years; //=> [2024, 2025, 2026]
 * ```
 */
export function readPublishedBudgets(json: unknown, what = "published budgets"): readonly PublishedBudget[] {
  const parsed = parseInput(publishedBudgetsSchema, json, labelOf(what, "published budgets"));
  return parsed.map((decision) => {
    const years = [...new Set(decision.years.map(Number))].sort((a, b) => a - b);
    return {
      id: decision.id,
      unit: decision.unit,
      unitRu: decision.unitRu,
      unitType: decision.unitType,
      district: decision.district,
      region: decision.region,
      source: decision.source,
      years,
      figuresByYear: new Map(years.map((year) => [year, figuresOf(decision.lines, year)])),
      subventionSchedule: subventionScheduleOf(decision.lines),
    };
  });
}

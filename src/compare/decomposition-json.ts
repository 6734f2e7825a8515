import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { moneySchema } from "../input/money.js";
import { parseInput } from "../input/parse.js";
import { comparisonToJson } from "./comparison-json.js";
import type { DecomposedEffect, ReformDecomposition } from "./decompose.js";

const effectSchema = z.looseObject({
  account: z.string(),
  level: z.union([z.literal(2), z.literal(3), z.literal(4), z.null()]),
  name: z.string(),
  year: z.int(),
  ebk: z.string().optional(),
  baseline: moneySchema.optional(),
  total: moneySchema,
  parts: z.array(moneySchema),
});

/** A decomposition as `decomposeReforms` returns it, each part read by the JSON checked. */
const decompositionSchema = z.looseObject(
  {
    components: z.array(z.looseObject({ id: z.string(), title: z.string() })),
    comparison: z.looseObject({}),
    rows: z.array(effectSchema),
    budgets: z.array(effectSchema),
    districts: z.array(effectSchema),
    country: z.array(effectSchema),
  },
  {
    error: (issue) =>
      `must be a decomposition as decomposeReforms returns it, not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<ReformDecomposition, ReformDecomposition>;

const argumentsSchema = z.strictObject({
  decomposition: decompositionSchema,
  year: z.int({ error: "must be a whole year" }).optional(),
});

/** How `decomposeReforms` splits an effect, for readers of the JSON. */
const DECOMPOSITION_METHOD =
  "Shapley values: each reform's marginal contribution averaged over all orders of the reforms; rounded down to the tiyn, the tiyn left over to the largest remainders (ties by reform id), so the parts sum exactly to the total";

/**
 * The JSON form of a decomposition (`fourth-level compare --decompose --json`): the comparison's JSON
 * (see {@link comparisonToJson}) with a `decomposition` field: the `method`, the `components` (`id`,
 * `title`) and, for `rows` (budget account, year and line), `budgets` (account and year), `districts`
 * and `country`, each figure's `baseline` (rows and budgets), `parts` (one `{ id, amount }` per
 * component, in order), `reform` (rows and budgets) and `total`. Money as KZT decimal strings; `year`
 * keeps that year only.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not a decomposition or a year that is not whole.
 * @category Reports
 * @example
 * ```ts
 * const json = decompositionToJson(decomposeReforms({
 *   name: "Bel-Agach", year: 2026,
 *   districts: [{ kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }] }],
 *   receipts: { items: [{ id: "r1", ebk: "101201", amount: "1000", paymentDate: "2026-03-10", payerKind: "legal_entity",
 *     places: { legal_seat: "104030100", workplace: "104035100" } }] },
 *   reforms: [workplaceIitReform({ share: "0.5", effectiveFrom: "2026-01-01" })],
 * }));
 * json.decomposition.budgets.map((b) => [b.account, b.baseline, b.parts[0]?.amount, b.reform]);
 * //=> [["104035000", "0.00", "500.00", "500.00"], ["104000000", "1000.00", "-500.00", "500.00"]]
 * json.decomposition.country; //=> [{ year: 2026, parts: [{ id: "workplace-iit", amount: "0.00" }], total: "0.00" }]
 * ```
 */
export function decompositionToJson(decomposition: ReformDecomposition, year?: number) {
  const checked = parseInput(
    argumentsSchema,
    { decomposition, ...(year === undefined ? {} : { year }) },
    "decomposition",
    { opaque: ["decomposition"] },
  );
  const d = checked.decomposition;
  const keep = (items: readonly DecomposedEffect[]) =>
    checked.year === undefined ? items : items.filter((i) => i.year === checked.year);
  const ids = d.components.map((c) => c.id);
  const figure = (e: DecomposedEffect) => ({
    account: e.account,
    level: e.level,
    name: e.name,
    year: e.year,
    ...(e.ebk === undefined ? {} : { ebk: e.ebk }),
    ...(e.baseline === undefined ? {} : { baseline: e.baseline.toKzt() }),
    parts: e.parts.map((amount, i) => ({ id: ids[i] ?? "", amount: amount.toKzt() })),
    ...(e.baseline === undefined ? {} : { reform: e.baseline.plus(e.total).toKzt() }),
    total: e.total.toKzt(),
  });
  return {
    ...comparisonToJson(d.comparison, checked.year),
    decomposition: {
      method: DECOMPOSITION_METHOD,
      components: d.components.map(({ id, title }) => ({ id, title })),
      rows: keep(d.rows).map(figure),
      budgets: keep(d.budgets).map(figure),
      districts: keep(d.districts).map(figure),
      country: keep(d.country).map(({ year: y, parts, total }) => ({
        year: y,
        parts: parts.map((amount, i) => ({ id: ids[i] ?? "", amount: amount.toKzt() })),
        total: total.toKzt(),
      })),
    },
  };
}

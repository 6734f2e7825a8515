import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { parseInput } from "../input/parse.js";
import { Money } from "../money/money.js";
import { budgetFiguresSchema, unreadLinesSchema } from "./figures-schema.js";
import type { BudgetFigures, BudgetLineKey } from "./lines.js";

/**
 * The identities of a budget (its structure in Kazakhstan's Budget Codes, e.g. BC2008 Art. 13, 17):
 * - `revenue`: revenue_total = tax + non-tax + capital sales + special receipts + transfers;
 * - `balance`: deficit (surplus) = revenues − costs − net lending − financial-asset balance;
 * - `financing`: financing = −deficit;
 * - `net_lending`: net lending = budget loans − loan repayments;
 * - `fin_assets`: financial-asset balance = acquisition − sales;
 * - `financing_sources`: financing = loans received − loans repaid + free balances used.
 *
 * @category Budget
 */
export type IdentityName =
  | "revenue"
  | "balance"
  | "financing"
  | "net_lending"
  | "fin_assets"
  | "financing_sources";

/**
 * Every identity, in the order of a budget decision.
 *
 * @category Budget
 */
export const IDENTITY_NAMES: readonly IdentityName[] = [
  "revenue",
  "net_lending",
  "fin_assets",
  "balance",
  "financing",
  "financing_sources",
];

/**
 * The result of one identity check. `difference` is the published (left-hand) line minus the value the
 * other lines give, in KZT: zero exactly when `status` is `"ok"`.
 *
 * @category Budget
 */
export interface IdentityCheck {
  readonly identity: IdentityName;
  readonly status: "ok" | "mismatch" | "not_checkable";
  /** The identity in words, e.g. `"deficit = revenue_total - expenditures - net_lending - fin_assets_balance"`. */
  readonly rule: string;
  /** Published minus computed, when checkable. */
  readonly difference?: Money;
  /** Why the identity could not be checked (a required line is not in the figures). */
  readonly reason?: string;
  /** Lines absent from the figures that the check took as 0 (omitted lines of a complete block). */
  readonly absentTakenAsZero?: readonly BudgetLineKey[];
}

interface IdentitySpec {
  /** The line the identity defines. */
  readonly total: BudgetLineKey;
  /** Terms with their signs: the total must equal their signed sum. */
  readonly terms: readonly (readonly [BudgetLineKey, 1 | -1])[];
  /** Lines that must be present besides the total for the check to mean anything. */
  readonly required: readonly BudgetLineKey[];
  /** Why the required lines are required, for the not-checkable reason. */
  readonly why: string;
}

const SPECS: Readonly<Record<IdentityName, IdentitySpec>> = {
  revenue: {
    total: "revenue_total",
    terms: [
      ["tax_revenue", 1],
      ["non_tax_revenue", 1],
      ["capital_sales", 1],
      ["special_receipts", 1],
      ["transfers", 1],
    ],
    required: ["transfers"],
    why: "the last line of the revenue block; without it a cut text cannot be told from omitted lines",
  },
  net_lending: {
    total: "net_lending",
    terms: [
      ["budget_loans", 1],
      ["loan_repayments", -1],
    ],
    required: ["budget_loans", "loan_repayments"],
    why: "both sub-lines are needed",
  },
  fin_assets: {
    total: "fin_assets_balance",
    terms: [
      ["fin_assets_acquisition", 1],
      ["fin_assets_sales", -1],
    ],
    required: ["fin_assets_acquisition"],
    why: "the acquisition sub-line is needed",
  },
  balance: {
    total: "deficit",
    terms: [
      ["revenue_total", 1],
      ["expenditures", -1],
      ["net_lending", -1],
      ["fin_assets_balance", -1],
    ],
    required: ["revenue_total", "expenditures"],
    why: "revenues and costs are needed",
  },
  financing: {
    total: "financing",
    terms: [["deficit", -1]],
    required: ["deficit"],
    why: "the deficit line is needed",
  },
  financing_sources: {
    total: "financing",
    terms: [
      ["loans_received", 1],
      ["loans_repaid", -1],
      ["free_balances_used", 1],
    ],
    required: ["free_balances_used"],
    why: "the last financing sub-line; without it a cut text cannot be told from omitted lines",
  },
};

/** The name of an identity, one of {@link IDENTITY_NAMES}. */
export const identityNameSchema = z.enum(IDENTITY_NAMES as [IdentityName, ...IdentityName[]], {
  error: (issue) =>
    `${describeValue(issue.input)} is not an identity: the identities are ${IDENTITY_NAMES.join(", ")}`,
});

/** The signed sum of an identity's terms, absent terms 0. */
function signedSum(spec: IdentitySpec, figures: BudgetFigures): Money {
  return Money.sum(
    spec.terms.map(([k, sign]) => {
      const amount = figures[k] ?? Money.zero;
      return sign === 1 ? amount : amount.negate();
    }),
  );
}

/**
 * The value an identity gives its defined line from the other lines: the signed sum of its terms, an
 * absent term counting as 0 (e.g. `"balance"`: revenue_total − expenditures − net_lending −
 * fin_assets_balance). The one place the identities' formulas are written; {@link checkIdentity} compares
 * the published line with it.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for an identity name not in {@link IDENTITY_NAMES} or
 * figures that are not budget figures (a key that is not a budget line, an amount that is not Money).
 * @category Budget
 * @example
 * ```ts
 * const figures = { tax_revenue: Money.thousandKzt("39585"), transfers: Money.thousandKzt("13374") };
 * identityValue("revenue", figures).toThousandKzt(); //=> "52959"
 * ```
 */
export function identityValue(name: IdentityName, figures: BudgetFigures): Money {
  const checked = parseInput(
    z.strictObject({ identity: identityNameSchema, figures: budgetFiguresSchema }),
    { identity: name, figures },
    "budget identity",
  );
  return identitySum(checked.identity, checked.figures);
}

/** {@link identityValue} of figures already checked. @internal */
export function identitySum(name: IdentityName, figures: BudgetFigures): Money {
  return signedSum(SPECS[name], figures);
}

/**
 * The lines an identity sums (its terms, without the line it defines), e.g. the five revenue parts for
 * `"revenue"`. @internal
 */
export function identityTerms(name: IdentityName): readonly BudgetLineKey[] {
  return SPECS[name].terms.map(([key]) => key);
}

/** The terms of an identity with their signs, e.g. `[["revenue_total", 1], ["expenditures", -1], …]`. @internal */
export function identitySignedTerms(name: IdentityName): readonly (readonly [BudgetLineKey, 1 | -1])[] {
  return SPECS[name].terms;
}

/** The line an identity defines, e.g. `"deficit"` for `"balance"`. @internal */
export function identityTotal(name: IdentityName): BudgetLineKey {
  return SPECS[name].total;
}

function ruleText(spec: IdentitySpec): string {
  const [first, ...rest] = spec.terms;
  const head = first === undefined ? "" : `${first[1] === -1 ? "-" : ""}${first[0]}`;
  return `${spec.total} = ${head}${rest.map(([k, s]) => ` ${s === 1 ? "+" : "-"} ${k}`).join("")}`;
}

/**
 * Checks one identity on published (or computed) figures, exactly. A line absent from the figures is
 * never invented: if the defined line or a required line is absent the identity is `not_checkable`
 * with the reason; other absent terms are taken as 0 and listed in `absentTakenAsZero`. A line that
 * was in the text but could not be read (`unreadLines`, e.g. from a parsed decision's problems) makes
 * every identity that uses it `not_checkable`: it is not absent, only unknown.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for an identity name not in {@link IDENTITY_NAMES},
 * figures that are not budget figures, or unread lines that are not a `Set` of budget lines.
 * @category Budget
 * @example
 * ```ts
 * // Taskala rural districts 2025 (first version): the parts add up to 458 754, the total says 507 854
 * const figures = {
 *   revenue_total: Money.thousandKzt("507854"),
 *   tax_revenue: Money.thousandKzt("158430"),
 *   non_tax_revenue: Money.thousandKzt("671"),
 *   capital_sales: Money.thousandKzt("11515"),
 *   transfers: Money.thousandKzt("288138"),
 * };
 * const check = checkIdentity("revenue", figures);
 * check.status; //=> "mismatch"
 * check.difference?.toThousandKzt(); //=> "49100"
 * ```
 */
export function checkIdentity(
  name: IdentityName,
  figures: BudgetFigures,
  unreadLines: ReadonlySet<BudgetLineKey> = new Set(),
): IdentityCheck {
  const checked = parseInput(
    z.strictObject({
      identity: identityNameSchema,
      figures: budgetFiguresSchema,
      unreadLines: unreadLinesSchema.optional(),
    }),
    { identity: name, figures, unreadLines },
    "budget identity",
  );
  return identityCheck(checked.identity, checked.figures, checked.unreadLines ?? new Set());
}

/** {@link checkIdentity} on arguments already checked. */
function identityCheck(
  name: IdentityName,
  figures: BudgetFigures,
  unreadLines: ReadonlySet<BudgetLineKey>,
): IdentityCheck {
  const spec = SPECS[name];
  const rule = ruleText(spec);
  const unread = [spec.total, ...spec.terms.map(([k]) => k)].filter((k) => unreadLines.has(k));
  if (unread.length > 0) {
    return {
      identity: name,
      status: "not_checkable",
      rule,
      reason: `${unread.join(", ")} is in the text but could not be read`,
    };
  }
  const missingTotal = figures[spec.total] === undefined ? [spec.total] : [];
  const missingRequired = spec.required.filter((k) => figures[k] === undefined);
  if (missingTotal.length + missingRequired.length > 0) {
    return {
      identity: name,
      status: "not_checkable",
      rule,
      reason: `${[...missingTotal, ...missingRequired].join(", ")} not in the figures${
        missingRequired.length > 0 ? ` (${spec.why})` : ""
      }`,
    };
  }
  const absentTakenAsZero = spec.terms.map(([k]) => k).filter((k) => figures[k] === undefined);
  const computed = signedSum(spec, figures);
  const difference = (figures[spec.total] as Money).minus(computed);
  return {
    identity: name,
    status: difference.isZero() ? "ok" : "mismatch",
    rule,
    difference,
    ...(absentTakenAsZero.length > 0 ? { absentTakenAsZero } : {}),
  };
}

/**
 * Checks the named identities (all of {@link IDENTITY_NAMES} by default) on the figures.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for figures that are not budget figures, a name not in
 * {@link IDENTITY_NAMES}, or unread lines that are not a `Set` of budget lines.
 * @category Budget
 * @example
 * ```ts
 * // Bel-Agach rural district, 2026, as published (thousand KZT)
 * const figures = {
 *   revenue_total: Money.thousandKzt("54959"),
 *   tax_revenue: Money.thousandKzt("39585"),
 *   non_tax_revenue: Money.thousandKzt("0"),
 *   capital_sales: Money.thousandKzt("2000"),
 *   transfers: Money.thousandKzt("13374"),
 *   expenditures: Money.thousandKzt("54959"),
 * };
 * checkIdentities(figures, ["revenue", "balance"]).map((c) => c.status); //=> ["ok", "not_checkable"]
 * ```
 */
export function checkIdentities(
  figures: BudgetFigures,
  names: readonly IdentityName[] = IDENTITY_NAMES,
  unreadLines: ReadonlySet<BudgetLineKey> = new Set(),
): IdentityCheck[] {
  const checked = parseInput(
    z.strictObject({
      figures: budgetFiguresSchema,
      identities: z.array(identityNameSchema),
      unreadLines: unreadLinesSchema,
    }),
    { figures, identities: names, unreadLines },
    "budget identities",
  );
  return identityChecks(checked.figures, checked.identities, checked.unreadLines);
}

/** {@link checkIdentities} on arguments already checked. @internal */
export function identityChecks(
  figures: BudgetFigures,
  names: readonly IdentityName[] = IDENTITY_NAMES,
  unreadLines: ReadonlySet<BudgetLineKey> = new Set(),
): IdentityCheck[] {
  return names.map((n) => identityCheck(n, figures, unreadLines));
}

import { Money, percentOf } from "../money/money.js";
import type { UnitResult } from "../scenario/run.js";

/** The revenue sources a chart shows, in order: the own revenues, then transfers from the district. */
export const SOURCES = ["tax", "nonTax", "capital", "transfers"] as const;
export type RevenueSource = (typeof SOURCES)[number];

/** The statement line of each source. */
const LINE = {
  tax: "tax_revenue",
  nonTax: "non_tax_revenue",
  capital: "capital_sales",
  transfers: "transfers",
} as const;

/** The colour of each source and plan measure, the same in every chart. */
export const COLOURS = {
  tax: "#1f6f8b",
  nonTax: "#6fa8c7",
  capital: "#d4a017",
  transfers: "#c0504d",
  ownRevenues: "#1f6f8b",
  costs: "#6b6b6b",
  subvention: "#c0504d",
  withdrawal: "#7d3c98",
} as const;

/** A unit's revenues as a chart needs them: exact amounts, and the shares of its revenues. */
export interface UnitFigures {
  readonly code: string;
  /** Each source's amount; a line the decision does not give is absent (and drawn as nothing). */
  readonly sources: Readonly<Partial<Record<RevenueSource, Money>>>;
  readonly ownRevenues: Money;
  readonly costs?: Money;
  readonly selfSufficiency?: string;
  /** Own revenues and transfers as % of their sum (one decimal), when the sum is positive. */
  readonly ownShare?: string;
  readonly transfersShare?: string;
}

/** The figures of a unit's statement that the charts draw. */
export function unitFigures(u: UnitResult): UnitFigures {
  const lines = u.statement.lines;
  const sources = Object.fromEntries(
    SOURCES.flatMap((s) => {
      const amount = lines[LINE[s]]?.amount;
      return amount === undefined ? [] : [[s, amount]];
    }),
  ) as Partial<Record<RevenueSource, Money>>;
  const ownRevenues = Money.sum([sources.tax, sources.nonTax, sources.capital].flatMap((m) => m ?? []));
  const transfers = sources.transfers ?? Money.zero;
  const whole = ownRevenues.plus(transfers);
  const costs = lines.expenditures?.amount;
  const ss = u.statement.selfSufficiency.percent;
  const ownShare = percentOf(ownRevenues, whole);
  const transfersShare = percentOf(transfers, whole);
  const shares = ownShare === undefined || transfersShare === undefined ? {} : { ownShare, transfersShare };
  return {
    code: u.unit.code,
    sources,
    ownRevenues,
    ...(costs === undefined ? {} : { costs }),
    ...(ss === undefined ? {} : { selfSufficiency: ss }),
    ...shares,
  };
}

/**
 * A chart's data point for an amount: its position as a number of thousand KZT (for the axis only) and
 * its label, formatted by the chart's `label` (`thousandKztLabels` of all its amounts).
 */
export const amountPoint = (amount: Money, label: (amount: Money) => string) => ({
  value: Number(amount.toThousandKzt()),
  label: label(amount),
});

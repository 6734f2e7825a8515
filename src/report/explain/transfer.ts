import { formatCitation } from "../../citation/citation.js";
import { Money } from "../../money/money.js";
import type { UnitYearPlan } from "../../transfers/plan/district-plan.js";
import { labelOf, type UnitContext } from "./context.js";
import { type Explanation, type ExplanationSource, node } from "./explanation.js";
import { forecastCosts, forecastOwnRevenues } from "./forecast.js";
import { readLine } from "./read-line.js";
import { countedShortfall } from "./shortfall.js";
import { renamed, signedFormula } from "./statement-line.js";

/** The two kinds of a general transfer, as the plan's table names them. */
export type TransferLine = "subvention" | "withdrawal";

const KIND_WORDS: Readonly<Record<TransferLine, string>> = {
  subvention: "subvention (district → unit)",
  withdrawal: "budget withdrawal (unit → district)",
};

/** Where the year's transfer comes from: the fixed volume, the formula or the equalisation method. */
function transferDetail(ctx: UnitContext, uy: UnitYearPlan): { detail: string; source: ExplanationSource } {
  const t = uy.transfer;
  const i = ctx.plan?.input.fixedVolumes?.findIndex((v) => v.year === uy.year) ?? -1;
  const replan = ctx.plan?.result.replan;
  const status = replan?.units
    .find((u) => u.code === ctx.unit.unit.code)
    ?.years.find((y) => y.year === uy.year);
  if (replan !== undefined && status?.status === "kept") {
    const path = [...ctx.path, "plan", "previousVolumes"];
    return {
      detail: `kept from the plan in force: re-planned in ${replan.madeIn} under the ${replan.regime.replace("_", "-")} rule, the volume fixed for ${uy.year} may not change (the scenario's ${path.join(".")})`,
      source: { kind: "scenario", citation: `the scenario file, ${path.join(".")}`, path },
    };
  }
  if (t.source === "fixed") {
    const path = [...ctx.path, "plan", "fixedVolumes", i];
    return {
      detail: `fixed by the district maslikhat in an absolute amount for ${uy.year}, which wins over the formula (the scenario's ${path.join(".")})`,
      source: { kind: "scenario", citation: `the scenario file, ${path.join(".")}`, path },
    };
  }
  if (t.source === "equalisation") {
    const path = [...(ctx.plan?.equalisationPath ?? []), uy.year];
    return {
      detail: `given by the equalisation method of ${uy.year} among the district's units, fed with their forecast own revenues, costs and indicators`,
      source: { kind: "scenario", citation: `the scenario's ${path.join(".")}`, path },
    };
  }
  return {
    detail: `the law's formula: costs − own revenues; a positive gap is a subvention, a negative one a budget withdrawal`,
    source: { kind: "law", citation: formatCitation(t.citation) },
  };
}

/** The unit's general transfer of a planned year, under the name asked (the other kind is 0). @internal */
export function plannedTransfer(ctx: UnitContext, uy: UnitYearPlan, line: TransferLine): Explanation {
  const t = uy.transfer;
  const own = forecastOwnRevenues(ctx, uy);
  const costs = forecastCosts(ctx, uy);
  const kind = t.kind === "subvention" ? "subvention" : t.kind === "withdrawal" ? "withdrawal" : undefined;
  const { detail, source } = transferDetail(ctx, uy);
  const gap = uy.costs.minus(uy.ownRevenues.total);
  const shortfall = countedShortfall(ctx, uy);
  const explained = node({
    figure: line,
    label: labelOf(ctx, line, uy.year),
    value: kind === line ? t.amount.toThousandKzt() : "0",
    how: t.source === "formula" ? "formula" : "rule",
    ...(t.source === "formula"
      ? {
          formula: `${costs.value} − ${own.value} = ${gap.toThousandKzt()}${
            t.shortfall === undefined ? "" : `; − shortfall ${t.shortfall.amount.toThousandKzt()}`
          } → ${kind ?? "none"} ${t.amount.toThousandKzt()}`,
        }
      : {}),
    detail,
    sources: [
      source,
      ...(t.source === "formula" ? [] : [{ kind: "law" as const, citation: formatCitation(t.citation) }]),
    ],
    // a fixed volume is given, not computed: the forecasts are inputs of the formula and of equalisation only
    children: t.source === "fixed" ? [] : [costs, own, ...(shortfall === undefined ? [] : [shortfall])],
  });
  if (kind === line || (kind === undefined && t.source === "formula")) return explained;
  return node({
    figure: explained.figure,
    label: explained.label,
    sources: explained.sources,
    value: "0",
    how: "rule",
    detail: `no ${KIND_WORDS[line]} in ${uy.year}: the unit's general transfer is ${kind === undefined ? "none" : `a ${KIND_WORDS[kind]} of ${t.amount.toThousandKzt()}`} (${detail})`,
  });
}

/** Own revenues + subvention − withdrawal − costs of a planned year: zero under the formula. @internal */
export function plannedBalance(ctx: UnitContext, uy: UnitYearPlan): Explanation {
  const own = forecastOwnRevenues(ctx, uy);
  const transfer = plannedTransfer(ctx, uy, uy.transfer.kind === "withdrawal" ? "withdrawal" : "subvention");
  const [subvention, withdrawal] =
    uy.transfer.kind === "withdrawal" ? ["0", transfer.value] : [transfer.value, "0"];
  const costs = forecastCosts(ctx, uy);
  return node({
    figure: "balance",
    label: labelOf(ctx, "balance", uy.year),
    value: uy.balance.toThousandKzt(),
    how: "formula",
    formula: signedFormula(
      [
        [own.value, 1],
        [subvention, 1],
        [withdrawal, -1],
        [costs.value, -1],
      ],
      uy.balance.toThousandKzt(),
    ),
    detail:
      "own revenues + subvention − withdrawal − costs: zero under the formula, otherwise a surplus or (negative) the financing need",
    children: [own, transfer, costs],
  });
}

/** The base year's transfers as the plan's table shows them: the published transfers line. @internal */
export function baseTransfer(ctx: UnitContext, line: TransferLine): Explanation {
  const year = ctx.result.year;
  const published = ctx.unit.published.transfers;
  if (line === "withdrawal") {
    return node({
      figure: line,
      label: labelOf(ctx, line, year),
      value: null,
      how: "read",
      detail:
        "published decisions show no budget withdrawal in their transfers line: the base year has none to show",
    });
  }
  const read =
    published === undefined
      ? node({
          figure: "transfers",
          label: labelOf(ctx, "transfers", year),
          value: null,
          how: "read",
          detail: "the decision does not give its transfers",
        })
      : readLine(ctx, "transfers", published);
  return renamed(
    read,
    line,
    ctx,
    year,
    "in the base year the plan's subvention is the published transfers line (subvention and targeted transfers together)",
  );
}

/** The base year's balance: published own revenues + transfers − costs. @internal */
export function baseBalance(ctx: UnitContext, own: Explanation, costs: Explanation): Explanation {
  const transfers = baseTransfer(ctx, "subvention");
  const values = [own.value, transfers.value, costs.value];
  const known = values.every((v) => v !== null);
  const [o, t, c] = (known ? values : ["0", "0", "0"]).map((v) => Money.thousandKzt(v as string)) as [
    Money,
    Money,
    Money,
  ];
  const balance = known ? o.plus(t).minus(c).toThousandKzt() : null;
  return node({
    figure: "balance",
    label: labelOf(ctx, "balance", ctx.result.year),
    value: balance,
    how: "formula",
    formula: signedFormula(
      [
        [own.value, 1],
        [transfers.value, 1],
        [costs.value, -1],
      ],
      balance ?? "unknown",
    ),
    detail: "own revenues + transfers − costs of the published base year (the plan's table)",
    children: [own, transfers, costs],
  });
}

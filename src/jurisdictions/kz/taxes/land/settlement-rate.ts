import { Dec } from "../../../../money/decimal.js";
import type { TaxStep } from "../tax-result.js";
import type { CheckedLandTaxInput } from "./land-input.js";
import { type FoundRate, fmt, refuseSupplied, suppliedRate } from "./land-rate.js";
import type { SettlementRow, SettlementRowKey, SettlementTable } from "./rates.js";

type CheckedSettlementPlot = Extract<CheckedLandTaxInput["plot"], { readonly kind: "settlement" }>;

/** The row of the table a plot is taxed by: its category, a region's town row, or the "other towns" rows. */
function rowKeyOf(plot: CheckedSettlementPlot): SettlementRowKey {
  if (!("townRate" in plot)) return plot.category;
  if (plot.townRate.kind === "region_row") return `${plot.townRate.region}:${plot.category}`;
  return plot.category === "city_of_district_significance"
    ? "other_city_of_district_significance"
    : "other_city_of_oblast_significance";
}

/** A fixed rate of a row, with its step. */
function fixedRate(
  input: CheckedLandTaxInput,
  key: string,
  label: string,
  rate: string,
  table: SettlementTable,
  rowKey: SettlementRowKey,
): FoundRate {
  refuseSupplied(input, key, rate);
  return {
    perUnit: new Dec(rate),
    rowKey,
    steps: [{ step: "rate", value: `${label}: ${rate} KZT/m²`, citation: table.citation }],
  };
}

/** A town's share of its oblast centre's rate (75 % / 85 %), kept exact: the law states no rounding of the rate. */
function shareOfCentre(
  input: CheckedLandTaxInput,
  plot: CheckedSettlementPlot,
  table: SettlementTable,
  row: { readonly label: string; readonly share: string; readonly rowKey: SettlementRowKey },
): FoundRate {
  const centre =
    "townRate" in plot && plot.townRate.kind === "share_of_oblast_centre"
      ? plot.townRate.oblastCentre
      : undefined;
  if (centre === undefined) return suppliedRate(input, row.rowKey, table.gaps, "m²");
  const centreRow = table.rows[centre];
  const steps: TaxStep[] = [];
  let centreRate: Dec;
  if (centreRow?.other.kind === "fixed") {
    refuseSupplied(input, centre, centreRow.other.perM2);
    centreRate = new Dec(centreRow.other.perM2);
  } else {
    const found = suppliedRate(input, centre, table.gaps, "m²");
    centreRate = found.perUnit;
    steps.push(...found.steps);
  }
  const perUnit = centreRate.times(row.share);
  const percent = fmt(new Dec(row.share).times(100));
  steps.push({
    step: "rate",
    value: `${row.label}: ${percent} % of the oblast-centre rate (${centre}: ${fmt(centreRate)}) = ${percent} % × ${fmt(centreRate)} = ${fmt(perUnit)} KZT/m² (kept exact: the law states no rounding of the rate)`,
    citation: table.citation,
  });
  return { perUnit, rowKey: row.rowKey, steps };
}

/**
 * The rate per m² of a settlement plot in `table` (the law's table of the year), or the caller's where the
 * table (2018–2019: none), its housing column (2020–2025) or a row (oblast centres from 2022) is missing.
 * @throws {@link FourthLevelError} `NO_ESTABLISHED_RATE` naming the entry; `INVALID_INPUT` for a
 * supplied rate the table establishes.
 */
export function settlementRate(
  input: CheckedLandTaxInput,
  plot: CheckedSettlementPlot,
  table: SettlementTable | undefined,
): FoundRate {
  const housing = plot.use === "housing";
  const suffix = housing ? "/housing" : "";
  if (table === undefined) {
    const why =
      "the 2017 Code Art. 505 rows in force in 2018–2019 for district towns, settlements and villages were not read";
    return suppliedRate(input, `${plot.category}${suffix}`, why, "m²");
  }
  const rowKey = rowKeyOf(plot);
  const row: SettlementRow | undefined = table.rows[rowKey];
  const column = housing ? table.columns.housing : table.columns.other;
  const label = `${row?.row === undefined ? rowKey : `row ${row.row} (${rowKey})`}, ${column ?? "no column"} (${housing ? "housing land" : "land other than housing"})`;
  if (housing) {
    return row?.housing === undefined
      ? suppliedRate(input, `${rowKey}${suffix}`, table.gaps, "m²")
      : fixedRate(input, `${rowKey}${suffix}`, label, row.housing, table, rowKey);
  }
  if (row === undefined) return suppliedRate(input, rowKey, table.gaps, "m²");
  return row.other.kind === "fixed"
    ? fixedRate(input, rowKey, label, row.other.perM2, table, rowKey)
    : shareOfCentre(input, plot, table, { label, share: row.other.share, rowKey });
}

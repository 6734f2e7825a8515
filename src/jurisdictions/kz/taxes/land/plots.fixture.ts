/** Test fixture: settlement plots as the land tests give them (towns by oblast centre or region row). */
import type { PlaceSettlementPlot, SettlementPlot, TownRate } from "./land-input.js";
import type { NamedCity, RegionRow } from "./rates.js";

/** A town's oblast centre or region row, as the tests give them (both, to see them refused). */
export interface Town {
  readonly oblastCentre?: NamedCity;
  readonly regionRow?: RegionRow;
}

/** The plot's `townRate` for the tests' `oblastCentre` / `regionRow` (both given: an object the schema refuses). */
function townRateOf({ oblastCentre, regionRow }: Town): TownRate | undefined {
  if (oblastCentre !== undefined && regionRow !== undefined) {
    return { kind: "share_of_oblast_centre", oblastCentre, region: regionRow } as unknown as TownRate;
  }
  if (oblastCentre !== undefined) return { kind: "share_of_oblast_centre", oblastCentre };
  return regionRow === undefined ? undefined : { kind: "region_row", region: regionRow };
}

export type PlotExtra = Town & Partial<Omit<PlaceSettlementPlot, "kind" | "category" | "areaM2">>;

/** A settlement plot (the cast lets the tests build plots the schema must refuse). */
export function plotOf(
  areaM2: number | string,
  category: SettlementPlot["category"],
  extra: PlotExtra = {},
): SettlementPlot {
  const { oblastCentre, regionRow, ...rest } = extra;
  const townRate = townRateOf({
    ...(oblastCentre === undefined ? {} : { oblastCentre }),
    ...(regionRow === undefined ? {} : { regionRow }),
  });
  return {
    kind: "settlement",
    areaM2,
    category,
    ...rest,
    ...(townRate === undefined ? {} : { townRate }),
  } as SettlementPlot;
}

/** A town of Kostanay oblast: 75 % (85 %) of Kostanay's rate. */
export const kostanayTown = { oblastCentre: "kostanay" } as const;

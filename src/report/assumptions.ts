import { Dec } from "../money/decimal.js";
import type { ScenarioAssumptions, UnitYearRates } from "../scenario/assumptions.js";
import { planningTermLines } from "./planning-terms-text.js";

/** A rate as read and as a percent: `"0.05"` → `0.05 (+5 %)`; `"mrp"` as it is. */
export function rateText(rate: string): string {
  if (rate === "mrp" || rate === "") return rate === "" ? "none" : "with the MRP";
  const percent = new Dec(rate).times(100);
  return `${rate} (${percent.isNegative() ? "" : "+"}${percent.toString()} %)`;
}

/** One rate of every unit by year, units with the same rates in every year named together. */
function ratesLine(what: string, rates: readonly UnitYearRates[], rateOf: (r: UnitYearRates) => string) {
  const byUnit = new Map<string, { name: string; years: string[] }>();
  for (const r of rates) {
    const unit = byUnit.get(r.code) ?? { name: `${r.name} (${r.code})`, years: [] };
    unit.years.push(`${r.year} ${rateText(rateOf(r))}`);
    byUnit.set(r.code, unit);
  }
  const groups = new Map<string, string[]>();
  for (const { name, years } of byUnit.values()) {
    const key = years.join(", ");
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  const every = groups.size === 1;
  return [...groups].map(([years, units]) => `${what}, ${every ? "every unit" : units.join(", ")}: ${years}`);
}

/** The rates of a plan: the growth of costs and of each own-revenue line by unit and year, the MRP path. */
function rateLines(assumptions: ScenarioAssumptions): string[] {
  const { rates } = assumptions;
  const lines = [...new Set(rates.flatMap((r) => Object.keys(r.revenueGrowth)))];
  return [
    ...ratesLine("cost growth", rates, (r) => r.costGrowth),
    ...lines.flatMap((line) => ratesLine(`${line} growth`, rates, (r) => r.revenueGrowth[line] ?? "")),
    ...(assumptions.mrp.length === 0
      ? []
      : [`MRP, KZT: ${assumptions.mrp.map((y) => `${y.year} ${y.kzt} (${y.source})`).join(", ")}`]),
  ];
}

/**
 * The assumptions of a scenario run as lines of text: the growth of costs and of each own-revenue line
 * by unit and year (rates as decimal fractions and percents), the MRP path, each district's general
 * transfers, the planning law and the terms of it each unit's plan applies, and where each unit's figures
 * come from.
 */
export function assumptionLines(assumptions: ScenarioAssumptions): string[] {
  return [
    ...rateLines(assumptions),
    ...assumptions.equalisation.map((e) => `general transfers, ${e}`),
    ...planningTermLines(assumptions),
    ...assumptions.sources.map(
      (s) =>
        `figures of ${s.name} (${s.code}): ${s.from.includes(s.source) ? s.from : `${s.source}; ${s.from}`}`,
    ),
  ];
}

/**
 * The assumptions as an overview of a large scenario prints them: as {@link assumptionLines}, but the
 * districts whose general transfers follow the same methods named by their number in one line, and
 * without the sources of the figures (the overview sums them up itself).
 */
export function overviewAssumptionLines(assumptions: ScenarioAssumptions): string[] {
  const byText = new Map<string, string[]>();
  for (const e of assumptions.equalisation) {
    // "District: the methods" (a district's name has no ": ")
    const at = e.indexOf(": ");
    const text = e.slice(at + 2);
    byText.set(text, [...(byText.get(text) ?? []), e.slice(0, at)]);
  }
  return [
    ...rateLines(assumptions),
    ...[...byText].map(([text, districts]) =>
      districts.length === 1
        ? `general transfers, ${districts[0]}: ${text}`
        : `general transfers, ${districts.length} districts: ${text}`,
    ),
    ...planningTermLines(assumptions),
  ];
}

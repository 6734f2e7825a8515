import { consolidateDistrict } from "../budget/consolidation.js";
import { buildStatement } from "../budget/statement.js";
import { firstJanuary } from "../calendar/iso-date.js";
import { FourthLevelError } from "../errors/error.js";
import { transfersCitationOn } from "../jurisdictions/kz/revenue-lists.js";
import type { Posting } from "../ledger/ledger.js";
import type { DistrictBudgetRef, FourthLevelUnit, Territory } from "../territory/territory.js";
import type { DistrictResult } from "./run.js";
import type { ScenarioDistrict, ScenarioUnit } from "./types.js";

function publishedTransfersPosting(
  district: DistrictBudgetRef,
  unit: FourthLevelUnit,
  u: ScenarioUnit,
  year: number,
): Posting[] {
  const amount = u.figures.transfers;
  if (amount === undefined || amount.tiyn <= 0n) return [];
  const date = firstJanuary(year);
  return [
    {
      id: `transfers:${district.code}>${unit.code}:${year}`,
      date,
      from: { kind: "budget", level: 3, code: district.code, name: district.nameRu },
      to: { kind: "budget", level: 4, code: unit.code, name: unit.nameRu },
      amount,
      category: "transfers",
      ruleId: "kz.transfers-from-district",
      citation: transfersCitationOn(date),
      sourceId: `published:${unit.code}:${year}:transfers`,
      note: "transfers as published for the year (subvention and targeted transfers together)",
    },
  ];
}

/** A district of a scenario with its units found in the territory, and its published transfers posted. @internal */
export interface DistrictInTerritory {
  readonly scenario: ScenarioDistrict;
  readonly district: DistrictBudgetRef;
  readonly units: readonly { readonly unit: FourthLevelUnit; readonly input: ScenarioUnit }[];
  readonly transfers: readonly Posting[];
}

/** The districts of a scenario found in the territory, each unit's published transfers as a posting. @internal */
export function districtsIn(
  districts: readonly ScenarioDistrict[],
  land: Territory,
  year: number,
): DistrictInTerritory[] {
  return districts.map((d) => {
    const district = land.districts().find((x) => x.code === d.kato);
    if (district === undefined) {
      throw new FourthLevelError(
        "UNKNOWN_KATO",
        `${d.kato} is not a district or city of regional significance`,
        { code: d.kato },
      );
    }
    const units = d.units.map((u) => ({ unit: land.fourthLevelUnit(u.kato), input: u }));
    return {
      scenario: d,
      district,
      units,
      transfers: units.flatMap(({ unit, input }) => publishedTransfersPosting(district, unit, input, year)),
    };
  });
}

/**
 * The postings of a ledger under each budget code they come from or go to, in ledger order: a statement
 * or a consolidation needs only the postings of its own budgets, and validates what it is given. @internal
 */
export function postingsByBudget(ledger: readonly Posting[]): ReadonlyMap<string, readonly Posting[]> {
  const byCode = new Map<string, Posting[]>();
  const add = (code: string | undefined, p: Posting) => {
    if (code === undefined) return;
    const list = byCode.get(code);
    if (list === undefined) byCode.set(code, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  };
  for (const p of ledger) {
    add(p.from.kind === "budget" ? p.from.code : undefined, p);
    add(p.to.kind === "budget" ? p.to.code : undefined, p);
  }
  return byCode;
}

/** The postings of the given budgets (each once, in ledger order). */
function postingsOf(byBudget: ReadonlyMap<string, readonly Posting[]>, codes: readonly string[]): Posting[] {
  const found = new Set(codes.flatMap((code) => byBudget.get(code) ?? []));
  return [...found];
}

/**
 * A district's statements (published figures with the ledger's lines) and its consolidation, from the
 * ledger's postings by budget ({@link postingsByBudget}). @internal
 */
export function districtResult(
  { scenario, district, units }: DistrictInTerritory,
  year: number,
  byBudget: ReadonlyMap<string, readonly Posting[]>,
): DistrictResult {
  const unitResults = units.map(({ unit, input }) => ({
    unit,
    ...(input.source === undefined ? {} : { source: input.source }),
    figuresFrom: input.figuresFrom,
    ...(input.decision === undefined ? {} : { decision: input.decision }),
    ...(input.heading === undefined ? {} : { heading: input.heading }),
    readingNotes: input.readingNotes,
    published: input.figures,
    statement: buildStatement({
      unit: { code: unit.code, name: unit.nameRu },
      year,
      published: input.figures,
      postings: byBudget.get(unit.code) ?? [],
      unreadLines: input.unreadLines,
    }),
  }));
  return {
    district,
    units: unitResults,
    consolidation: consolidateDistrict({
      district: { code: district.code, name: district.nameRu },
      year,
      units: unitResults.map((u) => u.statement),
      ...(scenario.districtBudget === undefined ? {} : { districtFigures: scenario.districtBudget.figures }),
      postings: postingsOf(byBudget, [district.code, ...units.map(({ unit }) => unit.code)]),
    }),
  };
}

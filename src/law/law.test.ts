import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../test/fixtures/kazakhstan-law.js";
import { codeOf, inputIssuesOf } from "../../test/support.js";
import { type DatedSeries, type DatedValue, datedSeries } from "../calendar/dated.js";
import { previousDay } from "../calendar/iso-date.js";
import type { Citation } from "../citation/citation.js";
import { categoryOfEbk } from "../classification/category.js";
import { Money } from "../money/money.js";
import { planDistrict } from "../transfers/plan/district-plan.js";
import { transferPosting } from "../transfers/postings/transfer-postings.js";
import { replanWindow } from "../transfers/replan/replan.js";
import type { Law, PlanningLaw } from "./law.js";
import { planningLawOf, rulebookOf } from "./law.js";
import type { TransferLaw } from "./transfer-law.js";

/** A citation of an imaginary reform, for the overlays below. */
const REFORM: Citation = { act: "Reform proposal (test)", article: "1", versionDate: "2026-01-01" };

/** The law's series with the entry in force on `from` cut there and `value` in force from `from` on. */
function overlay<T>(
  series: DatedSeries<T>,
  from: DatedValue<T>["from"],
  value: (old: T) => T,
): DatedSeries<T> {
  const kept = series.entries.filter((e) => e.from < from);
  const last = kept.at(-1) as DatedValue<T>; // the entry in force the day before `from`
  const cut: DatedValue<T> = { ...last, to: previousDay(from) };
  return datedSeries(series.name, [
    ...kept.slice(0, -1),
    cut,
    { from, value: value(last.value), citation: REFORM },
  ]);
}

const district = { code: "394800000", name: "Камыстинский район" };
const druzhba = (growth: "mrp" | "0") => ({
  code: "394845000",
  name: "с. Дружба",
  base: {
    year: 2026,
    ownRevenues: { "vehicle-tax-individuals": Money.kzt("1000000") },
    costs: Money.kzt("2000000"),
  },
  revenueGrowth: { "vehicle-tax-individuals": growth },
  costGrowth: "0",
});

describe("the engine reads the law it is handed, not a global", () => {
  it("a plan under a law whose MRP differs gives the difference the hand calculation predicts", () => {
    const input = {
      district,
      baseYear: 2026,
      horizon: 2027,
      units: [druzhba("mrp")],
      mrp: { indexation: { fromYear: 2027, rate: "0.05" } },
    } as const;
    // Kazakhstan's law: MRP 4 325 (2026), indexed +5 % to 4 541 (whole tenge, half up: 4 541.25 → 4 541);
    // the vehicle tax line 1 000 000 × 4 541 / 4 325 = 1 049 942.196… → 1 049 942.20 KZT
    const kz = planDistrict(input, KZ_LAW);
    expect(kz.units[0]?.years[0]?.ownRevenues.total.toKzt()).toBe("1049942.20");
    // a law whose MRP is 5 000 in 2026: 5 000 × 1.05 = 5 250 in 2027; 1 000 000 × 5 250 / 5 000 = 1 050 000
    const mrp: Law["parameters"]["mrp"] = datedSeries("MRP (overlay)", [
      ...KZ_LAW.parameters.mrp.entries.filter((e) => e.from < "2026-01-01"),
      { from: "2026-01-01", to: "2026-12-31", value: Money.kzt(5000), citation: REFORM },
    ]);
    const other = planDistrict(input, { ...KZ_LAW, parameters: { ...KZ_LAW.parameters, mrp } });
    expect(other.units[0]?.years[0]?.ownRevenues.total.toKzt()).toBe("1050000.00");
    // the difference: 1 050 000.00 − 1 049 942.20 = 57.80 KZT, and the subvention falls by as much
    // (costs 2 000 000 either way: 950 057.80 under Kazakhstan's MRP, 950 000.00 under the other)
    expect(kz.units[0]?.years[0]?.transfer.amount.toKzt()).toBe("950057.80");
    expect(other.units[0]?.years[0]?.transfer.amount.toKzt()).toBe("950000.00");
    expect(other.mrp?.map((y) => y.mrp.toKzt())).toEqual(["5000.00", "5250.00"]);
  });

  it("a law without a transfer kind refuses it; the same transfer passes under Kazakhstan's", () => {
    const unit = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" } as const;
    const districtAccount = {
      kind: "budget",
      level: 3,
      code: "394800000",
      name: "Камыстинский район",
    } as const;
    const input = {
      kind: "targeted_general",
      from: districtAccount,
      to: unit,
      date: "2027-03-01",
      amount: Money.kzt("1000"),
      sourceId: "t-1",
    } as const;
    expect(transferPosting(input, KZ_LAW).citation?.article).toBe("79");
    const withoutKind = overlay(KZ_LAW.transfers, "2027-01-01", (old): TransferLaw => {
      const { targeted_general: _, ...kinds } = old.kinds;
      return { ...old, id: "reform-2027", kinds };
    });
    const [issue] = inputIssuesOf(() => transferPosting(input, { ...KZ_LAW, transfers: withoutKind }));
    expect(issue?.path).toEqual(["kind"]);
    expect(issue?.message).toContain(
      "(reform-2027) has no targeted_general: it exists 2026-01-01 to 2026-12-31",
    );
  });

  it("a law whose planning is rolling again from 2027 plans a rolling window then", () => {
    expect(replanWindow(2027, KZ_LAW).regime).toBe("three_year");
    const rolling = overlay(
      KZ_LAW.planning,
      "2027-01-01",
      (old): PlanningLaw => ({
        id: "reform-2027",
        regime: "rolling",
        period: 3,
        fixedVolumes: REFORM,
        generalTransfer: old.generalTransfer,
      }),
    );
    const w = replanWindow(2027, { ...KZ_LAW, planning: rolling });
    expect(w).toMatchObject({ regime: "rolling", firstYear: 2028, lastYear: 2030, keptYears: [] });
    expect(w.citation).toBe(REFORM);
  });

  it("a law with another EBK numbering reads codes by it", () => {
    expect(categoryOfEbk("401201", "2026-06-01", KZ_LAW)).toBe("special");
    const numbering = overlay(KZ_LAW.ebkCategories, "2027-01-01", () => ({ tax: 1, transfers: 4 }));
    expect(categoryOfEbk("401201", "2027-06-01", { ebkCategories: numbering })).toBe("transfers");
    expect(codeOf(() => categoryOfEbk("201201", "2027-06-01", { ebkCategories: numbering }))).toBe(
      "UNKNOWN_EBK",
    );
  });

  it("refuses a missing law with the library's error, never a TypeError", () => {
    for (const law of [undefined, null, 42, {}, { planning: "x" }]) {
      expect(
        codeOf(() =>
          planDistrict({ district, baseYear: 2026, horizon: 2027, units: [druzhba("0")] }, law as never),
        ),
      ).toBe("INVALID_INPUT");
      expect(codeOf(() => replanWindow(2026, law as never))).toBe("INVALID_INPUT");
    }
  });
});

describe("planningLawOf and rulebookOf", () => {
  it("reads the planning law by the year the plan is made", () => {
    expect(planningLawOf(2024, KZ_LAW).value.id).toBe("bc2008");
    expect(planningLawOf(2025, KZ_LAW).value.id).toBe("bc2025");
    expect(codeOf(() => planningLawOf(2016, KZ_LAW))).toBe("NO_VALUE_ON_DATE");
    expect(codeOf(() => planningLawOf(2025.5, KZ_LAW))).toBe("INVALID_INPUT");
  });

  it("builds the rulebook of the law's revenue rules", () => {
    expect(rulebookOf(KZ_LAW).rules).toEqual(KZ_LAW.revenueRules);
  });
});

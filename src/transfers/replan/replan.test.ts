import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { generalTransferCitation } from "../equalisation/general-transfer.js";
import {
  type DistrictPlanInput,
  type PlanFixedVolume,
  type PlannedTransfer,
  type PlanUnitInput,
  planDistrict,
} from "../plan/district-plan.js";
import { type ReplanResult, replanDistrict, replanWindow, type TransferSchedule } from "./replan.js";

const th = (amount: string) => Money.thousandKzt(amount);
const KAMYSTY = { code: "394800000", name: "Камыстинский район" };
const DRUZHBA = { code: "394845000", name: "с. Дружба" };
const KAMYSTY_RD = { code: "394830000", name: "Камыстинский с.о." };

/**
 * Druzhba village (KATO 394845000, Kamysty district 394800000). Published 2026 figures (thousand KZT):
 * own revenues 930, costs 28 849; subventions fixed for 2026–2028: 27 919 / 28 000 / 24 563. Where a test
 * needs another base year (2023, 2024, 2025) it reuses the 2026 figures as an ASSUMPTION, and the growth
 * rates are assumptions too: only the 2026 figures and the three subventions are published.
 */
const druzhba = (
  baseYear: number,
  opts: {
    own?: string;
    costs?: string;
    ownGrowth?: string;
    costGrowth?: string;
    fixed?: readonly (readonly [number, string])[];
  } = {},
): PlanUnitInput => ({
  ...DRUZHBA,
  base: { year: baseYear, ownRevenues: { own: th(opts.own ?? "930") }, costs: th(opts.costs ?? "28849") },
  revenueGrowth: { own: opts.ownGrowth ?? "0" },
  costGrowth: opts.costGrowth ?? "0",
  ...(opts.fixed === undefined
    ? {}
    : {
        fixedVolumes: opts.fixed.map(([year, amount]) => ({
          year,
          kind: "subvention" as const,
          amount: th(amount),
        })),
      }),
});

const planInput = (
  baseYear: number,
  horizon: number,
  units: readonly PlanUnitInput[],
  extra: Partial<DistrictPlanInput> = {},
): DistrictPlanInput => ({ district: KAMYSTY, baseYear, horizon, units, ...extra });

const amounts = (r: ReplanResult, unit = 0) =>
  r.units[unit]?.years.map((y) => [y.year, y.status, y.transfer.kind, y.transfer.amount.toThousandKzt()]);
const balancesOf = (r: ReplanResult, unit = 0) =>
  r.plan.units[unit]?.years.map((y) => y.balance.toThousandKzt());

/** The plan made in December 2025 for the cycle 2026–2028: Druzhba's published subventions. */
const transition = () =>
  replanDistrict(
    {
      madeIn: 2025,
      input: planInput(2025, 2028, [
        druzhba(2025, {
          fixed: [
            [2026, "27919"],
            [2027, "28000"],
            [2028, "24563"],
          ],
        }),
      ]),
    },
    KZ_LAW,
  );

/** Made in 2026, mid-cycle: own revenues +5 %/year, costs +10 %/year from the published 2026 base. */
const midCycle = (previous: TransferSchedule) =>
  replanDistrict(
    {
      previous,
      madeIn: 2026,
      input: planInput(2026, 2028, [druzhba(2026, { ownGrowth: "0.05", costGrowth: "0.1" })]),
    },
    KZ_LAW,
  );

describe("replanWindow", () => {
  it("reads the rule of the year the plan is made in, and the cycles from 2026", () => {
    // made in 2023: plans 2024–2026 under BC2008 (rolling)
    expect(replanWindow(2023, KZ_LAW)).toMatchObject({
      regime: "rolling",
      cycle: undefined,
      firstYear: 2024,
      lastYear: 2026,
      keptYears: [],
    });
    expect(replanWindow(2023, KZ_LAW).citation).toMatchObject({ article: "45", paragraph: "4" });
    // made in 2024 under BC2008: rolling (Art. 45 p.4), 2025–2027
    expect(replanWindow(2024, KZ_LAW)).toMatchObject({ regime: "rolling", lastYear: 2027 });
    expect(replanWindow(2024, KZ_LAW).citation).toMatchObject({ article: "45", paragraph: "4" });
    // made in 2025 under BC2025 (Art. 172 p.1): «Объемы трансфертов общего характера подлежат изменению через
    // каждые три года» (Art. 79 p.2), and the plan made in 2025 opens the first cycle, 2026–2028
    expect(replanWindow(2025, KZ_LAW)).toMatchObject({
      regime: "three_year",
      cycle: { start: 2026, end: 2028 },
      startsCycle: true,
      lastYear: 2028,
      keptYears: [],
    });
    expect(replanWindow(2025, KZ_LAW).citation).toMatchObject({ article: "79", paragraph: "2" });
    expect(replanWindow(2026, KZ_LAW)).toMatchObject({ startsCycle: false, keptYears: [2027, 2028] });
    expect(replanWindow(2027, KZ_LAW)).toMatchObject({ startsCycle: false, keptYears: [2028] });
    // made in 2028: 2029 opens 2029–2031, planned to 2030 (the library's last year)
    expect(replanWindow(2028, KZ_LAW)).toMatchObject({
      cycle: { start: 2029, end: 2031 },
      startsCycle: true,
      lastYear: 2030,
    });
    expect(replanWindow(2029, KZ_LAW)).toMatchObject({ startsCycle: false, keptYears: [2030] });
    expect(KZ_LAW.planning.entries.at(-1)?.value.cycleStart).toBe(2026);
  });

  it("moves the anchor: the years from 2026 to the first anchored cycle form a shorter first cycle", () => {
    // anchor 2027: 2024–2026 would be the cycle of 2026, clipped to 2026 alone
    expect(replanWindow(2025, KZ_LAW, 2027)).toMatchObject({
      cycle: { start: 2026, end: 2026 },
      startsCycle: true,
    });
    expect(replanWindow(2026, KZ_LAW, 2027)).toMatchObject({
      cycle: { start: 2027, end: 2029 },
      startsCycle: true,
    });
    expect(replanWindow(2027, KZ_LAW, 2027)).toMatchObject({ keptYears: [2028, 2029] });
    // anchor 2028: 2025–2027 clipped to 2026–2027
    expect(replanWindow(2025, KZ_LAW, 2028)).toMatchObject({
      cycle: { start: 2026, end: 2027 },
      lastYear: 2027,
    });
    // anchor 2029 ≡ 2026 (mod 3)
    expect(replanWindow(2026, KZ_LAW, 2029)).toEqual(replanWindow(2026, KZ_LAW));
  });

  it("refuses a bad year or anchor with paths", () => {
    expect(inputIssuesOf(() => replanWindow(2017, KZ_LAW)).map((i) => i.path)).toEqual([["madeIn"]]);
    expect(inputIssuesOf(() => replanWindow(2030, KZ_LAW)).map((i) => i.path)).toEqual([["madeIn"]]);
    expect(inputIssuesOf(() => replanWindow(2026.5, KZ_LAW, 2025)).map((i) => i.path)).toEqual([
      ["madeIn"],
      ["cycleStart"],
    ]);
  });
});

describe("replanDistrict — rolling rule for plans made to 2024 (BC2008 Art. 45)", () => {
  // made in 2023 from an assumed 2023 base equal to Druzhba's 2026 figures, flat:
  // subvention = 28 849 − 930 = 27 919 in 2024, 2025 and 2026
  const r2023 = () => replanDistrict({ madeIn: 2023, input: planInput(2023, 2026, [druzhba(2023)]) }, KZ_LAW);

  it("a first plan made in 2023 plans 2024–2026, all re-planned", () => {
    const r = r2023();
    expect(r.regime).toBe("rolling");
    expect(r.citation).toMatchObject({ act: "Budget Code of 4 Dec 2008 No 95-IV", article: "45" });
    expect(amounts(r)).toEqual([
      [2024, "replanned", "subvention", "27919"],
      [2025, "replanned", "subvention", "27919"],
      [2026, "replanned", "subvention", "27919"],
    ]);
    expect(r.units[0]?.years.every((y) => y.rule.article === "45")).toBe(true);
    expect(r.notes.join("\n")).toContain(
      "2026 is set anew by the plan made in 2025 under the three-year rule (Budget Code of 15 Mar 2025 No 171-VIII, Art. 79 p.2",
    );
    expect(r.notes.join("\n")).toContain("No previous plan");
  });

  it("the 2024 re-plan keeps 2024 (in execution) and replaces the 2025 volume", () => {
    const previous = r2023();
    // made in 2024, costs now +10 %/year from 28 849, own revenues flat 930:
    // 2025: 28 849 × 1.1 = 31 733.9 → subvention 31 733.9 − 930 = 30 803.9 (was 27 919)
    // 2026: 28 849 × 1.21 = 34 907.29 → 33 977.29
    // 2027: 28 849 × 1.331 = 38 398.019 → 37 468.019
    const r = replanDistrict(
      {
        previous,
        madeIn: 2024,
        input: planInput(2024, 2027, [druzhba(2024, { costGrowth: "0.1" })]),
      },
      KZ_LAW,
    );
    expect(amounts(r)).toEqual([
      [2024, "executed", "subvention", "27919"],
      [2025, "replanned", "subvention", "30803.9"],
      [2026, "replanned", "subvention", "33977.29"],
      [2027, "replanned", "subvention", "37468.019"],
    ]);
    // the executed year is the previous plan's very entry
    expect(r.units[0]?.years[0]?.transfer).toBe(previous.units[0]?.years[0]?.transfer);
    expect(r.plan.years).toEqual([2025, 2026, 2027]);
    expect(balancesOf(r)).toEqual(["0", "0", "0"]);
  });

  it("a rolling re-plan may fix a new volume for 2025 or equalise it", () => {
    const fixed = replanDistrict(
      {
        previous: r2023(),
        madeIn: 2024,
        input: planInput(2024, 2026, [druzhba(2024, { costGrowth: "0.1", fixed: [[2025, "29000"]] })]),
      },
      KZ_LAW,
    );
    expect(fixed.units[0]?.years[1]).toMatchObject({ year: 2025, status: "replanned" });
    expect(fixed.units[0]?.years[1]?.transfer.source).toBe("fixed");
    // 930 + 29 000 − 31 733.9 = −1 803.9
    expect(balancesOf(fixed)?.[0]).toBe("-1803.9");

    const equalised = replanDistrict(
      {
        previous: r2023(),
        madeIn: 2024,
        input: planInput(2024, 2026, [druzhba(2024, { costGrowth: "0.1" })], {
          equalisation: {
            byYear: { 2025: { kind: "gap_filling", pool: th("30000"), surpluses: { kind: "keep" } } },
          },
        }),
      },
      KZ_LAW,
    );
    // the only unit with a gap takes the whole pool: 930 + 30 000 − 31 733.9 = −803.9
    expect(equalised.units[0]?.years[1]?.transfer.source).toBe("equalisation");
    expect(equalised.units[0]?.years[1]?.transfer.amount.toThousandKzt()).toBe("30000");
    expect(balancesOf(equalised)?.[0]).toBe("-803.9");
  });

  it("refuses a volume for the year in execution and a horizon past the planning period", () => {
    const issues = inputIssuesOf(() =>
      replanDistrict(
        {
          previous: r2023(),
          madeIn: 2024,
          input: planInput(2024, 2028, [druzhba(2024, { fixed: [[2024, "1"]] })]),
        },
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["input", "horizon"],
      ["input", "units", 0, "fixedVolumes", 0, "year"],
    ]);
    expect(issues[0]?.message).toContain("past the planning period 2025–2027");
    expect(issues[1]?.message).toContain("executed or in execution");
    expect(issues[1]?.message).toContain("Budget Code of 4 Dec 2008 No 95-IV, Art. 45 p.4");
  });
});

describe("replanDistrict — the plan made in 2025 opens the first three-year cycle", () => {
  it("sets the cycle 2026–2028 under BC2025: Druzhba's published subventions", () => {
    const r = transition();
    expect(r.regime).toBe("three_year");
    expect(r.window).toMatchObject({ cycle: { start: 2026, end: 2028 }, startsCycle: true });
    expect(amounts(r)).toEqual([
      [2026, "replanned", "subvention", "27919"],
      [2027, "replanned", "subvention", "28000"],
      [2028, "replanned", "subvention", "24563"],
    ]);
    expect(r.units[0]?.years.every((y) => y.rule.article === "79" && y.transfer.source === "fixed")).toBe(
      true,
    );
    // 930 + 27 919 − 28 849 = 0; 930 + 28 000 − 28 849 = 81; 930 + 24 563 − 28 849 = −3 356
    expect(balancesOf(r)).toEqual(["0", "81", "-3356"]);
    // postings 27 919 + 28 000 + 24 563 = 80 482
    expect(Money.sum(r.plan.postings.map((p) => p.amount)).toThousandKzt()).toBe("80482");
    expect(r.notes.join("\n")).toContain("the start of the cycle 2026–2028");
    expect(r.notes.join("\n")).not.toContain("BC2008");
  });

  it("by the formula gives 27 919 a year (28 849 − 930), cited BC2025 Art. 79 p.1 with Art. 80", () => {
    const r = replanDistrict({ madeIn: 2025, input: planInput(2025, 2028, [druzhba(2025)]) }, KZ_LAW);
    expect(r.units[0]?.years.map((y) => y.transfer.amount.toThousandKzt())).toEqual([
      "27919",
      "27919",
      "27919",
    ]);
    expect(r.units[0]?.years[0]?.transfer.citation).toMatchObject({
      act: "Budget Code of 15 Mar 2025 No 171-VIII",
      article: "79",
      paragraph: "1, with Art. 80 p.2-6",
    });
  });

  it("with the anchor moved to 2027 plans 2026 alone", () => {
    const r = replanDistrict(
      {
        madeIn: 2025,
        cycleStart: 2027,
        input: planInput(2025, 2026, [druzhba(2025)]),
      },
      KZ_LAW,
    );
    expect(r.window.cycle).toEqual({ start: 2026, end: 2026 });
    expect(r.plan.years).toEqual([2026]);
    const issues = inputIssuesOf(() =>
      replanDistrict(
        { madeIn: 2025, cycleStart: 2027, input: planInput(2025, 2028, [druzhba(2025)]) },
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([["input", "horizon"]]);
    expect(issues[0]?.message).toContain("set by the plan made in 2026");
  });
});

describe("replanDistrict — three-year rule for plans made from 2025 (BC2025 Art. 79 p.2)", () => {
  it("a mid-cycle re-plan made in 2026 keeps 2027–2028 and shows the updated balances", () => {
    const previous = transition();
    const r = midCycle(previous);
    expect(r.window).toMatchObject({ cycle: { start: 2026, end: 2028 }, startsCycle: false });
    expect(amounts(r)).toEqual([
      [2026, "executed", "subvention", "27919"],
      [2027, "kept", "subvention", "28000"],
      [2028, "kept", "subvention", "24563"],
    ]);
    // verbatim: the very entries of the previous plan
    for (const j of [0, 1, 2])
      expect(r.units[0]?.years[j]?.transfer).toBe(previous.units[0]?.years[j]?.transfer);
    // 2027: own 930 × 1.05 = 976.5, costs 28 849 × 1.1 = 31 733.9 → 976.5 + 28 000 − 31 733.9 = −2 757.4
    //       (the formula would have asked 31 733.9 − 976.5 = 30 757.4)
    // 2028: own 930 × 1.1025 = 1 025.325, costs 28 849 × 1.21 = 34 907.29
    //       → 1 025.325 + 24 563 − 34 907.29 = −9 318.965
    expect(balancesOf(r)).toEqual(["-2757.4", "-9318.965"]);
    expect(r.plan.units[0]?.years.map((y) => y.transfer.source)).toEqual(["fixed", "fixed"]);
    // postings 28 000 + 24 563 = 52 563; district outlays equal the kept subventions
    expect(Money.sum(r.plan.postings.map((p) => p.amount)).toThousandKzt()).toBe("52563");
    expect(r.plan.byYear.map((d) => [d.outlay.toThousandKzt(), d.balanced])).toEqual([
      ["28000", true],
      ["24563", true],
    ]);
    expect(r.notes.join("\n")).toContain("are kept");
  });

  it("a later mid-cycle re-plan (made in 2027) keeps 2028 from the 2026 re-plan", () => {
    const t = transition();
    const r = replanDistrict(
      {
        previous: midCycle(t),
        madeIn: 2027,
        input: planInput(2027, 2028, [druzhba(2026, { costGrowth: "0.2" })]),
      },
      KZ_LAW,
    );
    expect(amounts(r)).toEqual([
      [2026, "executed", "subvention", "27919"],
      [2027, "executed", "subvention", "28000"],
      [2028, "kept", "subvention", "24563"],
    ]);
    expect(r.units[0]?.years[2]?.transfer).toBe(t.units[0]?.years[2]?.transfer);
    // costs 28 849 × 1.2² = 41 542.56 → 930 + 24 563 − 41 542.56 = −16 049.56
    expect(balancesOf(r)).toEqual(["-16049.56"]);
  });

  it("a re-plan made in 2028 opens 2029–2031 and sets new volumes for 2029–2030", () => {
    const t = transition();
    const previous = midCycle(t);
    // base 2028: own 1 025.325 (+5 %/year), costs 34 907.29 (+10 %/year), the formula:
    // 2029: costs 34 907.29 × 1.1 = 38 398.019, own 1 025.325 × 1.05 = 1 076.59125
    //       → subvention 38 398.019 − 1 076.59125 = 37 321.42775
    // 2030: costs 34 907.29 × 1.21 = 42 237.8209 (4 223 782 090 tiyn),
    //       own 1 025.325 × 1.1025 = 1 130.4208125 thousand = 113 042 081.25 tiyn → 113 042 081 tiyn
    //       → subvention 4 223 782 090 − 113 042 081 = 4 110 740 009 tiyn = 41 107.40009
    const r = replanDistrict(
      {
        previous,
        madeIn: 2028,
        input: planInput(2028, 2030, [
          druzhba(2028, { own: "1025.325", costs: "34907.29", ownGrowth: "0.05", costGrowth: "0.1" }),
        ]),
      },
      KZ_LAW,
    );
    expect(r.window).toMatchObject({ cycle: { start: 2029, end: 2031 }, startsCycle: true, lastYear: 2030 });
    expect(amounts(r)).toEqual([
      [2026, "executed", "subvention", "27919"],
      [2027, "executed", "subvention", "28000"],
      [2028, "executed", "subvention", "24563"],
      [2029, "replanned", "subvention", "37321.42775"],
      [2030, "replanned", "subvention", "41107.40009"],
    ]);
    expect(r.units[0]?.years[1]?.transfer).toBe(t.units[0]?.years[1]?.transfer);
    expect(balancesOf(r)).toEqual(["0", "0"]);
    expect(r.notes.join("\n")).toContain("2031 of the cycle 2029–2031 is past 2030");
    // 2031 is past the library's last forecast year: planDistrict refuses it, under `input.`
    const issues = inputIssuesOf(() =>
      replanDistrict({ previous, madeIn: 2028, input: planInput(2028, 2031, [druzhba(2028)]) }, KZ_LAW),
    );
    expect(issues.map((i) => i.path)).toEqual([["input", "horizon"]]);
  });

  it("keeps a 'none' year without a transfer and without a posting", () => {
    const entry = (year: number, kind: PlannedTransfer["kind"], amount: string) => ({
      year,
      transfer: {
        kind,
        amount: th(amount),
        source: "fixed" as const,
        citation: generalTransferCitation(year, KZ_LAW),
      },
    });
    // the schedule fixed for 2026–2028 (Kamysty rural district's figures are illustrative)
    const previous: TransferSchedule = {
      units: [
        {
          code: DRUZHBA.code,
          years: [
            entry(2026, "subvention", "27919"),
            entry(2027, "subvention", "28000"),
            entry(2028, "subvention", "24563"),
          ],
        },
        {
          code: KAMYSTY_RD.code,
          years: [entry(2028, "withdrawal", "200"), entry(2027, "none", "0"), entry(2026, "none", "0")],
        },
      ],
    };
    const kamysty: PlanUnitInput = {
      ...KAMYSTY_RD,
      base: { year: 2026, ownRevenues: { own: th("5000") }, costs: th("5000") },
      revenueGrowth: { own: "0.1" },
      costGrowth: "0",
    };
    const r = replanDistrict(
      {
        previous,
        madeIn: 2026,
        input: planInput(2026, 2028, [druzhba(2026), kamysty]),
      },
      KZ_LAW,
    );
    expect(amounts(r, 1)).toEqual([
      [2026, "executed", "none", "0"],
      [2027, "kept", "none", "0"],
      [2028, "kept", "withdrawal", "200"],
    ]);
    // 2027: own 5 000 × 1.1 = 5 500, costs 5 000, no transfer kept (the formula would withdraw 500) → +500
    // 2028: own 5 000 × 1.21 = 6 050 − withdrawal 200 − costs 5 000 = +850
    expect(balancesOf(r, 1)).toEqual(["500", "850"]);
    expect(r.plan.units[1]?.years[0]?.transfer).toMatchObject({ kind: "none", source: "fixed" });
    expect(r.plan.units[1]?.years[0]?.transfer.citation).toBe(
      KZ_LAW.planning.entries.at(-1)?.value.fixedVolumes,
    );
    expect(r.plan.units[1]?.postings.map((p) => p.date)).toEqual(["2028-01-01"]);
    // Druzhba flat: 930 + 28 000 − 28 849 = 81; 930 + 24 563 − 28 849 = −3 356
    expect(balancesOf(r, 0)).toEqual(["81", "-3356"]);
    // 2027: outlay 28 000 (no withdrawal); 2028: 24 563 − 200 = 24 363
    expect(
      r.plan.byYear.map((d) => [
        d.subventions.toThousandKzt(),
        d.withdrawals.toThousandKzt(),
        d.outlay.toThousandKzt(),
        d.districtBalanceChange.toThousandKzt(),
        d.balanced,
      ]),
    ).toEqual([
      ["28000", "0", "28000", "-28000", true],
      ["24563", "200", "24363", "-24363", true],
    ]);
    expect(r.plan.postings).toHaveLength(3);
    expect(r.notes.join("\n")).toContain("394830000: 2027 kept without a transfer");
    // the same re-plan with Kamysty rural district's own fixed volumes
    const withFixed = (fixedVolumes: readonly PlanFixedVolume[]) =>
      replanDistrict(
        {
          previous,
          madeIn: 2026,
          input: planInput(2026, 2028, [druzhba(2026), { ...kamysty, fixedVolumes }]),
        },
        KZ_LAW,
      );
    // a fixed volume that would give the kept 'none' a transfer is refused
    const issues = inputIssuesOf(() =>
      withFixed([{ year: 2027, kind: "budget_withdrawal", amount: th("500") }]),
    );
    expect(issues.map((i) => i.path)).toEqual([["input", "units", 1, "fixedVolumes", 0, "year"]]);
    expect(issues[0]?.message).toContain("none (no transfer)");
    // the caller may repeat the kept 'none' as a fixed "none" (the same result); a "none" for the kept
    // withdrawal of 2028 would change it and is refused
    const repeated = withFixed([{ year: 2027, kind: "none" }]);
    expect(amounts(repeated, 1)).toEqual(amounts(r, 1));
    expect(balancesOf(repeated, 1)).toEqual(["500", "850"]);
    const changed = inputIssuesOf(() => withFixed([{ year: 2028, kind: "none" }]));
    expect(changed.map((i) => i.path)).toEqual([["input", "units", 1, "fixedVolumes", 0, "year"]]);
    expect(changed[0]?.message).toContain("(withdrawal 200 thousand KZT) is kept");
    expect(changed[0]?.message).toContain("this fixed volume (none (no transfer)) would change it");
  });

  it("accepts a fixed volume equal to the kept one and refuses one that changes it", () => {
    const previous = transition();
    const same = replanDistrict(
      {
        previous,
        madeIn: 2026,
        input: planInput(2026, 2028, [druzhba(2026, { fixed: [[2027, "28000"]] })]),
      },
      KZ_LAW,
    );
    expect(amounts(same)?.[1]).toEqual([2027, "kept", "subvention", "28000"]);
    const issues = inputIssuesOf(() =>
      replanDistrict(
        {
          previous,
          madeIn: 2026,
          input: planInput(2026, 2028, [druzhba(2026, { fixed: [[2028, "30000"]] })], {
            equalisation: { byYear: { 2027: { kind: "gap_filling", surpluses: { kind: "keep" } } } },
          }),
        },
        KZ_LAW,
      ),
    );
    // grouped by place: the input's own fields, then each unit's
    expect(issues.map((i) => i.path)).toEqual([
      ["input", "equalisation", "byYear", "2027"],
      ["input", "units", 0, "fixedVolumes", 0, "year"],
    ]);
    expect(issues[1]?.message).toContain("Budget Code of 15 Mar 2025 No 171-VIII, Art. 79 p.2");
    expect(issues[1]?.message).toContain("subvention 24563 thousand KZT");
    expect(issues[1]?.message).toContain("cycle 2026–2028");
    expect(issues[0]?.message).toContain("an equalisation method would set it anew");
  });

  it("refuses a mid-cycle re-plan without the kept volumes, or past the cycle's end", () => {
    const none = inputIssuesOf(() =>
      replanDistrict({ madeIn: 2026, input: planInput(2026, 2029, [druzhba(2026)]) }, KZ_LAW),
    );
    expect(none.map((i) => i.path)).toEqual([["input", "horizon"], ["previous"]]);
    expect(none[0]?.message).toContain("belong to the next cycle, set by the plan made in 2028");
    // a mid-cycle re-plan shows every kept volume of the cycle: horizon 2027 < 2028 is refused
    const short2027 = inputIssuesOf(() =>
      replanDistrict(
        { previous: transition(), madeIn: 2026, input: planInput(2026, 2027, [druzhba(2026)]) },
        KZ_LAW,
      ),
    );
    expect(short2027.map((i) => i.path)).toEqual([["input", "horizon"]]);
    expect(short2027[0]?.message).toContain("set the horizon to 2028");
    // a previous plan without 2028 (the 2025 plan made to 2027 only)
    const short = replanDistrict({ madeIn: 2025, input: planInput(2025, 2027, [druzhba(2025)]) }, KZ_LAW);
    expect(short.notes.join("\n")).toContain("2028 could be planned too but is past the horizon 2027");
    const missing = inputIssuesOf(() => midCycle(short));
    expect(missing.map((i) => i.path)).toEqual([["previous", "units", 0, "years"]]);
    expect(missing[0]?.message).toContain("no volume for 2028");
  });
});

describe("replanDistrict — input problems", () => {
  it("lists every problem at once with its path", () => {
    const previous: TransferSchedule = {
      units: [
        { code: "394899999", years: [] },
        {
          code: DRUZHBA.code,
          years: [
            {
              year: 2026,
              transfer: {
                kind: "gift" as never,
                amount: th("1"),
                source: "fixed",
                citation: generalTransferCitation(2026, KZ_LAW),
              },
            },
            {
              year: 2026,
              transfer: {
                kind: "none",
                amount: th("0"),
                source: "fixed",
                citation: generalTransferCitation(2026, KZ_LAW),
              },
            },
            {
              year: 2027,
              transfer: {
                kind: "subvention",
                amount: th("-1"),
                source: "fixed",
                citation: generalTransferCitation(2027, KZ_LAW),
              },
            },
          ],
        },
      ],
    };
    const issues = inputIssuesOf(() =>
      replanDistrict(
        {
          previous,
          madeIn: 2026,
          input: planInput(2026, 2028, [druzhba(2026), { ...druzhba(2026), code: "394849000" }], {
            includeBaseYear: true,
          }),
        },
        KZ_LAW,
      ),
    );
    // grouped by place (each unit of the previous plan, then the input), in the order found within each
    expect(issues.map((i) => i.path)).toEqual([
      ["previous", "units", 0, "code"],
      ["previous", "units", 1, "years", 0, "transfer", "kind"],
      ["previous", "units", 1, "years", 2, "transfer", "amount"],
      ["previous", "units", 1, "years", 1, "year"],
      ["previous", "units", 1, "years"],
      ["input", "includeBaseYear"],
      ["input", "units", 1, "code"],
    ]);
    expect(issues.find((i) => i.path.join() === "previous,units,1,years")?.message).toContain("2027, 2028");
  });

  it("reports a bigint amount or an amount on a 'none' as an issue, never a TypeError", () => {
    const entry = (year: number, kind: "subvention" | "none", amount: unknown) => ({
      year,
      transfer: {
        kind,
        amount: amount as Money,
        source: "fixed" as const,
        citation: generalTransferCitation(year, KZ_LAW),
      },
    });
    const previous: TransferSchedule = {
      units: [{ code: DRUZHBA.code, years: [entry(2026, "subvention", 5n), entry(2027, "none", th("1"))] }],
    };
    const issues = inputIssuesOf(() =>
      replanDistrict({ previous, madeIn: 2026, input: planInput(2026, 2028, [druzhba(2026)]) }, KZ_LAW),
    );
    expect(issues.filter((i) => i.path.at(-1) === "amount")).toEqual([
      {
        path: ["previous", "units", 0, "years", 0, "transfer", "amount"],
        message:
          'must be a Money amount (got 5n): build one with Money.kzt("1250.50") or Money.thousandKzt("54959")',
        code: "INVALID_AMOUNT",
      },
      {
        path: ["previous", "units", 0, "years", 1, "transfer", "amount"],
        message: 'a "none" entry (no transfer) has the amount zero, got 1000.00 KZT',
        code: "INVALID_AMOUNT",
      },
    ]);
  });

  it("refuses a bad madeIn, anchor or base year", () => {
    const input = planInput(2026, 2027, [druzhba(2026)]);
    expect(inputIssuesOf(() => replanDistrict({ madeIn: 2017, input }, KZ_LAW)).map((i) => i.path)).toEqual([
      ["madeIn"],
    ]);
    expect(inputIssuesOf(() => replanDistrict({ madeIn: 2030, input }, KZ_LAW)).map((i) => i.path)).toEqual([
      ["madeIn"],
    ]);
    expect(
      inputIssuesOf(() => replanDistrict({ madeIn: 2026, cycleStart: 2025, input }, KZ_LAW)).map(
        (i) => i.path,
      ),
    ).toEqual([["cycleStart"]]);
    const base = inputIssuesOf(() => replanDistrict({ madeIn: 2025, input }, KZ_LAW));
    expect(base.map((i) => i.path)).toEqual([["input", "baseYear"]]);
    expect(base[0]?.message).toContain("must be 2025");
  });

  it("reports planDistrict's problems under `input.` with the caller's fixed-volume index", () => {
    const issues = inputIssuesOf(() =>
      replanDistrict(
        {
          madeIn: 2023,
          input: planInput(2023, 2025, [
            {
              ...druzhba(2023, { costGrowth: "x" }),
              fixedVolumes: [
                { year: 2023, kind: "subvention", amount: th("1") },
                { year: 2024, kind: "subvention", amount: th("0") },
              ],
            },
          ]),
        },
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["input", "units", 0, "fixedVolumes", 1, "amount"],
      ["input", "units", 0, "costGrowth"],
      ["input", "units", 0, "fixedVolumes", 0, "year"],
    ]);
  });
});

describe("replanDistrict — the TSDoc example", () => {
  it("runs as written", () => {
    const th = (a: string) => Money.thousandKzt(a);
    const district = { code: "394800000", name: "Камыстинский район" };
    const druzhba = { code: "394845000", name: "с. Дружба", revenueGrowth: { own: "0" } };
    const previous = planDistrict(
      {
        district,
        baseYear: 2026,
        horizon: 2028,
        includeBaseYear: true,
        units: [
          {
            ...druzhba,
            base: { year: 2026, ownRevenues: { own: th("930") }, costs: th("28849") },
            costGrowth: "0",
            fixedVolumes: [
              { year: 2026, kind: "subvention", amount: th("27919") },
              { year: 2027, kind: "subvention", amount: th("28000") },
              { year: 2028, kind: "subvention", amount: th("24563") },
            ],
          },
        ],
      },
      KZ_LAW,
    );
    const r = replanDistrict(
      {
        previous,
        madeIn: 2026,
        input: {
          district,
          baseYear: 2026,
          horizon: 2028,
          units: [
            {
              ...druzhba,
              base: { year: 2026, ownRevenues: { own: th("930") }, costs: th("28849") },
              costGrowth: "0.1",
            },
          ],
        },
      },
      KZ_LAW,
    );
    expect(r.regime).toBe("three_year");
    expect(r.units[0]?.years.map((y) => y.status)).toEqual(["executed", "kept", "kept"]);
    expect(r.units[0]?.years.map((y) => y.transfer.amount.toThousandKzt())).toEqual([
      "27919",
      "28000",
      "24563",
    ]);
    expect(r.plan.units[0]?.years.map((y) => y.balance.toThousandKzt())).toEqual(["-2803.9", "-9414.29"]);
  });
});

/** Druzhba village with its published 2026 own revenues (930) and costs (28 849), flat. */
const unit = {
  code: "394845000",
  name: "Дружбинская с.а.",
  base: { year: 2026, ownRevenues: { tax: Money.thousandKzt("930") }, costs: Money.thousandKzt("28849") },
  revenueGrowth: { tax: "0" },
  costGrowth: "0",
};

describe("replanDistrict — the previous plan's district", () => {
  it("refuses a previous plan of another district", () => {
    const elsewhere = planDistrict(
      {
        district: { code: "104000000", name: "Бородулихинский район" },
        baseYear: 2026,
        horizon: 2028,
        units: [unit],
      },
      KZ_LAW,
    );
    const issues = inputIssuesOf(() =>
      replanDistrict(
        {
          previous: elsewhere,
          madeIn: 2026,
          input: {
            district: { code: "394800000", name: "Камыстинский район" },
            baseYear: 2026,
            horizon: 2028,
            units: [unit],
          },
        },
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toContainEqual(["previous", "district", "code"]);
  });
});

describe("replanDistrict — a kept volume given twice", () => {
  it("is named as given twice, not as a change", () => {
    const district = { code: "394800000", name: "Камыстинский район" };
    const subvention = (year: number, amount: string) => ({
      year,
      kind: "subvention" as const,
      amount: Money.thousandKzt(amount),
    });
    const previous = planDistrict(
      {
        district,
        baseYear: 2026,
        horizon: 2028,
        includeBaseYear: true,
        units: [
          {
            ...unit,
            fixedVolumes: [subvention(2026, "27919"), subvention(2027, "28000"), subvention(2028, "24563")],
          },
        ],
      },
      KZ_LAW,
    );
    const issues = inputIssuesOf(() =>
      replanDistrict(
        {
          previous,
          madeIn: 2026,
          input: {
            district,
            baseYear: 2026,
            horizon: 2028,
            units: [{ ...unit, fixedVolumes: [subvention(2028, "24563"), subvention(2028, "24563")] }],
          },
        },
        KZ_LAW,
      ),
    );
    // reported once, by the re-plan, and not passed on to planDistrict to be reported again
    expect(issues).toEqual([
      {
        path: ["input", "units", 0, "fixedVolumes", 1, "year"],
        code: "INVALID_INPUT",
        message: "2028 already has a fixed volume",
      },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "../../../test/support.js";
import { balances } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import {
  type DistrictPlanInput,
  type PlanFixedVolume,
  type PlanUnitInput,
  planDistrict,
} from "./district-plan.js";

const th = (amount: string) => Money.thousandKzt(amount);
const KAMYSTY = { code: "394800000", name: "Камыстинский район" };

/**
 * Druzhba village, Kamysty district, base 2026 from its published budget decision (thousand KZT):
 * tax revenues 912, non-tax 18, costs 28 849, transfers 27 919 (930 + 27 919 = 28 849: the decision
 * balances). The maslikhat fixed subventions 27 919 / 28 000 / 24 563 for 2026–2028; growth is flat ("0").
 */
const druzhba = (fixed: readonly [number, string][]): PlanUnitInput => ({
  code: "394845000",
  name: "с. Дружба",
  base: { year: 2026, ownRevenues: { tax: th("912"), non_tax: th("18") }, costs: th("28849") },
  revenueGrowth: { tax: "0", non_tax: "0" },
  costGrowth: "0",
  fixedVolumes: fixed.map(([year, amount]) => ({ year, kind: "subvention" as const, amount: th(amount) })),
});

describe("planDistrict — Druzhba village (real anchor)", () => {
  it("carries the fixed subventions of 2027 and 2028 and shows the financing balances", () => {
    const plan = planDistrict(
      {
        district: KAMYSTY,
        baseYear: 2026,
        horizon: 2028,
        units: [
          druzhba([
            [2027, "28000"],
            [2028, "24563"],
          ]),
        ],
      },
      KZ_LAW,
    );
    expect(plan.years).toEqual([2027, 2028]);
    const [y2027, y2028] = plan.units[0]?.years ?? [];
    // own revenues stay 912 + 18 = 930, costs 28 849 (flat growth)
    expect(y2027?.ownRevenues.total.toThousandKzt()).toBe("930");
    expect(y2027?.costs.toThousandKzt()).toBe("28849");
    expect(y2027?.transfer).toMatchObject({ kind: "subvention", source: "fixed" });
    expect(y2027?.transfer.amount.toThousandKzt()).toBe("28000");
    // 930 + 28 000 − 28 849 = 81, i.e. the fixed 28 000 exceeds the formula's 27 919 by 81
    expect(y2027?.balance.toThousandKzt()).toBe("81");
    // 930 + 24 563 − 28 849 = −3 356, i.e. 24 563 − 27 919: a financing need of 3 356
    expect(y2028?.balance.toThousandKzt()).toBe("-3356");
    expect(y2028?.transfer.amount.toThousandKzt()).toBe("24563");
    // self-sufficiency 930 / 28 849 = 3.2237 % → "3.2"
    expect(y2027?.selfSufficiency).toBe("3.2");
    // a fixed volume rests on the rule of fixed volumes, BC2025 Art. 79 p.2; its posting on Art. 79 p.1
    expect(y2027?.transfer.citation).toMatchObject({ article: "79", paragraph: "2" });
    expect(y2027?.transfer.citation.act).toContain("2025");
    // base year not planned: two postings, 28 000 + 24 563 = 52 563
    expect(plan.postings).toHaveLength(2);
    expect(Money.sum(plan.postings.map((p) => p.amount)).toThousandKzt()).toBe("52563");
    expect(plan.postings.map((p) => p.date)).toEqual(["2027-01-01", "2028-01-01"]);
  });

  it("with includeBaseYear plans 2026 too: three postings summing to 80 482", () => {
    const plan = planDistrict(
      {
        district: KAMYSTY,
        baseYear: 2026,
        horizon: 2028,
        includeBaseYear: true,
        units: [
          druzhba([
            [2026, "27919"],
            [2027, "28000"],
            [2028, "24563"],
          ]),
        ],
      },
      KZ_LAW,
    );
    expect(plan.years).toEqual([2026, 2027, 2028]);
    // 2026: 930 + 27 919 − 28 849 = 0; then 81 and −3 356 as above
    expect(plan.units[0]?.years.map((y) => y.balance.toThousandKzt())).toEqual(["0", "81", "-3356"]);
    // 27 919 + 28 000 + 24 563 = 80 482
    expect(plan.postings).toHaveLength(3);
    expect(Money.sum(plan.postings.map((p) => p.amount)).toThousandKzt()).toBe("80482");
    expect(plan.byYear.map((y) => y.outlay.toThousandKzt())).toEqual(["27919", "28000", "24563"]);
    expect(plan.byYear.map((y) => y.districtBalanceChange.toThousandKzt())).toEqual([
      "-27919",
      "-28000",
      "-24563",
    ]);
    expect(plan.byYear.every((y) => y.balanced)).toBe(true);
    expect(balances(plan.postings).get("budget:4:394845000")?.balance.toThousandKzt()).toBe("80482");
  });

  it("refuses a fixed volume for the base year when the base year is not planned", () => {
    expect(() =>
      planDistrict(
        { district: KAMYSTY, baseYear: 2026, horizon: 2028, units: [druzhba([[2026, "27919"]])] },
        KZ_LAW,
      ),
    ).toThrow(/units\[0\]\.fixedVolumes\[0\]\.year/);
  });
});

/**
 * Three units, base 2026, horizon 2028, thousand KZT.
 * - Akkol: tax 1 000 growing 10 % a year, costs 5 000 flat.
 *   2027: 1 100 − 5 000 = −3 900 → subvention 3 900; 2028: 1 210 − 5 000 → subvention 3 790.
 * - Berik: tax 8 000 flat, non-tax 200 growing 50 %; costs 6 000 growing 5 %.
 *   2027: 8 000 + 300 = 8 300; costs 6 300 → withdrawal 2 000.
 *   2028: 8 000 + 450 = 8 450; costs 6 615 → withdrawal 1 835.
 * - Zhana: tax 3 000, costs 3 000, flat → no transfer.
 * District outlay: 2027 3 900 − 2 000 = 1 900; 2028 3 790 − 1 835 = 1 955.
 */
const three: PlanUnitInput[] = [
  {
    code: "100000001",
    name: "Akkol",
    base: { year: 2026, ownRevenues: { tax: th("1000") }, costs: th("5000") },
    revenueGrowth: { tax: { 2027: "0.1", 2028: "0.1" } },
    costGrowth: "0",
    indicators: { population: "1200" },
  },
  {
    code: "100000002",
    name: "Berik",
    base: { year: 2026, ownRevenues: { tax: th("8000"), non_tax: th("200") }, costs: th("6000") },
    revenueGrowth: { tax: "0", non_tax: "0.5" },
    costGrowth: "0.05",
    indicators: { population: "800" },
  },
  {
    code: "100000003",
    name: "Zhana",
    base: { year: 2026, ownRevenues: { tax: th("3000") }, costs: th("3000") },
    revenueGrowth: { tax: "0" },
    costGrowth: "0",
    indicators: { population: "2000" },
  },
];
const base: DistrictPlanInput = {
  district: { code: "100000000", name: "Test district" },
  baseYear: 2026,
  horizon: 2028,
  units: three,
};
const amounts = (plan: ReturnType<typeof planDistrict>, year: number) =>
  plan.units.map((u) => {
    const y = u.years.find((x) => x.year === year);
    return `${y?.transfer.kind} ${y?.transfer.amount.toThousandKzt()} ${y?.transfer.source}`;
  });

describe("planDistrict — three units", () => {
  it("under the formula: subvention, withdrawal and none, balances zero", () => {
    const plan = planDistrict(base, KZ_LAW);
    expect(amounts(plan, 2027)).toEqual([
      "subvention 3900 formula",
      "withdrawal 2000 formula",
      "none 0 formula",
    ]);
    expect(amounts(plan, 2028)).toEqual([
      "subvention 3790 formula",
      "withdrawal 1835 formula",
      "none 0 formula",
    ]);
    expect(plan.units.flatMap((u) => u.years.map((y) => y.balance.isZero()))).toEqual(Array(6).fill(true));
    // Berik 2027: 8 300 / 6 300 = 131.746 % → "131.7"; Akkol 1 100 / 5 000 = 22 %; Zhana 100 %
    expect(plan.units.map((u) => u.years[0]?.selfSufficiency)).toEqual(["22.0", "131.7", "100.0"]);
    expect(plan.units[1]?.years[1]?.ownRevenues.lines.non_tax?.toThousandKzt()).toBe("450");
    // made in 2026 (baseYear): BC2025 Art. 79 p.1 with Art. 80
    expect(plan.units[0]?.years[0]?.transfer.citation).toMatchObject({
      article: "79",
      paragraph: "1, with Art. 80 p.2-6",
    });
    expect(
      plan.byYear.map((y) => [y.subventions, y.withdrawals, y.outlay].map((m) => m.toThousandKzt())),
    ).toEqual([
      ["3900", "2000", "1900"],
      ["3790", "1835", "1955"],
    ]);
    expect(plan.byYear.every((y) => y.balanced)).toBe(true);
    // Zhana has no posting: 2 for Akkol + 2 for Berik
    expect(plan.postings).toHaveLength(4);
    expect(plan.postings[2]?.from).toMatchObject({ level: 4, code: "100000002" });
    expect(plan.postings[2]?.id).toContain("plan:100000002:2027");
  });

  it("with a fixed pool by population in 2027 and the formula in 2028", () => {
    // pool 6 000 by population 1 200 : 800 : 2 000 (of 4 000) → 1 800 / 1 200 / 3 000
    // balances 2027: Akkol 1 100 + 1 800 − 5 000 = −2 100; Berik 8 300 + 1 200 − 6 300 = 3 200;
    // Zhana 3 000 + 3 000 − 3 000 = 3 000. Outlay 6 000 (no withdrawal under weights).
    const plan = planDistrict(
      {
        ...base,
        equalisation: { byYear: { 2027: { kind: "weights", pool: th("6000"), indicator: "population" } } },
      },
      KZ_LAW,
    );
    expect(amounts(plan, 2027)).toEqual([
      "subvention 1800 equalisation",
      "subvention 1200 equalisation",
      "subvention 3000 equalisation",
    ]);
    expect(plan.units.map((u) => u.years[0]?.balance.toThousandKzt())).toEqual(["-2100", "3200", "3000"]);
    expect(plan.byYear[0]?.outlay.toThousandKzt()).toBe("6000");
    expect(plan.byYear[0]?.districtBalanceChange.toThousandKzt()).toBe("-6000");
    // 2028 falls back to the formula: 3 790 − 1 835 = 1 955
    expect(amounts(plan, 2028)).toEqual([
      "subvention 3790 formula",
      "withdrawal 1835 formula",
      "none 0 formula",
    ]);
    expect(plan.byYear[1]?.outlay.toThousandKzt()).toBe("1955");
    expect(plan.byYear.every((y) => y.balanced)).toBe(true);
  });

  it("reports every problem at once with its path", () => {
    const bad: DistrictPlanInput = {
      ...base,
      units: [
        { ...three[0], revenueGrowth: { tax: "0", vat: "0" } } as PlanUnitInput,
        {
          ...(three[1] as PlanUnitInput),
          fixedVolumes: [{ year: 2027, kind: "subvention", amount: th("0") }],
        },
        { ...(three[2] as PlanUnitInput), code: "100000001" },
      ],
      equalisation: {
        byYear: {
          2027: { kind: "weights", pool: th("1"), indicator: "population" },
          2031: { kind: "weights", pool: th("1"), indicator: "population" },
        },
      },
    };
    const paths = inputIssuesOf(() => planDistrict(bad, KZ_LAW)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["equalisation", "byYear", "2031"],
        ["units", 2, "code"],
        ["units", 0, "revenueGrowth", "vat"],
        ["units", 1, "fixedVolumes", 0, "amount"],
      ]),
    );
  });

  it("with a fixed 'none' year: no transfer, no posting, balance own revenues − costs", () => {
    // Akkol 2027 and Berik 2028 fixed without a transfer; the other years as under the formula.
    // Akkol 2027: 1 100 − 5 000 = −3 900 (the formula would give a subvention of 3 900); 2028 formula 3 790.
    // Berik 2027 formula: withdrawal 2 000; 2028: 8 450 − 6 615 = +1 835 (the formula would withdraw it).
    // District 2027: subventions 0, withdrawals 2 000, outlay −2 000 (the district account gains 2 000);
    // 2028: subventions 3 790, withdrawals 0, outlay 3 790. Postings: Akkol 2028 and Berik 2027 only.
    const plan = planDistrict(
      {
        ...base,
        units: [
          { ...(three[0] as PlanUnitInput), fixedVolumes: [{ year: 2027, kind: "none" }] },
          { ...(three[1] as PlanUnitInput), fixedVolumes: [{ year: 2028, kind: "none" }] },
          three[2] as PlanUnitInput,
        ],
      },
      KZ_LAW,
    );
    expect(amounts(plan, 2027)).toEqual(["none 0 fixed", "withdrawal 2000 formula", "none 0 formula"]);
    expect(amounts(plan, 2028)).toEqual(["subvention 3790 formula", "none 0 fixed", "none 0 formula"]);
    expect(plan.units.map((u) => u.years.map((y) => y.balance.toThousandKzt()))).toEqual([
      ["-3900", "0"],
      ["0", "1835"],
      ["0", "0"],
    ]);
    // the ground of a fixed "none" is the rule of fixed volumes: BC2025 Art. 79 p.2 from 2026
    expect(plan.units[0]?.years[0]?.transfer.citation).toMatchObject({ article: "79", paragraph: "2" });
    expect(
      plan.byYear.map((y) =>
        [y.subventions, y.withdrawals, y.outlay, y.districtBalanceChange].map((m) => m.toThousandKzt()),
      ),
    ).toEqual([
      ["0", "2000", "-2000", "2000"],
      ["3790", "0", "3790", "-3790"],
    ]);
    expect(plan.byYear.every((y) => y.balanced)).toBe(true);
    expect(plan.postings).toHaveLength(2);
    expect(plan.units.map((u) => u.postings.map((p) => p.date))).toEqual([
      ["2028-01-01"],
      ["2027-01-01"],
      [],
    ]);
  });

  it("cites the rule of fixed volumes of the year the plan is made: BC2008 Art. 45 p.4 for a plan made in 2024", () => {
    // Zhana with base 2024: own 3 000, costs 2 000, flat; fixed "none" in 2025 and 2026 → +1 000 each year
    const plan = planDistrict(
      {
        ...base,
        baseYear: 2024,
        horizon: 2026,
        units: [
          {
            ...(three[2] as PlanUnitInput),
            base: { year: 2024, ownRevenues: { tax: th("3000") }, costs: th("2000") },
            fixedVolumes: [
              { year: 2025, kind: "none" },
              { year: 2026, kind: "none" },
            ],
          },
        ],
      },
      KZ_LAW,
    );
    const years = plan.units[0]?.years ?? [];
    expect(years.map((y) => y.balance.toThousandKzt())).toEqual(["1000", "1000"]);
    // made in 2024 under BC2008 (Art. 45 p.4, the rolling rule), for 2025 and 2026 alike: the Code in force
    // when the maslikhat fixes the volumes (BC2025 only from 1 Jan 2025, its Art. 172 p.1)
    expect(years.map((y) => [y.transfer.citation.article, y.transfer.citation.paragraph])).toEqual([
      ["45", "4"],
      ["45", "4"],
    ]);
    // the same volumes fixed by a plan made in 2025 rest on BC2025 Art. 79 p.2 («подлежат изменению через
    // каждые три года»)
    const made2025 = planDistrict(
      {
        ...base,
        baseYear: 2025,
        horizon: 2026,
        units: [
          {
            ...(three[2] as PlanUnitInput),
            base: { year: 2025, ownRevenues: { tax: th("3000") }, costs: th("2000") },
            fixedVolumes: [{ year: 2026, kind: "none" }],
          },
        ],
      },
      KZ_LAW,
    );
    expect(made2025.units[0]?.years[0]?.transfer.citation).toMatchObject({ article: "79", paragraph: "2" });
    expect(plan.postings).toHaveLength(0);
    expect(plan.byYear.map((y) => [y.outlay.isZero(), y.balanced])).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it("refuses an amount on a fixed 'none' and reports it with a bad equalisation method", () => {
    const issues = inputIssuesOf(() =>
      planDistrict(
        {
          ...base,
          units: [
            {
              ...(three[0] as PlanUnitInput),
              fixedVolumes: [{ year: 2027, kind: "none", amount: th("0") } as unknown as PlanFixedVolume],
            },
            three[1] as PlanUnitInput,
            three[2] as PlanUnitInput,
          ],
          equalisation: { byYear: { 2028: { kind: "weights", pool: th("-1"), indicator: "population" } } },
        },
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["units", 0, "fixedVolumes", 0, "amount"],
      ["equalisation", "byYear", "2028", "pool"],
    ]);
    expect(issues[0]?.message).toContain('a fixed "none" (no general transfer in 2027) has no amount');
  });

  it("a fixed volume wins in an equalisation year: the method shares the pool among the other units", () => {
    // Akkol fixed at 500 in 2027; the pool 6 000 goes by population to Berik (800) and Zhana (2 000):
    // 6 000 000 KZT × 800 / 2 800 = 1 714 285.714…, × 2 000 / 2 800 = 4 285 714.285…; in tiyn the floors
    // 171 428 571 + 428 571 428 are one tiyn short, the larger remainder (.571, Zhana) gets it
    const plan = planDistrict(
      {
        ...base,
        units: [
          {
            ...(three[0] as PlanUnitInput),
            fixedVolumes: [{ year: 2027, kind: "subvention", amount: th("500") }],
          },
          three[1] as PlanUnitInput,
          three[2] as PlanUnitInput,
        ],
        equalisation: { byYear: { 2027: { kind: "weights", pool: th("6000"), indicator: "population" } } },
      },
      KZ_LAW,
    );
    expect(plan.units.map((u) => [u.years[0]?.transfer.source, u.years[0]?.transfer.amount.toKzt()])).toEqual(
      [
        ["fixed", "500000.00"],
        ["equalisation", "1714285.71"],
        ["equalisation", "4285714.29"],
      ],
    );
    // outlay 500 + 6 000 = 6 500
    expect(plan.byYear[0]?.outlay.toThousandKzt()).toBe("6500");
  });

  it("a change limit in the first planned year starts from the base year's subvention", () => {
    // 2027 gaps: Akkol 5 000 − 1 100 = 3 900, Berik a surplus (kept), Zhana 0; the pool is the gap, 3 900.
    // Corridors ±10 %: Akkol (base 3 000) 2 700–3 300, Zhana (base 1 000) 900–1 100; Berik has no base.
    // Zhana (weight 0) stays at its floor 900, Akkol gets the rest 3 900 − 900 = 3 000 (inside its corridor).
    const withBase = (u: PlanUnitInput, amount: string): PlanUnitInput => ({
      ...u,
      base: { ...u.base, subvention: th(amount) },
    });
    const plan = planDistrict(
      {
        ...base,
        horizon: 2027,
        units: [
          withBase(three[0] as PlanUnitInput, "3000"),
          three[1] as PlanUnitInput,
          withBase(three[2] as PlanUnitInput, "1000"),
        ],
        equalisation: {
          byYear: {
            2027: {
              kind: "gap_filling",
              surpluses: { kind: "keep" },
              constraints: { maxChange: { kind: "percent", percent: "10" } },
            },
          },
        },
      },
      KZ_LAW,
    );
    expect(
      plan.units.map((u) => `${u.years[0]?.transfer.kind} ${u.years[0]?.transfer.amount.toThousandKzt()}`),
    ).toEqual(["subvention 3000", "none 0", "subvention 900"]);
  });

  it("names unknown fields and codes that are not KATO codes, and a bad base year with a bad horizon", () => {
    const issues = inputIssuesOf(() =>
      planDistrict(
        {
          ...base,
          baseYear: "2026" as unknown as number,
          horizon: 2031,
          district: { code: "12", name: "D" },
          units: [
            { ...(three[0] as PlanUnitInput), code: "abc", fixedVolume: [] } as unknown as PlanUnitInput,
          ],
          equalisation: { 2027: {} } as unknown as { byYear: Record<number, never> },
        },
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["district", "code"],
        ["baseYear"],
        ["horizon"],
        ["equalisation", "2027"],
        ["units", 0, "code"],
        ["units", 0, "fixedVolume"],
      ]),
    );
    expect(issues.find((i) => i.path.join() === "baseYear")?.message).toContain(
      '"2026" is not a whole year (a number)',
    );
    expect(issues.find((i) => i.path.join() === "units,0,fixedVolume")?.message).toContain("fixedVolumes");
  });

  it("reports a bigint amount as an issue, never a TypeError", () => {
    const bad = 5n as unknown as Money;
    const message =
      'must be a Money amount (got 5n): build one with Money.kzt("1250.50") or Money.thousandKzt("54959")';
    const u = three[0] as PlanUnitInput;
    expect(
      inputIssuesOf(() =>
        planDistrict(
          {
            ...base,
            units: [{ ...u, fixedVolumes: [{ year: 2027, kind: "subvention", amount: bad }] }],
          },
          KZ_LAW,
        ),
      ),
    ).toEqual([{ path: ["units", 0, "fixedVolumes", 0, "amount"], message, code: "INVALID_AMOUNT" }]);
    const { costGrowth: _, ...withoutCostGrowth } = u;
    expect(
      inputIssuesOf(() =>
        planDistrict(
          {
            ...base,
            units: [
              {
                ...withoutCostGrowth,
                costDirections: [{ direction: "a", kind: "current", base: th("1") }],
                base: { ...u.base, costs: bad },
              },
            ],
          },
          KZ_LAW,
        ),
      ),
    ).toEqual([{ path: ["units", 0, "base", "costs"], message, code: "INVALID_AMOUNT" }]);
  });

  it("validates base.subvention: a negative amount or a non-Money is an issue at its path", () => {
    const u = three[0] as PlanUnitInput;
    const withBase = (subvention: unknown): PlanUnitInput =>
      ({ ...u, base: { ...u.base, subvention } }) as PlanUnitInput;
    const path = ["units", 0, "base", "subvention"];
    expect(inputIssuesOf(() => planDistrict({ ...base, units: [withBase(th("-1"))] }, KZ_LAW))).toEqual([
      { path, message: "must not be negative, got -1000.00 KZT", code: "INVALID_AMOUNT" },
    ]);
    expect(inputIssuesOf(() => planDistrict({ ...base, units: [withBase(7n)] }, KZ_LAW))).toEqual([
      {
        path,
        message:
          'must be a Money amount (got 7n): build one with Money.kzt("1250.50") or Money.thousandKzt("54959")',
        code: "INVALID_AMOUNT",
      },
    ]);
  });

  it("refuses a horizon before the year after the base year", () => {
    expect(() => planDistrict({ ...base, horizon: 2026 }, KZ_LAW)).toThrow(/horizon/);
  });
});

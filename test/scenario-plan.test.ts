import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkIdentities } from "../src/budget/identities.js";
import { FourthLevelError } from "../src/errors/error.js";
import { parseDecisionText } from "../src/jurisdictions/kz/decisions/parse-text.js";
import { Money } from "../src/money/money.js";
import { planTables } from "../src/report/plan.js";
import { resolveScenario } from "../src/scenario/load.js";
import { loadScenario, scenarioFileReader } from "../src/scenario/load-file.js";
import { runScenario } from "../src/scenario/run.js";
import { comparePlans } from "../src/transfers/plan/compare-plans.js";
import {
  type DistrictPlan,
  type DistrictPlanInput,
  planDistrict,
} from "../src/transfers/plan/district-plan.js";
import { replanDistrict } from "../src/transfers/replan/replan.js";
import { KZ_LAW } from "./fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "./support.js";

/** Whether `path` is `prefix` or inside it. */
const within = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
  prefix.every((part, i) => path[i] === part);

const EXAMPLES = join(__dirname, "..", "examples");
const IN_EXAMPLES = { readFile: scenarioFileReader(EXAMPLES) };
const BOSTANDYK_2026 = join(__dirname, "..", "data", "decisions", "kz-wko-kaztalov-bostandyk-2026.txt");
const bundled = () => runScenario(loadScenario(join(EXAMPLES, "kz-2026-published.json")));
const borodulikha = () =>
  runScenario(loadScenario(join(EXAMPLES, "borodulikha-2026-2028-equalisation.json")));

describe("the bundled example planned to 2028", () => {
  it("plans 2027 and 2028 for every unit of every district, balances the ledger every year", () => {
    const result = bundled();
    const plan = result.plan;
    expect(plan?.horizon).toBe(2028);
    // 12 units in 8 districts, each planned for 2027 and 2028
    expect(plan?.districts).toHaveLength(8);
    expect(plan?.districts.flatMap((d) => d.plan.units)).toHaveLength(12);
    for (const d of plan?.districts ?? []) {
      expect(d.plan.years).toEqual([2027, 2028]);
      expect(d.plan.byYear.every((y) => y.balanced)).toBe(true);
    }
  });

  it("Druzhba carries its published subventions 28 000 and 24 563 and shows the balances", () => {
    const kamysty = bundled().plan?.districts.find((d) => d.district.code === "394800000");
    const years = kamysty?.plan.units[0]?.years ?? [];
    expect(years.map((y) => [y.transfer.source, y.transfer.amount.toThousandKzt()])).toEqual([
      ["fixed", "28000"],
      ["fixed", "24563"],
    ]);
    // own revenues 912 + 18 = 930 flat, costs 28 849: 930 + 28 000 − 28 849 = 81; 930 + 24 563 − 28 849 = −3 356
    expect(years.map((y) => y.balance.toThousandKzt())).toEqual(["81", "-3356"]);
  });

  it("under flat growth the formula gives each Borodulikha unit its 2026 gap; the outlay is 52 118", () => {
    const d = bundled().plan?.districts.find((x) => x.district.code === "104000000");
    // Bel-Agach 54 959 − (39 585 + 2 000) = 13 374; Novodvorovka 51 444 − 31 476 = 19 968;
    // Zubair 31 904 − 13 128 = 18 776 — equal to the published 2026 transfers (the decisions balance)
    expect(d?.plan.units.map((u) => u.years[0]?.transfer.amount.toThousandKzt())).toEqual([
      "13374",
      "19968",
      "18776",
    ]);
    expect(d?.plan.units.every((u) => u.years.every((y) => y.transfer.source === "formula"))).toBe(true);
    // 13 374 + 19 968 + 18 776 = 52 118
    expect(d?.plan.byYear.map((y) => y.outlay.toThousandKzt())).toEqual(["52118", "52118"]);
  });

  it("tables give the base year as published and the planned years; --year keeps one", () => {
    const result = bundled();
    const all = planTables(result);
    expect(all.years).toEqual([2026, 2027, 2028]);
    const druzhba = all.rows.filter((r) => r.unitCode === "394845000");
    // 2026 published transfers 27 919; then the fixed 28 000 and 24 563
    expect(druzhba.map((r) => [r.year, r.source, r.subvention])).toEqual([
      [2026, "published", "27919"],
      [2027, "fixed", "28000"],
      [2028, "fixed", "24563"],
    ]);
    const y2027 = planTables(result, 2027);
    expect(new Set(y2027.rows.map((r) => r.year))).toEqual(new Set([2027]));
    // one row per unit (12) and a district total per district (8)
    expect(y2027.rows).toHaveLength(20);
    expect(() => planTables(result, 2029)).toThrow(/2029 is not in the scenario.*2026, 2027, 2028/);
  });
});

describe("a different equalisation method: who gains and who loses (Borodulikha)", () => {
  it("splits the same pool by number of places 7 : 4 : 3 and keeps the district's outlay", () => {
    const d = borodulikha().plan?.districts[0];
    const cmp = d?.alternative?.comparison;
    // places in the classifier: Bel-Agach 7, Novodvorovka 4, Zubair 3 (14 in all)
    expect(d?.plan.units.map((u) => u.code)).toEqual(["104035000", "104057000", "104049000"]);
    const rows2027 = cmp?.rows.filter((r) => r.year === 2027) ?? [];
    // 52 118 000 KZT × 7/14 = 26 059 000 exactly
    // × 4/14 = 14 890 857.142857… and × 3/14 = 11 168 142.857142…: in tiyn the floors are
    // 1 489 085 714 and 1 116 814 285, one tiyn short; the larger remainder (.714 for Zubair) gets it
    expect(rows2027.map((r) => r.b.toKzt())).toEqual(["26059000.00", "14890857.14", "11168142.86"]);
    // against the formula's 13 374 / 19 968 / 18 776 thousand KZT
    expect(rows2027.map((r) => r.difference.toKzt())).toEqual(["12685000.00", "-5077142.86", "-7607857.14"]);
    expect(rows2027.map((r) => r.change)).toEqual(["gains", "loses", "loses"]);
    // the same pool: the outlay does not move, and the differences sum to zero
    expect(cmp?.byYear.map((y) => y.difference.isZero())).toEqual([true, true]);
    expect(Money.sum(rows2027.map((r) => r.difference)).isZero()).toBe(true);
    // under the alternative Bel-Agach has a surplus of 12 685, Zubair a need of 7 607.857…
    expect(rows2027.map((r) => r.balanceB.toKzt())).toEqual(["12685000.00", "-5077142.86", "-7607857.14"]);
  });
});

describe("plan problems in a scenario file", () => {
  const unit = (kato: string, figures: Record<string, string>, plan?: unknown) => ({
    kato,
    figures,
    ...(plan === undefined ? {} : { plan }),
  });

  it("are reported at once, each with its path in the file", () => {
    const issues = inputIssuesOf(() =>
      resolveScenario(
        {
          name: "bad plan",
          year: 2026,
          districts: [
            {
              kato: "104000000",
              units: [
                unit("104035000", { tax_revenue: "39585", capital_sales: "2000", expenditures: "54959" }),
                unit("104057000", { tax_revenue: "31476" }),
                unit("104049000", { tax_revenue: "13128", expenditures: "31904" }),
              ],
            },
          ],
          plan: { horizon: 2028, revenueGrowth: { tax_revenue: "0" }, costGrowth: "0" },
        },
        IN_EXAMPLES,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      // capital_sales present without a growth rate
      ["plan", "revenueGrowth", "capital_sales"],
      // no expenditures: no costs to plan
      ["districts", 0, "units", 1],
    ]);
    expect(issues.find((i) => i.path.join() === "districts,0,units,1")?.message).toMatch(/expenditures/);
  });

  it("a unit plan or an equalisation that cannot be planned is named with the scenario's path", () => {
    const scenario = (unitPlan: unknown, districtPlan: unknown) => ({
      name: "bad plan",
      year: 2026,
      districts: [
        {
          kato: "104000000",
          units: [unit("104049000", { tax_revenue: "13128", expenditures: "31904" }, unitPlan)],
          ...(districtPlan === undefined ? {} : { plan: districtPlan }),
        },
      ],
      plan: { horizon: 2028, revenueGrowth: { tax_revenue: "0" }, costGrowth: "0" },
    });
    const fixed = inputIssuesOf(() =>
      resolveScenario(
        scenario({ fixedVolumes: [{ year: 2031, kind: "subvention", amount: "1" }] }, undefined),
        IN_EXAMPLES,
      ),
    );
    expect(fixed.map((i) => i.path)).toEqual([
      ["districts", 0, "units", 0, "plan", "fixedVolumes", 0, "year"],
    ]);
    // weights by an indicator the unit does not have (only "places" comes from the classifier)
    const equalisation = inputIssuesOf(() =>
      resolveScenario(
        scenario(undefined, {
          alternative: {
            name: "by area",
            equalisation: { "2027": { kind: "weights", pool: "100", indicator: "area_km2" } },
          },
        }),
        IN_EXAMPLES,
      ),
    );
    expect(
      equalisation
        .map((i) => i.path)
        .every((p) => within(p, ["districts", 0, "plan", "alternative", "equalisation", "2027"])),
    ).toBe(true);
    expect(equalisation.map((i) => i.message).join(" ")).toContain("area_km2");
  });

  it("a horizon after 2030, and a JSON number rate, are shape errors", () => {
    const issues = inputIssuesOf(() =>
      resolveScenario(
        {
          name: "bad plan",
          year: 2026,
          districts: [
            { kato: "104000000", units: [unit("104049000", { tax_revenue: "1", expenditures: "2" })] },
          ],
          plan: { horizon: 2031, revenueGrowth: { tax_revenue: 0.05 }, costGrowth: "0" },
        },
        IN_EXAMPLES,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["plan", "horizon"],
        ["plan", "revenueGrowth", "tax_revenue"],
      ]),
    );
  });
});

describe('a fixed "none" year in a scenario file', () => {
  it("gives no transfer and shows the whole gap as the balance", () => {
    const result = runScenario(
      resolveScenario(
        {
          name: "Zubair without a transfer in 2027",
          year: 2026,
          districts: [
            {
              kato: "104000000",
              units: [
                {
                  kato: "104049000",
                  decisionFile: "../data/decisions/kz-abai-borodulikha-zubair-2026.txt",
                  plan: { fixedVolumes: [{ year: 2027, kind: "none" }] },
                },
              ],
            },
          ],
          plan: {
            horizon: 2027,
            revenueGrowth: { tax_revenue: "0", non_tax_revenue: "0", capital_sales: "0" },
            costGrowth: "0",
          },
        },
        IN_EXAMPLES,
      ),
    );
    const year = result.plan?.districts[0]?.plan.units[0]?.years[0];
    expect(year?.transfer).toMatchObject({ kind: "none", source: "fixed" });
    // own revenues 13 128 − costs 31 904 = −18 776: the need the formula's subvention would have covered
    expect(year?.balance.toThousandKzt()).toBe("-18776");
    expect(result.plan?.districts[0]?.plan.postings).toHaveLength(0);
  });
});

describe("scenario plan checks found by a fresh user", () => {
  const bundledFile = () =>
    JSON.parse(readFileSync(join(EXAMPLES, "kz-2026-published.json"), "utf8")) as Record<string, unknown> & {
      plan: Record<string, unknown>;
      districts: { plan?: unknown; units: { plan?: unknown }[] }[];
    };
  const resolve = (data: unknown) => () => resolveScenario(data, IN_EXAMPLES);

  it("a problem of the shared plan is reported once, at its place in the file", () => {
    const data = bundledFile();
    data.plan.costGrowth = { "2027": "-2", "2028": "0" };
    const issues = inputIssuesOf(resolve(data));
    // twelve units share plan.costGrowth: one issue, not twelve
    expect(issues.filter((i) => within(i.path, ["plan", "costGrowth"]))).toHaveLength(1);
    expect(issues.every((i) => within(i.path, ["plan", "costGrowth"]))).toBe(true);
    const horizon = bundledFile();
    horizon.plan.horizon = 2026;
    expect(inputIssuesOf(resolve(horizon)).map((i) => i.path)).toEqual([["plan", "horizon"]]);
  });

  it("years outside the plan, an absent tax line and plans without a scenario plan are refused", () => {
    const data = bundledFile();
    data.plan.revenueGrowth = {
      tax_revenue: { "2027": "0", "2028": "0", "2031": "0" },
      non_tax_revenue: "0",
      capital_sales: "0",
    };
    expect(inputIssuesOf(resolve(data)).map((i) => i.path)).toEqual([
      ["plan", "revenueGrowth", "tax_revenue", "2031"],
    ]);

    const noTax = {
      name: "no tax line",
      year: 2026,
      districts: [
        {
          kato: "104000000",
          units: [{ kato: "104049000", figures: { non_tax_revenue: "5", expenditures: "100" } }],
        },
      ],
      plan: { horizon: 2027, revenueGrowth: { tax_revenue: "0", non_tax_revenue: "0" }, costGrowth: "0" },
    };
    expect(inputIssuesOf(resolve(noTax))[0]?.message).toMatch(/tax_revenue of 2026.*unknown, not zero/);

    const orphan = bundledFile();
    delete (orphan as { plan?: unknown }).plan;
    expect(inputIssuesOf(resolve(orphan)).map((i) => i.path)).toEqual([["districts", 1, "units", 0, "plan"]]);
  });

  it("a change corridor in the first planned year starts from the published transfers", () => {
    const data = JSON.parse(readFileSync(join(EXAMPLES, "borodulikha-2026-2028-equalisation.json"), "utf8"));
    data.districts[0].plan.alternative.equalisation = {
      "2027": {
        kind: "weights",
        pool: "52118",
        indicator: "places",
        constraints: { maxChange: { percent: "10" } },
      },
    };
    const cmp = runScenario(resolveScenario(data, IN_EXAMPLES)).plan?.districts[0]?.alternative?.comparison;
    // 2026 transfers 13 374 / 19 968 / 18 776 → corridors ±10 %: 12 036.6–14 711.4, 17 971.2–21 964.8,
    // 16 898.4–20 653.6. By places 7 : 4 : 3 the pool would give 26 059 / 14 890.9 / 11 168.1: Bel-Agach
    // stops at its cap 14 711.4, Zubair at its floor 16 898.4, Novodvorovka takes the rest,
    // 52 118 − 14 711.4 − 16 898.4 = 20 508.2 (λ = 5 127.05 per place: Zubair's 3λ is under its floor)
    expect(cmp?.rows.filter((r) => r.year === 2027).map((r) => r.b.toThousandKzt())).toEqual([
      "14711.4",
      "20508.2",
      "16898.4",
    ]);
  });
});

describe("a scenario year before a unit's own budget", () => {
  it("is named in the notes (the default date is 1 Jan 2020)", () => {
    const result = runScenario(
      resolveScenario(
        {
          name: "2019",
          year: 2019,
          districts: [
            {
              kato: "104000000",
              units: [{ kato: "104049000", figures: { tax_revenue: "1", expenditures: "2" } }],
            },
          ],
        },
        IN_EXAMPLES,
      ),
    );
    expect(result.notes[0]).toMatch(/104049000\) has a 2019 budget .* starts 2020-01-01 \(default\)/);
  });
});

describe("second fresh-user pass", () => {
  const borodulikhaFile = () =>
    JSON.parse(readFileSync(join(EXAMPLES, "borodulikha-2026-2028-equalisation.json"), "utf8"));
  const resolve = (data: unknown) => () => resolveScenario(data, IN_EXAMPLES);

  it("a horizon at the scenario's year is named, not hidden behind the rates", () => {
    const data = borodulikhaFile();
    data.plan.horizon = 2026;
    data.plan.costGrowth = { "2027": "0" };
    expect(inputIssuesOf(resolve(data))).toEqual([
      {
        path: ["plan", "horizon"],
        code: "INVALID_INPUT",
        message: "horizon 2026 must be at least the year after the scenario's year (2027)",
      },
    ]);
  });

  it("a unit of another district and a horizon at the scenario's year are reported together", () => {
    const data = borodulikhaFile();
    data.plan.horizon = 2026;
    data.districts[0].units[1].kato = "394845000"; // Druzhba, a unit of Kamysty district (Kostanay)
    expect(inputIssuesOf(resolve(data)).map((i) => i.path)).toEqual([
      ["districts", 0, "units", 1, "kato"],
      // and the unit's decision text names Novodvorovka, not Druzhba
      ["districts", 0, "units", 1, "decisionFile"],
      ["plan", "horizon"],
    ]);
  });

  it("a fixed volume for the scenario's year is refused in the scenario's words", () => {
    const data = borodulikhaFile();
    data.districts[0].units[0].plan = { fixedVolumes: [{ year: 2026, kind: "subvention", amount: "1" }] };
    expect(inputIssuesOf(resolve(data))).toEqual([
      {
        path: ["districts", 0, "units", 0, "plan", "fixedVolumes", 0, "year"],
        code: "INVALID_INPUT",
        message:
          "2026 is the scenario's year, whose transfers are as published: fixed volumes are for the planned years (2027–2028)",
      },
    ]);
  });

  it("negative expenditures and an unknown indicator are named at their place in the file", () => {
    const negative = borodulikhaFile();
    negative.districts[0].units[1] = {
      kato: "104057000",
      figures: { tax_revenue: "31476", expenditures: "-51444", transfers: "19968" },
    };
    expect(inputIssuesOf(resolve(negative)).map((i) => i.path)).toEqual([
      ["districts", 0, "units", 1, "figures", "expenditures"],
    ]);
    const area = borodulikhaFile();
    area.districts[0].plan.alternative.equalisation["2027"].indicator = "area_km2";
    const issues = inputIssuesOf(resolve(area));
    expect(issues.length).toBeGreaterThan(0);
    expect(
      issues.every((i) => within(i.path, ["districts", 0, "plan", "alternative", "equalisation", "2027"])),
    ).toBe(true);
    expect(issues[0]?.message).toContain("give it in districts[0].units[0].plan.indicators.area_km2");
  });

  it("says when a change limit cannot apply in the first year (no published transfers)", () => {
    const data = borodulikhaFile();
    data.districts[0].units[2] = {
      kato: "104049000",
      figures: { tax_revenue: "13128", expenditures: "31904" },
    };
    data.districts[0].plan.alternative.equalisation["2027"].constraints = { maxChange: { percent: "10" } };
    const result = runScenario(resolveScenario(data, IN_EXAMPLES));
    expect(result.plan?.districts[0]?.notes).toContain(
      "Зубаировский с.о.: no transfers in its 2026 figures, so the alternative's change limit does not apply to it in 2027",
    );
  });
});

describe("the API refuses what is not its input with a FourthLevelError", () => {
  it("planDistrict, replanDistrict, comparePlans and planTables", () => {
    expect(() => planDistrict(null as never, KZ_LAW)).toThrow(FourthLevelError);
    expect(() => replanDistrict(undefined as never, KZ_LAW)).toThrow(FourthLevelError);
    expect(() => planTables(null as never)).toThrow(FourthLevelError);
    // Druzhba flat, planned from 2026, then re-planned in 2027 (mid-cycle: 2028 kept)
    const input: DistrictPlanInput = {
      district: { code: "394800000", name: "Камыстинский район" },
      baseYear: 2026,
      horizon: 2028,
      units: [
        {
          code: "394845000",
          name: "Дружбинская с.а.",
          base: {
            year: 2026,
            ownRevenues: { tax: Money.thousandKzt("930") },
            costs: Money.thousandKzt("28849"),
          },
          revenueGrowth: { tax: "0" },
          costGrowth: "0",
        },
      ],
    };
    const plan: DistrictPlan = planDistrict(input, KZ_LAW);
    const replan = replanDistrict(
      { previous: plan, madeIn: 2027, input: { ...input, baseYear: 2027 } },
      KZ_LAW,
    );
    expect(() => comparePlans(plan, replan as never)).toThrow(
      /a replanDistrict result carries one as \.plan/,
    );
  });
});

describe("a plan made in 2025 under BC2025: Bostandyk rural district, 2025 base (real data)", () => {
  const result = () =>
    runScenario(
      resolveScenario(
        {
          name: "Bostandyk 2025 planned to 2027",
          year: 2025,
          districts: [
            {
              kato: "274800000",
              units: [
                { kato: "274839000", decisionFile: "../data/decisions/kz-wko-kaztalov-bostandyk-2025.txt" },
              ],
            },
          ],
          plan: {
            horizon: 2027,
            revenueGrowth: { tax_revenue: "0", non_tax_revenue: "0", capital_sales: "0" },
            costGrowth: "0",
          },
        },
        IN_EXAMPLES,
      ),
    );

  it("plans 2026 under BC2025 (Art. 79 p.1 with Art. 80, the revenue list of Art. 27) and is checked against the 2026 decision", () => {
    const plan = result().plan?.districts[0]?.plan;
    const y2026 = plan?.units[0]?.years[0];
    // the plan is made in 2025, when BC2025 is in force (Art. 172 p.1): computations made from 2025 rest on
    // BC2025 Art. 79 p.1 and Art. 80 p.2–6
    expect(y2026?.transfer.citation.act).toContain("15 Mar 2025");
    expect(y2026?.transfer.citation).toMatchObject({ article: "79", paragraph: "1, with Art. 80 p.2-6" });
    expect(plan?.byYear[0]?.edition.article).toBe("27");
    // 2025 published: tax 5 300, costs 44 659 → flat: subvention 44 659 − 5 300 = 39 359
    expect(y2026?.transfer.amount.toThousandKzt()).toBe("39359");
    // the published 2026 decision, read from its text: transfers 37 451 (data/decisions/index.json) —
    // the flat forecast misses them by 39 359 − 37 451 = 1 908: the caller's growth rates, not the law,
    // carry the forecast
    const decision2026 = parseDecisionText(readFileSync(BOSTANDYK_2026, "utf8"), { file: BOSTANDYK_2026 });
    const published = decision2026.figures.transfers;
    expect(published?.toThousandKzt()).toBe("37451");
    expect(
      published === undefined ? undefined : y2026?.transfer.amount.minus(published).toThousandKzt(),
    ).toBe("1908");
  });
});

describe("re-planning in a scenario file (plan.madeIn)", () => {
  const file = () => JSON.parse(readFileSync(join(EXAMPLES, "druzhba-2026-replan.json"), "utf8"));
  const resolve = (data: unknown) => () => resolveScenario(data, IN_EXAMPLES);

  it("made in 2026, mid-cycle: 2027 and 2028 keep the published volumes, the balances show the new forecasts", () => {
    const result = runScenario(resolveScenario(file(), IN_EXAMPLES));
    const d = result.plan?.districts[0];
    expect(d?.replan?.regime).toBe("three_year");
    expect(
      d?.replan?.units[0]?.years.map((y) => [y.year, y.status, y.transfer.amount.toThousandKzt()]),
    ).toEqual([
      [2026, "executed", "27919"],
      [2027, "kept", "28000"],
      [2028, "kept", "24563"],
    ]);
    // 2027: tax 912 × 4 541 / 4 325 = 957.54728, + non-tax 18 = 975.54728; costs 28 849 × 1.08 = 31 156.92;
    // balance 975.54728 + 28 000 − 31 156.92 = −2 181.37272
    const y2027 = d?.plan.units[0]?.years[0];
    expect(y2027?.ownRevenues.total.toThousandKzt()).toBe("975.54728");
    expect(y2027?.costs.toThousandKzt()).toBe("31156.92");
    expect(y2027?.balance.toThousandKzt()).toBe("-2181.37272");
    expect(planTables(result, 2027).rows[0]?.source).toBe("kept");
  });

  it("refuses a fixed volume that would change a kept year, a madeIn other than the year, and stray previous volumes", () => {
    const change = file();
    change.districts[0].units[0].plan.fixedVolumes = [{ year: 2027, kind: "subvention", amount: "30000" }];
    const issues = inputIssuesOf(resolve(change));
    expect(issues.map((i) => i.path)).toContainEqual([
      "districts",
      0,
      "units",
      0,
      "plan",
      "fixedVolumes",
      0,
      "year",
    ]);
    expect(issues.map((i) => i.message).join(" ")).toContain(
      "Budget Code of 15 Mar 2025 No 171-VIII, Art. 79 p.2",
    );

    const other = file();
    other.plan.madeIn = 2025;
    expect(inputIssuesOf(resolve(other)).map((i) => i.path)).toEqual([["plan", "madeIn"]]);

    const stray = file();
    delete stray.plan.madeIn;
    expect(inputIssuesOf(resolve(stray)).map((i) => i.path)).toEqual([
      ["districts", 0, "units", 0, "plan", "previousVolumes"],
    ]);

    const none = file();
    delete none.districts[0].units[0].plan;
    expect(inputIssuesOf(resolve(none))).toEqual([
      expect.objectContaining({
        path: ["districts", 0, "units", 0, "plan", "previousVolumes"],
        code: "INVALID_INPUT",
        message: expect.stringContaining("has no volume for 2027, 2028"),
      }),
    ]);
  });

  it("made in 2024: the rolling rule renews 2025-2027 (real Tobyl 2024 figures, flat)", () => {
    const result = runScenario(
      resolveScenario(
        {
          name: "Tobyl 2024 re-planned",
          year: 2024,
          districts: [
            {
              kato: "395400000",
              units: [
                {
                  kato: "395420000",
                  decisionFile: "../data/decisions/kz-kostanay-kostanaydistr-tobyl-2024-amend.txt",
                },
              ],
            },
          ],
          plan: {
            horizon: 2027,
            madeIn: 2024,
            revenueGrowth: { tax_revenue: "0", non_tax_revenue: "0", capital_sales: "0" },
            costGrowth: "0",
          },
        },
        IN_EXAMPLES,
      ),
    );
    const d = result.plan?.districts[0];
    expect(d?.replan?.regime).toBe("rolling");
    expect(d?.replan?.units[0]?.years.map((y) => y.status)).toEqual(["replanned", "replanned", "replanned"]);
    // the formula's citation follows the year the plan is made: made in 2024 under BC2008 (Art. 45 p.7–8,
    // «разница между прогнозными объемами доходов … и затрат»), for 2025–2027 alike
    expect(d?.plan.units[0]?.years.map((y) => y.transfer.citation.article)).toEqual(["45", "45", "45"]);
    expect(d?.plan.units[0]?.years[2]?.transfer.citation.paragraph).toBe("7-8");
    // 2026–2027 are set anew by the plan made in 2025 under BC2025 Art. 79 p.2: the rolling volumes do not bind it
    expect(d?.replan?.notes.join("\n")).toContain("2026–2027 are set anew by the plan made in 2025");
  });
});

describe("re-planning in a scenario file: the third fresh-user pass", () => {
  const file = () => JSON.parse(readFileSync(join(EXAMPLES, "druzhba-2026-replan.json"), "utf8"));
  const resolve = (data: unknown) => () => resolveScenario(data, IN_EXAMPLES);

  it("notes a previous volume of the base year that differs from the published transfers", () => {
    const data = file();
    data.districts[0].units[0].plan.previousVolumes[0] = { year: 2026, kind: "subvention", amount: "27000" };
    const result = runScenario(resolveScenario(data, IN_EXAMPLES));
    expect(result.plan?.districts[0]?.notes.join(" ")).toContain(
      "the previous plan's 2026 volume (subvention 27000) differs from the published 2026 transfers (27919 thousand KZT",
    );
  });

  it("reports a wrong madeIn with the other problems and previous volumes outside the plan", () => {
    const data = file();
    data.plan.madeIn = 2027;
    data.districts[0].units[0].plan.previousVolumes.push({ year: 2029, kind: "subvention", amount: "1" });
    data.districts[0].units[0].plan.fixedVolumes = [{ year: 2031, kind: "subvention", amount: "1" }];
    const paths = inputIssuesOf(resolve(data)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["plan", "madeIn"],
        ["districts", 0, "units", 0, "plan", "previousVolumes", 3, "year"],
        ["districts", 0, "units", 0, "plan", "fixedVolumes", 0, "year"],
      ]),
    );
  });

  it("refuses previous and fixed volumes of 0 in the shape round, pointing to kind none", () => {
    const data = file();
    data.districts[0].units[0].plan.previousVolumes[1].amount = "0";
    data.districts[0].units[0].plan.fixedVolumes = [{ year: 2028, kind: "budget_withdrawal", amount: "0.0" }];
    const issues = inputIssuesOf(resolve(data));
    expect(issues.map((i) => i.path)).toEqual([
      ["districts", 0, "units", 0, "plan", "fixedVolumes", 0, "amount"],
      ["districts", 0, "units", 0, "plan", "previousVolumes", 1, "amount"],
    ]);
    for (const issue of issues) expect(issue.message).toContain('"kind": "none"');
  });
});

describe("growth rates outside -50 % to +100 % a year", () => {
  /** Zubair 2026 as published (decision of 23.12.2025), planned to 2028 with `plan`. */
  const zubair = (plan: Record<string, unknown>, unitPlan?: Record<string, unknown>) => ({
    name: "Zubair, a plan",
    year: 2026,
    districts: [
      {
        kato: "104000000",
        units: [
          {
            kato: "104049000",
            figures: { tax_revenue: "13128", transfers: "18776", expenditures: "31904" },
            ...(unitPlan === undefined ? {} : { plan: unitPlan }),
          },
        ],
      },
    ],
    plan: { horizon: 2028, revenueGrowth: { tax_revenue: "0" }, costGrowth: "0", ...plan },
  });

  it('refuses "5" (meant as 5 %, read as 500 %) and every other one at its path, saying how rates are written', () => {
    const issues = inputIssuesOf(() =>
      resolveScenario(
        zubair(
          { costGrowth: "5", mrpIndexation: { fromYear: 2027, rate: { "2027": "0.05", "2028": "-0.6" } } },
          { revenueGrowth: { tax_revenue: "1.5" } },
        ),
      ),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        ["plan", "costGrowth"],
        '"5" is +500 % a year, outside -50 % to +100 %: rates are fractions, 5 % is "0.05"; if 500 % is meant, set plan.acceptImplausibleRates to true',
      ],
      [
        ["districts", 0, "units", 0, "plan", "revenueGrowth", "tax_revenue"],
        '"1.5" is +150 % a year, outside -50 % to +100 %: rates are fractions, 5 % is "0.05"; if 150 % is meant, set plan.acceptImplausibleRates to true',
      ],
      [
        ["plan", "mrpIndexation", "rate", "2028"],
        '"-0.6" is -60 % a year, outside -50 % to +100 %: rates are fractions, 5 % is "0.05"; if -60 % is meant, set plan.acceptImplausibleRates to true',
      ],
    ]);
  });

  it("the bounds themselves, -0.5 and 1, are plausible", () => {
    expect(() => resolveScenario(zubair({ costGrowth: { "2027": "1", "2028": "-0.5" } }))).not.toThrow();
  });

  it("with acceptImplausibleRates, 500 % a year is applied: costs 31 904 → 191 424 → 1 148 544", () => {
    const result = runScenario(resolveScenario(zubair({ costGrowth: "5", acceptImplausibleRates: true })));
    const years = result.plan?.districts[0]?.plan.units[0]?.years ?? [];
    // 31 904 × 6 = 191 424; 191 424 × 6 = 1 148 544 thousand KZT
    expect(years.map((y) => y.costs.toThousandKzt())).toEqual(["191424", "1148544"]);
  });
});

describe("negative expenditures are refused everywhere, with their path", () => {
  const file = (unit: Record<string, unknown>, plan?: unknown) => ({
    name: "negative costs",
    year: 2026,
    districts: [{ kato: "104000000", units: [{ kato: "104049000", ...unit }] }],
    ...(plan === undefined ? {} : { plan }),
  });

  it("inline figures without a plan, and a district budget's figures", () => {
    const issues = inputIssuesOf(() =>
      resolveScenario({
        ...file({ figures: { tax_revenue: "13128", expenditures: "-31904" } }),
        districts: [
          {
            kato: "104000000",
            districtBudget: { figures: { expenditures: "-1" } },
            units: [{ kato: "104049000", figures: { tax_revenue: "13128", expenditures: "-31904" } }],
          },
        ],
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["districts", 0, "districtBudget", "figures", "expenditures"], "INVALID_AMOUNT"],
      [["districts", 0, "units", 0, "figures", "expenditures"], "INVALID_AMOUNT"],
    ]);
    expect(issues[1]?.message).toBe(
      "-31904 thousand KZT: expenditures must not be negative (what a budget pays out is 0 or more; only the balances may be: net_lending, fin_assets_balance, deficit, non_oil_deficit, financing, free_balances_used)",
    );
  });

  it("expenditures that are no decimal amount are named as such, not read as negative", () => {
    for (const bad of ["1e9", "Infinity", "0x10"]) {
      const issues = inputIssuesOf(() => resolveScenario(file({ figures: { expenditures: bad } })));
      expect(issues.map((i) => [i.path, i.code])).toEqual([
        [["districts", 0, "units", 0, "figures", "expenditures"], "INVALID_AMOUNT"],
      ]);
    }
  });

  it("in the API: budget figures given to the identity checks", () => {
    const issues = inputIssuesOf(() =>
      checkIdentities({ expenditures: Money.thousandKzt("-5"), revenue_total: Money.thousandKzt("1") }),
    );
    expect(issues.map((i) => i.path)).toEqual([["figures", "expenditures"]]);
  });
});

import { describe, expect, it } from "vitest";
import { calibrateScenario } from "../src/calibrate/calibrate.js";
import type { ScenarioComparison } from "../src/compare/compare.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { decomposeReforms } from "../src/compare/decompose.js";
import { formatPath } from "../src/errors/issue.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { inputIssuesOf } from "./support.js";

/**
 * `options.territory` is the territory a comparison, a decomposition and a calibration run on, as it is
 * the one the scenario is read under. The case: 1,000 KZT of IIT withheld in March 2019 for work in
 * с.Бель-Агач (104035100), half of it to the unit of the workplace from 2019. Under the bundled
 * territory, Бель-Агачский с.о. (104035000) has its own budget from 2020-01-01 (all units from 2020 under
 * the Law of 11 Jul 2017 No 90-VI, BC2008 Art. 35 p.1(1-1); those over 2,000 people from 2018 are not
 * marked in the bundled classifier), so in 2019 the half goes to the district budget owning the
 * place and nothing moves; under a territory where the unit has its own budget from 2018-01-01, the unit
 * gains 1,000 × 0.5 = 500.00 KZT and the district (the tax agent's seat) loses as much.
 */

const data = {
  name: "Bel-Agach 2019",
  year: 2019,
  districts: [
    {
      kato: "104000000",
      units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }],
    },
  ],
  receipts: {
    items: [
      {
        id: "r1",
        ebk: "101201",
        amount: "1000",
        paymentDate: "2019-03-10",
        payerKind: "individual",
        places: { legal_seat: "104000000", workplace: "104035100" },
      },
    ],
  },
  reforms: [
    {
      id: "wp",
      title: "IIT where the work is done",
      effectiveFrom: "2019-01-01",
      label: { kind: "proposal", author: "analyst", text: "half of withheld IIT to the workplace" },
      changes: [
        {
          kind: "rule",
          ebk: "101201",
          shares: [{ share: "0.5", key: "workplace", recipient: "fourth_level", rounding: "halfEven" }],
        },
      ],
    },
  ],
};

const early = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2018-01-01" } });
const moved = (c: ScenarioComparison) =>
  c.rows.filter((r) => !r.delta.isZero()).map((r) => [r.account, r.ebk, r.delta.toKzt()]);

describe("the territory given in the options is the one compare, decompose and calibrate run on", () => {
  it("compareScenario: the unit gains only on a territory where it has its own budget in 2019", () => {
    expect(moved(compareScenario(data))).toEqual([]);
    expect(moved(compareScenario(data, { territory: early }))).toEqual([
      ["104035000", "101201", "500.00"],
      ["104000000", "101201", "-500.00"],
    ]);
  });

  it("decomposeReforms: the lone reform's part is the unit's 500.00 KZT", () => {
    const budgets = decomposeReforms(data, { territory: early }).budgets.map((b) => [
      b.account,
      b.parts.map((p) => p.toKzt()),
    ]);
    expect(budgets).toEqual([
      ["104035000", ["500.00"]],
      ["104000000", ["-500.00"]],
    ]);
  });

  it("calibrateScenario: 300.00 KZT to the unit is s = 300 / 1,000 = 0.3; on the bundled territory the share moves nothing", () => {
    const options = {
      reform: "wp",
      target: { kind: "account", account: "104035000", value: "300" },
    } as const;
    const found = calibrateScenario(data, { ...options, precision: "0.01" }, { territory: early });
    expect([found.parameter, found.achieved, found.exact]).toEqual(["0.3", "300.00", true]);
    expect(() => calibrateScenario(data, { ...options, precision: "0.01" })).toThrow(
      /does not move the target .*: it gives 0\.00 KZT both at 0 and at 1/,
    );
  });

  it("a territory given with a file that sets ownBudgetSince is refused at ownBudgetSince, naming both", () => {
    const both = { ...data, ownBudgetSince: { "104035000": "2018-01-01" } };
    const [problem, ...rest] = inputIssuesOf(() => compareScenario(both, { territory: early })).map(
      (i) => `${formatPath(i.path)}: ${i.message}`,
    );
    expect(rest).toEqual([]);
    expect(problem).toBe(
      "ownBudgetSince: the scenario sets ownBudgetSince, which builds the bundled territory, and a territory was given too: give one of them (e.g. the territory built with kazakhstanTerritory({ ownBudgetSince }))",
    );
    // the file's ownBudgetSince alone is the same territory
    expect(moved(compareScenario(both))).toEqual(moved(compareScenario(data, { territory: early })));
  });
});

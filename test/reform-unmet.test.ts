import { describe, expect, it } from "vitest";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { applyReforms } from "../src/reform/apply.js";
import { inverseReform } from "../src/reform/inverse.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { type Change, problemLines, proposalReform } from "./fixtures/proposal-reform.js";

/**
 * A change that would change nothing is refused at its path in the reform, naming what it could meet.
 * The expected days and payer kinds are read from the law as published (docs/rules.md):
 * - the single land tax (EBK 104501) goes to the fourth level under BC2008 Art. 52-1 p.1(3-1), added by
 *   Law 30.06.2021 No 60-VII from 2022-01-01, and under the transitional list of BC2025 Art. 168 p.7 in
 *   2025; the tax is abolished from 2026-01-01 (Tax Code of 18 Jul 2025), so the law has no rule for it
 *   after 2025-12-31;
 * - the property tax of legal entities and individual entrepreneurs (104101, BC2025 Art. 26 p.1(5)) has
 *   rules for those two payer kinds only; that of individuals (104102) for individuals only;
 * - the MRP and the minimum wage are published for 2018–2026 (the laws on the republican budget), so
 *   they have values from 2018-01-01 to 2026-12-31.
 */

const LAW = kazakhstanLaw();
const reform = proposalReform;

const problems = problemLines;
const refused = (...reforms: Reform[]) => problems(() => applyReforms(LAW, reforms));

describe("a rule change that meets no rule of the law is refused, naming what would be valid", () => {
  it("days after the code's last rule: at the change, naming the days its rules are in force", () => {
    expect(refused(reform([{ kind: "rule", ebk: "104501", recipient: "district_or_higher" }]))).toEqual([
      "reforms[0].changes[0]: the change would change nothing: its days (2026-01-01 onwards, the reform's) meet no rule of EBK 104501, whose rules are in force 2022-01-01 to 2025-12-31",
    ]);
  });

  it("the change's own days: at its from (or its to)", () => {
    const from = {
      kind: "rule",
      ebk: "104501",
      recipient: "district_or_higher",
      from: "2026-03-01",
    } as const;
    expect(refused(reform([from], "2025-01-01"))).toEqual([
      "reforms[0].changes[0].from: the change would change nothing: its days (2026-03-01 onwards) meet no rule of EBK 104501, whose rules are in force 2022-01-01 to 2025-12-31",
    ]);
    const to = { kind: "rule", ebk: "104101", key: "legal_seat", to: "2017-12-31" } as const;
    expect(refused(reform([to], "2017-01-01"))[0]).toMatch(
      /^reforms\[0\]\.changes\[0\]\.to: .*its days \(2017-01-01 to 2017-12-31\) meet no rule of EBK 104101, whose rules are in force 2018-01-01 onwards$/,
    );
  });

  it("a payer kind no rule of the code has on the change's days: at that kind, naming the kinds there are", () => {
    const change: Change = {
      kind: "rule",
      ebk: "104101",
      payerKinds: ["legal_entity", "individual"],
      recipient: "fourth_level",
    };
    expect(refused(reform([change]))).toEqual([
      "reforms[0].changes[0].payerKinds[1]: the change would change nothing for individual: no rule of EBK 104101 is for individual on its days (2026-01-01 onwards, the reform's); its rules there are for individual_entrepreneur, legal_entity",
    ]);
  });

  it("every problem of every reform at once, each at its path", () => {
    const kinds: Change = {
      kind: "rule",
      ebk: "104102",
      payerKinds: ["legal_entity"],
      recipient: "fourth_level",
    };
    const late = { kind: "rule", ebk: "104501", key: "legal_seat" } as const;
    const second = { ...reform([late], "2027-01-01"), id: "r2" };
    expect(refused(reform([kinds]), second).map((p) => p.split(":")[0])).toEqual([
      "reforms[0].changes[0].payerKinds[0]",
      "reforms[1].changes[0]",
    ]);
  });

  it("a change that meets a rule on some of its days, or some payer kinds of one, is accepted", () => {
    const law = applyReforms(
      LAW,
      [
        reform([{ kind: "rule", ebk: "104501", recipient: "district_or_higher" }], "2025-07-01"),
        reform([{ kind: "rule", ebk: "104101", payerKinds: ["legal_entity"], recipient: "fourth_level" }]),
      ].map((r, i) => ({ ...r, id: `r${i}` })),
    );
    expect(law.revenueRules.some((r) => r.id.endsWith("+r0") && r.from === "2025-07-01")).toBe(true);
    expect(law.revenueRules.filter((r) => r.id.endsWith("+r1")).map((r) => r.payerKinds)).toEqual([
      ["legal_entity"],
    ]);
  });

  it("in a scenario file, at the change's path in the file; inverseReform at its path in the reform", () => {
    const change: Change = { kind: "rule", ebk: "104101", payerKinds: ["individual"], key: "legal_seat" };
    const data = {
      name: "Bel-Agach",
      year: 2026,
      districts: [
        {
          kato: "104000000",
          units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }],
        },
      ],
      reforms: [reform([{ kind: "withdrawal_cap", share: "0.3" }, change])],
    };
    expect(problems(() => compareScenario(data))[0]).toMatch(
      /^reforms\[0\]\.changes\[1\]\.payerKinds\[0\]: /,
    );
    expect(problems(() => inverseReform(data.reforms[0] as Reform, LAW))[0]).toMatch(
      /^changes\[1\]\.payerKinds\[0\]: .*its rules there are for individual_entrepreneur, legal_entity$/,
    );
  });
});

describe("a parameter change that meets no value of the parameter is refused, naming its days", () => {
  it("the MRP after its last published year: at the change", () => {
    expect(refused(reform([{ kind: "parameter", parameter: "mrp", value: "5000" }], "2027-01-01"))).toEqual([
      "reforms[0].changes[0]: the change would change nothing: the parameter mrp has no value on its days (2027-01-01 onwards, the reform's); it has values 2018-01-01 to 2026-12-31",
    ]);
  });

  it("the minimum wage before its first: at the change's to", () => {
    const change = {
      kind: "parameter",
      parameter: "minimumWage",
      scale: "1.1",
      rounding: "halfExpand",
      to: "2017-12-31",
    } as const;
    expect(refused(reform([change], "2017-01-01"))).toEqual([
      "reforms[0].changes[0].to: the change would change nothing: the parameter minimumWage has no value on its days (2017-01-01 to 2017-12-31); it has values 2018-01-01 to 2026-12-31",
    ]);
  });

  it("one that meets the last value on some of its days is accepted: the MRP of 2026 set to 5 000 KZT from 1 July", () => {
    const law = applyReforms(LAW, [
      reform([{ kind: "parameter", parameter: "mrp", value: "5000" }], "2026-07-01"),
    ]);
    const last = law.parameters.mrp.entries.at(-1);
    expect([last?.from, last?.to, last?.value.toKzt()]).toEqual(["2026-07-01", "2026-12-31", "5000.00"]);
  });
});

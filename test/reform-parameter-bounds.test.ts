import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { formatPath } from "../src/errors/issue.js";
import { inputIssuesOf, runCli } from "./support.js";

/** A unit of Камыстинский район whose tax revenue grows with the MRP, planned to 2028 (illustrative figures). */
const scenario = (change: Record<string, unknown>, plan: Record<string, unknown> = {}) => ({
  name: "MRP-grown tax revenue (illustrative figures)",
  year: 2026,
  districts: [
    {
      kato: "394800000",
      units: [
        {
          kato: "394845000",
          figures: {
            tax_revenue: "1100",
            non_tax_revenue: "0",
            expenditures: "30000",
            transfers: "28900",
            revenue_total: "30000",
          },
        },
      ],
    },
  ],
  plan: {
    horizon: 2028,
    revenueGrowth: { tax_revenue: "mrp", non_tax_revenue: "0" },
    costGrowth: "0",
    mrpIndexation: { fromYear: 2027, rate: "0.05" },
    ...plan,
  },
  reforms: [
    {
      id: "r",
      title: "the MRP changed",
      effectiveFrom: "2026-01-01",
      label: { kind: "proposal", author: "test", text: "t" },
      changes: [{ kind: "parameter", parameter: "mrp", ...change }],
    },
  ],
});

const problems = (data: unknown) =>
  inputIssuesOf(() => compareScenario(data, {}, "law_response")).map(
    (i) => `${formatPath(i.path)}: ${i.message}`,
  );

describe("a reformed MRP or minimum wage is above 0 and at most 1 000 000 000 KZT", () => {
  it.each([
    ["0", "0.00 KZT"],
    ["-5", "-5.00 KZT"],
    // above the bound of every amount read (10^15 KZT): refused as it is read, naming it
    ["99999999999999999999999", "KZT amount 99999999999999999999999 is too large"],
  ])("value %s is refused at the change's value, naming what was given", (value, given) => {
    const [problem, ...rest] = problems(scenario({ value }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^reforms\[0\]\.changes\[0\]\.value: /);
    expect(problem).toContain(given);
  });

  it("a scale that rounds the MRP to 0 is refused at the change's scale: 4 325 × 0.000001 = 0.004325 → 0.00", () => {
    const [problem] = problems(scenario({ scale: "0.000001", rounding: "halfExpand" }));
    expect(problem).toMatch(/^reforms\[0\]\.changes\[0\]\.scale: 4325\.00 KZT × 0\.000001 = 0\.00 KZT/);
  });

  it("the bounds themselves are accepted: 0.01 KZT and 1 000 000 000 KZT", () => {
    for (const value of ["0.01", "1000000000"]) {
      expect(compareScenario(scenario({ value }), {}, "law_response").view).toBe("law_response");
    }
  });

  it("the CLI exits 2 with the path instead of a RangeError", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mrp-")), "pl-zero.json");
    writeFileSync(file, JSON.stringify(scenario({ value: "0" })));
    const { code, err } = await runCli(["compare", file, "--view", "law_response", "--format", "csv"]);
    expect(code).toBe(2);
    expect(err).toContain("reforms[0].changes[0].value");
    expect(err).not.toContain("RangeError");
  });

  it("a plan whose MRP of the base year is indexed to 0 (rate −100 %) names the line instead of dividing by 0", () => {
    const data = { ...scenario({ value: "5000" }), year: 2027 };
    const plan = {
      ...data.plan,
      mrpIndexation: { fromYear: 2027, rate: "-1" },
      acceptImplausibleRates: true,
    };
    const messages = inputIssuesOf(() => compareScenario({ ...data, plan, reforms: [] })).map(
      (i) => i.message,
    );
    expect(messages.join("\n")).toContain("the MRP of 2027 is 0.00 KZT");
  });
});

describe("a reform that would change nothing is refused", () => {
  const withChanges = (changes: unknown[]) => {
    const data = scenario({ value: "5000" });
    return { ...data, reforms: [{ ...data.reforms[0], changes }] };
  };
  const rule = (more: Record<string, unknown>) => ({ kind: "rule", recipient: "fourth_level", ...more });

  it("a rule change of a code no rule has, naming the codes with rules", () => {
    const [problem, ...rest] = problems(withChanges([rule({ ebk: "999999" })]));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^reforms\[0\]\.changes\[0\]\.ebk: .*no rule of the law has EBK code 999999/);
    // the IIT withheld at source and the property tax of individuals are among the law's codes
    expect(problem).toContain("101201");
    expect(problem).toContain("104102");
  });

  it("an empty list of changes", () => {
    expect(problems(withChanges([]))[0]).toMatch(
      /^reforms\[0\]\.changes: a reform needs at least one change/,
    );
  });
});

describe("a withdrawal cap's share given as a JSON number", () => {
  it("says what was given and what is valid, not 'Invalid input'", () => {
    const data = scenario({ value: "5000" });
    const reforms = [{ ...data.reforms[0], changes: [{ kind: "withdrawal_cap", share: 0.3 }] }];
    const [problem, ...rest] = problems({ ...data, reforms });
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^reforms\[0\]\.changes\[0\]\.share: .*0\.3.* is not a share: give a decimal string 0–1/,
    );
  });
});

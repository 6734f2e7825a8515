import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bisect } from "../src/calibrate/bisect.js";
import { calibrateScenario } from "../src/calibrate/calibrate.js";
import { calibrateScenarioFile } from "../src/calibrate/calibrate-file.js";
import { type Ratio, whole } from "../src/calibrate/ratio.js";
import { unknownsOf, withUnknown } from "../src/calibrate/unknown.js";
import { main } from "../src/cli/program.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { captureOutput } from "./capture-output.js";
import { belAgachScenario } from "./fixtures/bel-agach-2026.js";
import { errorOf, runCli } from "./support.js";

const EXAMPLES = join(__dirname, "..", "examples");
const SWAP = join(EXAMPLES, "reform-tax-swap.json");
const WORKPLACE = join(EXAMPLES, "reform-workplace-iit-illustrative.json");

const share = (value: string) =>
  ({ share: value, key: "workplace", recipient: "fourth_level", rounding: "halfEven" }) as const;

/**
 * Bel-Agach rural district's published 2026 budget (tax revenue 39,585 and costs 54,959 thousand KZT) and
 * one receipt of 1,000,000.00 KZT of IIT withheld at source by an employer seated in с.Бородулиха for
 * staff working in Bel-Agach; `shares` of it go to the unit of the workplace.
 */
function belAgach(shares: readonly ReturnType<typeof share>[] = [share("0.5")]) {
  return belAgachScenario("1000000", [
    {
      id: "wp",
      title: "IIT where the work is done",
      effectiveFrom: "2026-01-01",
      label: { kind: "proposal", author: "analyst", text: "a share of withheld IIT to the workplace" },
      changes: [{ kind: "rule", ebk: "101201", shares }],
    },
  ]);
}

describe("calibrateScenario: hand-calculated", () => {
  it("a tax swap made revenue-neutral for the district's budget: s = 0.0739", () => {
    // The district takes the vehicle tax of individuals (104402): 21,625.00 + 8,650.00 = 30,275.00 KZT of
    // 2026 (the 2019 receipt is before the reform). It gives s × 410,000.00 KZT of IIT withheld at source
    // (one receipt, workplace Bel-Agach) to the unit. Its net effect: 30,275.00 − 410,000.00 × s, falling
    // in s; every grid value is a whole 41.00 KZT step (410,000 × 0.0001), so nothing is rounded.
    // 0 at s = 30,275 / 410,000 = 0.073841…: the first grid value at or past it is 0.0739
    // (30,275 − 30,299 = −24.00); one step before, 0.0738 gives 30,275 − 30,258 = +17.00.
    const found = calibrateScenarioFile(SWAP, {
      reform: "workplace-iit",
      target: { kind: "account", account: "104000000" },
    });
    expect(found.parameter).toBe("0.0739");
    expect([found.achieved, found.residual, found.exact]).toEqual(["-24.00", "-24.00", false]);
    expect(found.neighbour).toEqual({ parameter: "0.0738", achieved: "17.00" });
    // the ends: 30,275.00 at s = 0; 30,275.00 − 410,000.00 = −379,725.00 at s = 1
    expect(found.ends).toEqual([
      { parameter: "0", achieved: "30275.00" },
      { parameter: "1", achieved: "-379725.00" },
    ]);
    expect(found.unit).toBe("KZT");
    expect(found.receipts).toBe("ILLUSTRATIVE receipts, NOT published data");
    // the grid has 10,000 steps: ⌈log2 10,000⌉ = 14 halvings at most
    expect(found.steps).toBeLessThanOrEqual(14);
    expect(found.evaluations).toBe(found.steps + 2);
  });

  it("the median self-sufficiency of the example's three units reaches 62 % at s = 0.7032", () => {
    // Bel-Agach 75.7 %, Novodvorovka 61.2 %, Zubair 41.1 %: Novodvorovka is the median, and stays it (the
    // others gain at most 0.9 points). Its own revenues 30,776 + 700 = 31,476 thousand KZT, costs 51,444
    // thousand (its published 2026 decision). 62 % of 51,444,000.00 = 31,895,280.00: it must gain
    // 419,280.00 KZT of its two receipts, 295,000.00 and 301,250.25 KZT, each split halfEven to the tiyn.
    // s = 0.7032: 207,444.00 + 211,839.18 (211,839.1758) = 419,283.18, own 31,895,283.18 → 62.000006 %;
    // s = 0.7031: 207,414.50 + 211,809.05 (211,809.050775) = 419,223.55, own 31,895,223.55 → 61.999890 %.
    const found = calibrateScenarioFile(WORKPLACE, {
      reform: "workplace-iit-50",
      target: { kind: "median_self_sufficiency", district: "104000000", value: "62" },
    });
    expect([found.parameter, found.achieved, found.residual]).toEqual(["0.7032", "62.000006", "0.000006"]);
    expect(found.neighbour).toEqual({ parameter: "0.7031", achieved: "61.999890" });
    expect(found.unit).toBe("%");
  });

  it("one unit's self-sufficiency reaches 73 % at s = 0.5351", () => {
    // 39,585,000.00 ÷ 54,959,000.00 = 72.026420 % before; 73 % of the costs is 40,120,070.00 KZT, so the
    // unit needs 535,070.00 KZT of the 1,000,000.00: s = 0.5351 gives 535,100.00 (40,120,100 ÷ 54,959,000 =
    // 73.000055 %), s = 0.535 gives 535,000.00 (72.999873 %). At s = 1: 40,585,000 ÷ 54,959,000 = 73.845958 %.
    const found = calibrateScenario(belAgach(), {
      reform: "wp",
      target: { kind: "self_sufficiency", unit: "104035000", value: "73" },
    });
    expect([found.parameter, found.achieved]).toEqual(["0.5351", "73.000055"]);
    expect(found.neighbour).toEqual({ parameter: "0.535", achieved: "72.999873" });
    expect(found.ends).toEqual([
      { parameter: "0", achieved: "72.026420" },
      { parameter: "1", achieved: "73.845958" },
    ]);
    expect(found.receipts).toBeUndefined();
  });

  it("an exact target is met exactly: 300.00 KZT of 1,000,000.00 is s = 0.3", () => {
    const found = calibrateScenario(belAgach(), {
      reform: "wp",
      target: { kind: "account", account: "104035000", value: "300000" },
      precision: "0.01",
    });
    expect([found.parameter, found.achieved, found.residual, found.exact]).toEqual([
      "0.3",
      "300000.00",
      "0.00",
      true,
    ]);
    // the comparison at s = 0.3: the unit gains 300,000.00, the district loses as much
    expect(found.comparison.rows.map((r) => [r.account, r.delta.toKzt()])).toEqual([
      ["104035000", "300000.00"],
      ["104000000", "-300000.00"],
    ]);
  });

  it("one share among several is named by its path; a share of 0 is no share", () => {
    // shares 0.2 (solved) and 0.3 (kept) to the workplace, running total rounded: the unit receives
    // round(1,000,000 × (s + 0.3)). 400,000.00 → s = 0.1; the range starts at 0 where the unit has 300,000.00.
    const found = calibrateScenario(belAgach([share("0.2"), share("0.3")]), {
      reform: "wp",
      unknown: ["changes", 0, "shares", 0, "share"],
      target: { kind: "account", account: "104035000", value: "400000" },
      range: ["0", "0.5"],
      precision: "0.05",
    });
    expect([found.unknown, found.parameter, found.achieved]).toEqual([
      "changes.0.shares.0.share",
      "0.1",
      "400000.00",
    ]);
    expect(found.ends[0]).toEqual({ parameter: "0", achieved: "300000.00" });
  });
});

describe("the parameters a calibration can solve", () => {
  const reform: Reform = {
    id: "three",
    title: "three changes",
    effectiveFrom: "2027-01-01",
    label: { kind: "proposal", author: "analyst", text: "three changes" },
    changes: [
      { kind: "rule", ebk: "101201", shares: [share("0.5")] },
      { kind: "parameter", parameter: "mrp", scale: "1.1", rounding: "halfExpand" },
      { kind: "parameter", parameter: "minimumWage", value: "90000" },
      { kind: "withdrawal_cap", share: "0.3" },
      { kind: "withdrawal_cap", share: null },
    ],
  };

  it("a rule change's shares, a parameter change's scale and a withdrawal cap's share (not a value, not a removed cap)", () => {
    expect(unknownsOf(reform).map((u) => [u.path.join("."), u.kind])).toEqual([
      ["changes.0.shares.0.share", "share"],
      ["changes.1.scale", "scale"],
      ["changes.3.share", "cap"],
    ]);
  });

  it("each is set where it stands, the rest of the reform as it was; a share of 0 leaves the share out", () => {
    const [rule, scale, cap] = unknownsOf(reform) as [never, never, never];
    expect(withUnknown(reform, scale, "1.25").changes[1]).toMatchObject({
      scale: "1.25",
      rounding: "halfExpand",
    });
    expect(withUnknown(reform, cap, "0.45").changes[3]).toEqual({ kind: "withdrawal_cap", share: "0.45" });
    expect(withUnknown(reform, rule, "0.2").changes[0]).toEqual({
      kind: "rule",
      ebk: "101201",
      shares: [share("0.2")],
    });
    expect(withUnknown(reform, rule, "0").changes[0]).toEqual({ kind: "rule", ebk: "101201", shares: [] });
    expect(withUnknown(reform, cap, "0.45").changes.slice(0, 3)).toEqual(reform.changes.slice(0, 3));
  });
});

describe("calibrateScenario: errors", () => {
  it("a target outside what the range gives is TARGET_UNREACHABLE, with the values at both ends", () => {
    // the median is already 31,476 ÷ 51,444 = 61.184978 % at s = 0 and (31,476,000 + 596,250.25) ÷
    // 51,444,000 = 62.344006 % at s = 1: 35 % (the concept's target) is below both
    const error = errorOf(() =>
      calibrateScenarioFile(WORKPLACE, {
        reform: "workplace-iit-50",
        target: { kind: "median_self_sufficiency", district: "104000000", value: "35" },
      }),
    );
    expect(error.code).toBe("TARGET_UNREACHABLE");
    expect(error.details).toMatchObject({
      low: { parameter: "0", value: "61.184978 %" },
      high: { parameter: "1", value: "62.344006 %" },
    });
    expect(error.message).toContain("= 35 %");
  });

  it("the country's net effect of a re-attribution, 0 at every share, is TARGET_INSENSITIVE, not an answer", () => {
    // the workplace reform moves IIT between budgets: what a unit gains its district loses, so the
    // country's net effect is 0.00 KZT at s = 0 and at s = 1 and no share "reaches" 0 more than another
    const error = errorOf(() =>
      calibrateScenarioFile(WORKPLACE, { reform: "workplace-iit-50", target: { kind: "country" } }),
    );
    expect(error.code).toBe("TARGET_INSENSITIVE");
    expect(error.details).toMatchObject({
      low: { parameter: "0", value: "0.00 KZT" },
      high: { parameter: "1", value: "0.00 KZT" },
    });
    expect(error.message).toBe(
      "the parameter does not move the target (the net effect of all budgets in 2026 = 0.00 KZT): it gives 0.00 KZT both at 0 and at 1 (a re-attribution between budgets nets to zero for the country); give a target the parameter moves: a district's net effect, a budget account's (a unit's) or a unit's self-sufficiency",
    );
  });

  it("calibrate --target country on a re-attribution: exit 2 with the same words, no parameter printed", async () => {
    const { code, out, err } = await runCli([
      "calibrate",
      WORKPLACE,
      "--reform",
      "workplace-iit-50",
      "--target",
      "country",
    ]);
    expect([code, out]).toEqual([2, ""]);
    expect(err).toContain(
      "error: the parameter does not move the target (the net effect of all budgets in 2026",
    );
    expect(err).toContain("give a target the parameter moves");
  });

  it("an effect that rises and falls is refused as NOT_MONOTONE", () => {
    // 0 at s = 0 and 10 at s = 1 bracket the target 5; the middle, s = 0.5, gives 20: outside the bracket
    const evaluate = (s: string) => ({
      value: whole(s === "0.5" ? 20n : s === "0" ? 0n : 10n) as Ratio,
      extra: null,
    });
    const error = errorOf(() =>
      bisect({ low: "0", high: "1", step: "0.1" }, { value: whole(5n), text: "5" }, evaluate, (r) =>
        String(r.num),
      ),
    );
    expect(error.code).toBe("NOT_MONOTONE");
    expect(error.details).toEqual({
      points: [
        { parameter: "0", value: "0" },
        { parameter: "0.5", value: "20" },
        { parameter: "1", value: "10" },
      ],
    });
  });

  it("every problem of the calibration is reported at once, with its path", () => {
    const error = errorOf(() =>
      calibrateScenario(belAgach(), {
        reform: "nope",
        target: { kind: "median_self_sufficiency", district: "104100000", value: "35" },
        year: 2031,
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((i) => i.path)).toEqual([["reform"], ["year"], ["target", "district"]]);
  });

  it("a reform with several parameters needs the one to solve; a scale needs its range", () => {
    const several = errorOf(() =>
      calibrateScenario(belAgach([share("0.2"), share("0.3")]), {
        reform: "wp",
        target: { kind: "country" },
      }),
    );
    expect(several.issues[0]?.message).toContain("changes.0.shares.0.share, changes.0.shares.1.share");
    const scaled = {
      ...belAgach(),
      reforms: [
        {
          id: "mrp",
          title: "MRP scaled",
          effectiveFrom: "2026-01-01",
          label: { kind: "proposal", author: "analyst", text: "a higher MRP" },
          changes: [{ kind: "parameter", parameter: "mrp", scale: "1.1", rounding: "halfExpand" }],
        },
      ],
    };
    const error = errorOf(() => calibrateScenario(scaled, { reform: "mrp", target: { kind: "country" } }));
    expect(error.issues).toEqual([
      { path: ["range"], code: "INVALID_INPUT", message: 'give the range of a scale, e.g. ["0.5", "1.5"]' },
    ]);
  });
});

describe("fourth-level calibrate", () => {
  const output = captureOutput();

  it("prints the parameter found, the achieved value and residual, the receipts' label and the comparison there", async () => {
    const code = await main([
      "calibrate",
      SWAP,
      "--reform",
      "workplace-iit",
      "--target",
      "account:104000000=0",
    ]);
    expect(code).toBe(0);
    expect(output.out).toContain("receipts: ILLUSTRATIVE receipts, NOT published data");
    expect(output.out).toContain("parameter found: 0.0739");
    expect(output.out).toContain("achieved: -24.00 KZT, residual -24.00 KZT");
    expect(output.out).toContain("one step before: 0.0738 gives 17.00 KZT");
    expect(output.out).toContain("-- Budgets that gain");
  });

  it("--json: the calibration and the comparison at the parameter found", async () => {
    const args = [
      "--reform",
      "workplace-iit-50",
      "--target",
      "self-sufficiency:104035000=76",
      "--precision",
      "0.01",
    ];
    expect(await main(["calibrate", WORKPLACE, ...args, "--json"])).toBe(0);
    const json = JSON.parse(output.out);
    expect(json.unit).toBe("%");
    expect(json.receipts).toBe("ILLUSTRATIVE receipts, NOT published data");
    expect(json.comparison.rows.length).toBeGreaterThan(0);
  });

  it("an unreachable target and a malformed --target exit with code 2 and say why", async () => {
    const unreachable = ["--reform", "workplace-iit-50", "--target", "median-self-sufficiency:104000000=35"];
    expect(await main(["calibrate", WORKPLACE, ...unreachable])).toBe(2);
    expect(output.err).toContain("is not reached for a parameter from 0 to 1");
    expect(await main(["calibrate", WORKPLACE, "--reform", "workplace-iit-50", "--target", "median"])).toBe(
      2,
    );
    expect(output.err).toContain("--target median is not a target: give country[=KZT]");
  });
});

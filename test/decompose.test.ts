import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/cli/program.js";
import { scenarioFileArguments } from "../src/compare/compare-file.js";
import {
  decomposeReforms,
  MAX_DECOMPOSED_REFORMS,
  type ReformDecomposition,
} from "../src/compare/decompose.js";
import { FourthLevelError } from "../src/errors/error.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { captureOutput } from "./capture-output.js";
import { belAgachScenario } from "./fixtures/bel-agach-2026.js";

/**
 * The decomposition of a multi-part reform, worked out by hand: Shapley values of two reforms that do
 * something only together, the odd tiyn by the stated tie rule, and the bundled two-part example.
 */

const output = captureOutput();
afterEach(() => {
  process.exitCode = undefined;
});

const TWO_PARTS = join(__dirname, "..", "examples", "reform-iit-two-parts.json");

const proposal = { kind: "proposal" as const, author: "test", text: "a test reform" };

/** IIT withheld at source (101201) moved to the fourth level: the unit of the tax agent's seat. */
const TO_UNITS: Reform = {
  id: "to-units",
  title: "101201 to the fourth level",
  effectiveFrom: "2026-01-01",
  label: proposal,
  changes: [{ kind: "rule", ebk: "101201", recipient: "fourth_level" }],
};

/** 101201 attributed by the workplace (its recipient unchanged: the district). */
const WORKPLACE_KEY: Reform = {
  id: "workplace-key",
  title: "101201 by the workplace",
  effectiveFrom: "2026-01-01",
  label: proposal,
  changes: [{ kind: "rule", ebk: "101201", key: "workplace" }],
};

/** Each budget's total and parts (KZT), by account. */
const budgets = (d: ReformDecomposition) =>
  Object.fromEntries(d.budgets.map((b) => [b.account, [b.total.toKzt(), ...b.parts.map((p) => p.toKzt())]]));

describe("decomposeReforms, by hand", () => {
  it("splits what two reforms do only together evenly, the odd tiyn to the first reform id", () => {
    // 1,000.01 KZT = 100,001 tiyn. Under the law (key: legal seat, recipient: district) it goes to the
    // district 104000000. v(S) in tiyn, for Бель-Агач (104035000), Бородулихинский с.о. (104030000, whose
    // village с.Бородулиха is the seat) and the district:
    //   v(∅)                = (0, 0, 0)
    //   v(to-units)         = (0, +100001, −100001)   the seat's unit takes it
    //   v(workplace-key)    = (0, 0, 0)               the workplace's district is the same district
    //   v(both)             = (+100001, 0, −100001)   the workplace's unit takes it
    // Shapley, 2 reforms: φ_a = ½[v(a) − v(∅)] + ½[v(ab) − v(b)].
    //   Бель-Агач:   φ_to-units = ½·0 + ½·100001 = 50000.5;  φ_workplace-key = ½·0 + ½·100001 = 50000.5
    //   с.о. 104030000: φ_to-units = ½·100001 + ½·0 = 50000.5; φ_workplace-key = ½·0 + ½·(0 − 100001) = −50000.5
    //   district:    φ_to-units = ½·(−100001) + ½·(−100001) = −100001; φ_workplace-key = ½·0 + ½·0 = 0
    // Rounded down: 50000 and 50000 (Бель-Агач), 50000 and −50001 (с.о.): one tiyn left over in each,
    // the remainders equal (½ each): it goes to "to-units", first in code-point order of the ids.
    const expected = {
      "104035000": ["1000.01", "500.01", "500.00"],
      "104030000": ["0.00", "500.01", "-500.01"],
      "104000000": ["-1000.01", "-1000.01", "0.00"],
    };
    const d = decomposeReforms(belAgachScenario("1000.01", [TO_UNITS, WORKPLACE_KEY]));
    expect(d.components.map((c) => c.id)).toEqual(["to-units", "workplace-key"]);
    expect(budgets(d)).toEqual(expected);
    // the same list the other way round: the same part for each reform, the tie still to "to-units"
    const reversed = decomposeReforms(belAgachScenario("1000.01", [WORKPLACE_KEY, TO_UNITS]));
    expect(budgets(reversed)).toEqual(
      Object.fromEntries(Object.entries(expected).map(([k, [t, a, b]]) => [k, [t, b, a]])),
    );
    // the district with its units, and the country: every subset nets to zero, so every part is zero
    expect(d.districts.map((x) => [x.account, x.total.toKzt(), ...x.parts.map((p) => p.toKzt())])).toEqual([
      ["104000000", "0.00", "0.00", "0.00"],
    ]);
    expect(d.country.map((x) => [x.year, x.total.toKzt(), ...x.parts.map((p) => p.toKzt())])).toEqual([
      [2026, "0.00", "0.00", "0.00"],
    ]);
  });

  it("an even amount splits without rounding", () => {
    // 1,000.02 KZT: Бель-Агач 50,001 tiyn from each reform
    const d = decomposeReforms(belAgachScenario("1000.02", [TO_UNITS, WORKPLACE_KEY]));
    expect(budgets(d)["104035000"]).toEqual(["1000.02", "500.01", "500.01"]);
  });

  it("the bundled two-part example: reform (a) at 50 % and the rest of 101201 to the seat's unit", () => {
    // examples/receipts-workplace-iit-illustrative.csv (ILLUSTRATIVE). Бель-Агач's workplace receipts:
    // iit-1 412,500.00 and iit-2 387,400.50 (seat с.Бородулиха), iit-8 98,000.01 (seat in Бель-Агач).
    //   v(a)  = half of each, halfEven: 206,250.00 + 193,700.25 + 49,000.00 (4,900,000.5 tiyn → even) = 448,950.25
    //   v(e)  = iit-8 in full, its seat being in Бель-Агач                                             =  98,000.01
    //   v(ae) = v(a) + the rest of iit-8 (98,000.01 − 49,000.00)                                        = 497,950.26
    //   φ_a = ½·448,950.25 + ½·(497,950.26 − 98,000.01) = 424,450.25
    //   φ_e = ½·98,000.01 + ½·(497,950.26 − 448,950.25) = 73,500.01
    // The district 104000000 receives all 2,335,201.51 of 101201 under the law and none under both:
    //   v(a) = −1,167,600.75 (the compare example), v(e) = −2,335,201.51, v(ae) = −2,335,201.51
    //   φ_a = ½·(−1,167,600.75) + ½·0 = −583,800.375; φ_e = ½·(−2,335,201.51) + ½·(−1,167,600.76) = −1,751,401.135
    //   rounded down −583,800.38 and −1,751,401.14; the tiyn left over to the larger remainder: both are
    //   ½ tiyn, so to "move-101201" (before "workplace-iit-50"): −1,751,401.13.
    const [data, options, what] = scenarioFileArguments(TWO_PARTS);
    const d = decomposeReforms(data, options, "held_as_planned", what);
    expect(d.components.map((c) => c.id)).toEqual(["workplace-iit-50", "move-101201"]);
    const b = budgets(d);
    expect(b["104035000"]).toEqual(["497950.26", "424450.25", "73500.01"]);
    expect(b["104000000"]).toEqual(["-2335201.51", "-583800.38", "-1751401.13"]);
  });

  it("refuses more reforms than it takes, naming the limit, and takes none", () => {
    const many = Array.from({ length: MAX_DECOMPOSED_REFORMS + 1 }, (_, i) => ({ ...TO_UNITS, id: `r${i}` }));
    let error: unknown;
    try {
      decomposeReforms(belAgachScenario("1000", many));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FourthLevelError);
    expect((error as FourthLevelError).issues).toEqual([
      {
        path: ["reforms"],
        code: "INVALID_INPUT",
        message:
          "a decomposition takes at most 8 reforms (it runs the scenario under each of the 2^n subsets), not 9: merge some reforms into one, or decompose fewer",
      },
    ]);
    const none = decomposeReforms(belAgachScenario("1000", []));
    expect(none.components).toEqual([]);
    expect(none.budgets.every((x) => x.total.isZero() && x.parts.length === 0)).toBe(true);
  });
});

describe("fourth-level compare --decompose", () => {
  it("--json adds a decomposition: components, every figure's baseline, parts and reform", async () => {
    expect(await main(["compare", TWO_PARTS, "--decompose", "--json"])).toBe(0);
    const json = JSON.parse(output.out);
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.decomposition.components.map((c: { id: string }) => c.id)).toEqual([
      "workplace-iit-50",
      "move-101201",
    ]);
    // Бель-Агач's baseline: the transfers of its published 2026 decision, "поступления трансфертов – 13374
    // тысяч тенге" (data/decisions/kz-abai-borodulikha-belagach-2026.txt); its parts as worked out above
    expect(json.decomposition.budgets.find((x: { account: string }) => x.account === "104035000")).toEqual({
      account: "104035000",
      level: 4,
      name: "Бель-Агачский с.о.",
      year: 2026,
      baseline: "13374000.00",
      parts: [
        { id: "workplace-iit-50", amount: "424450.25" },
        { id: "move-101201", amount: "73500.01" },
      ],
      reform: "13871950.26",
      total: "497950.26",
    });
  });

  it("--format csv: one line per figure, a column per reform; table: the waterfall and the method", async () => {
    expect(await main(["compare", TWO_PARTS, "--decompose", "--format", "csv", "--year", "2026"])).toBe(0);
    const lines = output.out.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "view,figure,account,level,name,year,ebk,baseline,workplace-iit-50,move-101201,reform,total,receipts",
    );
    expect(lines).toContain(
      'held_as_planned,country,all,,all budgets,2026,,,0.00,0.00,,0.00,"ILLUSTRATIVE receipts, NOT published data"',
    );
    output.out = "";
    expect(await main(["compare", TWO_PARTS, "--decompose", "--view", "law_response"])).toBe(0);
    expect(output.out).toContain("the transfer law's response: the effect by reform");
    expect(output.out).toContain("+ workplace-iit-50");
    expect(output.out).toContain("Shapley value");
  });
});

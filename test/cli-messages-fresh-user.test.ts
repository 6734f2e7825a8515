import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bisect } from "../src/calibrate/bisect.js";
import { ratioOf, ratioText } from "../src/calibrate/ratio.js";
import { errorOf, runCli } from "./support.js";

const SWAP = join(__dirname, "..", "examples", "reform-tax-swap.json");
const FORMS =
  "country[=KZT], district:KATO[=KZT], account:KATO[=KZT], self-sufficiency:KATO=PERCENT or median-self-sufficiency:KATO=PERCENT";

describe("calibrate --target: a syntax error names the option, what was given and the valid forms", () => {
  it.each([
    ["median-self-sufficiency:104000000", "needs the percent to reach"],
    ["self-sufficiency=35", "needs a KATO code"],
    ["country:104000000", "country takes no KATO code"],
    ["budget:1", "is not a target"],
  ])("%s", async (target, problem) => {
    const { code, err } = await runCli(["calibrate", SWAP, "--reform", "workplace-iit", "--target", target]);
    expect(code).toBe(2);
    expect(err).toContain(`--target ${target} ${problem}`);
    expect(err).toContain(`: give ${FORMS}`);
    expect(err).not.toContain("undefined");
  });

  it("an amount that is not KZT repeats the value given", async () => {
    const { code, err } = await runCli([
      "calibrate",
      SWAP,
      "--reform",
      "workplace-iit",
      "--target",
      "account:104035000=1e400",
    ]);
    expect(code).toBe(2);
    expect(err).toContain(
      'target.value [INVALID_AMOUNT]: must be a decimal string of KZT such as "21625.50"',
    );
    expect(err).toContain('got "1e400"');
  });
});

describe("an unreachable target never shows two different values as equal", () => {
  it("ends that read the same as the target at 6 decimals get their exact fractions", () => {
    // both ends lie below the target 41.148445 but read 41.148445 at 6 decimals:
    // 41.1484449 = 411484449/10000000 and 41.14844495 = 823 / … in lowest terms (hand-reduced below)
    const ends: Record<string, string> = { "0": "41.1484449", "1": "41.14844495" };
    const error = errorOf(() =>
      bisect(
        { low: "0", high: "1", step: "0.5" },
        { value: ratioOf("41.148445"), text: "41.148445 %" },
        (s) => ({ value: ratioOf(ends[s] ?? "0"), extra: null }),
        (r) => `${ratioText(r, 6)} %`,
      ),
    );
    expect(error.code).toBe("TARGET_UNREACHABLE");
    // 41.14844495 = 4114844495/10^8 = 822968899/20000000 (÷ 5)
    expect(error.message).toContain(
      "it gives 41.148445 % (exactly 411484449/10000000) at 0 and 41.148445 % (exactly 822968899/20000000) at 1",
    );
  });
});

describe("compare --view both takes the table or md format", () => {
  it.each(["csv", "json"])("--view both --format %s is refused", async (format) => {
    const { code, err } = await runCli(["compare", SWAP, "--view", "both", "--format", format]);
    expect(code).toBe(2);
    expect(err).toContain(`--view both takes the table or md format; --format ${format} gives one view`);
  });
});

describe("explain on a scenario with reforms says it explains the law as it is", () => {
  const WORKPLACE = join(__dirname, "..", "examples", "reform-workplace-iit-illustrative.json");
  const args = ["explain", "104035000", "--year", "2026", "--line", "tax_revenue"];

  it("a note naming the reforms not applied, on stdout (text) or stderr (--json)", async () => {
    const text = await runCli([...args, WORKPLACE]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("the scenario's reforms (workplace-iit-50) are not applied");
    const json = await runCli([...args, WORKPLACE, "--json"]);
    expect(() => JSON.parse(json.out)).not.toThrow();
    expect(json.err).toContain("the scenario's reforms (workplace-iit-50) are not applied");
  });

  it("no note for a scenario without reforms (the bundled example)", async () => {
    expect((await runCli(args)).out).not.toContain("reforms");
  });
});

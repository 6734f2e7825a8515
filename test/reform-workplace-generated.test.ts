import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareScenarioFile } from "../src/compare/compare-file.js";

const EXAMPLES = join(__dirname, "..", "examples");
const EXAMPLE = join(EXAMPLES, "reform-workplace-iit.json");

/** KZT with two decimals → tiyn. */
const tiyn = (kzt: string) => BigInt(kzt.replace(".", ""));

/** Half of an amount of tiyn, rounded half to even (the reform's share rounding). */
const halfEven = (m: bigint) => (m % 2n === 0n ? m / 2n : (m - 1n) / 2n) + (m % 4n === 3n ? 1n : 0n);

/**
 * By hand, from the worker records' CSV: the IIT withheld (tiyn) from each employee whose workplace is
 * in a unit (its places' KATO codes start with the unit's first six digits), in 12 monthly parts, the
 * first (IIT mod 12) months one tiyn more; the months' parts paid in 2026 (wage months January to
 * November) and in 2027 (December's, paid on 25 January).
 */
function monthlyParts(unitPrefix: string): { paid2026: bigint[]; paid2027: bigint[]; total: bigint } {
  const lines = readFileSync(join(EXAMPLES, "workers-borodulikha-generated.csv"), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  const head = (lines[0] ?? "").split(",");
  const [workplace, iit] = [head.indexOf("workplace"), head.indexOf("withheld_iit")];
  const parts = { paid2026: [] as bigint[], paid2027: [] as bigint[], total: 0n };
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    if (!(cells[workplace] ?? "").startsWith(unitPrefix)) continue;
    const t = tiyn(cells[iit] ?? "0");
    parts.total += t;
    for (let month = 0; month < 12; month++) {
      const m = t / 12n + (BigInt(month) < t % 12n ? 1n : 0n);
      if (m > 0n) (month < 11 ? parts.paid2026 : parts.paid2027).push(m);
    }
  }
  return parts;
}

describe("the bundled reform example on GENERATED worker records: reform (a) at s = 50 %", () => {
  const comparison = compareScenarioFile(EXAMPLE);
  const delta = (account: string, year: number) =>
    comparison.rows.find((r) => r.account === account && r.year === year && r.ebk === "101201")?.delta;

  it("says everywhere that its receipts are generated", () => {
    const file = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { name: string; receipts: { note: string } };
    expect(file.name).toContain("GENERATED");
    expect(file.receipts.note).toContain("GENERATED");
    expect(comparison.name).toContain("GENERATED");
    expect(comparison.notes[0]).toMatch(
      /^receipts: GENERATED receipts.*from the worker records workers-borodulikha-generated\.csv: GENERATED employer-employee records, NOT real data/,
    );
  });

  it("Зубаировский с.о. gains half of the IIT withheld from the employees working in it, to the tiyn", () => {
    const zubair = monthlyParts("104049");
    const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);
    const to2026 = sum(zubair.paid2026.map(halfEven));
    const to2027 = sum(zubair.paid2027.map(halfEven));
    expect(tiyn(delta("104049000", 2026)?.toKzt() ?? "")).toBe(to2026);
    expect(tiyn(delta("104049000", 2027)?.toKzt() ?? "")).toBe(to2027);
    // s × the IIT withheld for them: each receipt's half is within half a tiyn of its exact half
    const receipts = BigInt(zubair.paid2026.length + zubair.paid2027.length);
    const difference = 2n * (to2026 + to2027) - zubair.total;
    expect(difference < 0n ? -difference : difference).toBeLessThanOrEqual(receipts);
  });

  it("its self-sufficiency: 13 128 / 31 904 thousand KZT = 41.1 % before, (13 128 000 + the gain) / 31 904 000 after", () => {
    const unit = comparison.units.find((u) => u.code === "104049000");
    const own = 1_312_800_000n + tiyn(delta("104049000", 2026)?.toKzt() ?? "");
    expect(unit?.ownRevenues.baseline?.toKzt()).toBe("13128000.00");
    expect(tiyn(unit?.ownRevenues.reform?.toKzt() ?? "")).toBe(own);
    // in tenths of a percent, rounded half up: (own × 1000 + costs / 2) ÷ costs, costs 31 904 000.00 KZT
    const costs = 3_190_400_000n;
    const tenths = (own * 1000n + costs / 2n) / costs;
    expect(unit?.selfSufficiency).toEqual({ baseline: "41.1", reform: `${tenths / 10n}.${tenths % 10n}` });
  });

  it("the district and the country: nothing is created or lost", () => {
    expect(comparison.country.map((c) => [c.year, c.delta.toKzt()])).toEqual([
      [2026, "0.00"],
      [2027, "0.00"],
    ]);
    // the district (its budget and its units) gains what Semey loses: half the IIT of employers seated
    // in Semey for work in the district's units
    for (const year of [2026, 2027]) {
      const district = comparison.districts.find((d) => d.year === year)?.delta;
      const semey = comparison.losers.find((l) => l.account === "101000000" && l.year === year)?.delta;
      expect(district?.isNegative()).toBe(false);
      expect(semey && district?.plus(semey).toKzt()).toBe("0.00");
    }
  });
});

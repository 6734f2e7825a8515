import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support.js";

const EXAMPLE = join(__dirname, "..", "examples", "reform-workplace-iit-illustrative.json");
/** The example's own label of its receipts (its `receipts.note`). */
const LABEL = "ILLUSTRATIVE receipts, NOT published data";

describe("compare names the scenario's label of its receipts in every output, as calibrate does", () => {
  it.each([
    ["table", []],
    ["md", []],
    ["table", ["--decompose"]],
    ["md", ["--decompose"]],
  ])("%s %s: a receipts note", async (format, more) => {
    const { code, out } = await runCli(["compare", EXAMPLE, "--format", format, ...more]);
    expect(code).toBe(0);
    expect(out).toContain(`note: receipts: ${LABEL}`);
  });

  it.each([[[]], [["--decompose"]]])("json %s: a receipts field", async (more) => {
    const { out } = await runCli(["compare", EXAMPLE, "--json", ...more]);
    expect(JSON.parse(out).receipts).toBe(LABEL);
  });

  it.each([[[]], [["--decompose"]]])("csv %s: a receipts column, the label on every row", async (more) => {
    const { out } = await runCli(["compare", EXAMPLE, "--format", "csv", ...more]);
    const [head = "", ...rows] = out.trimEnd().split("\n");
    expect(head.endsWith(",receipts")).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    // the label holds a comma, so csv quotes it
    for (const row of rows) expect(row.endsWith(`,"${LABEL}"`)).toBe(true);
  });
});

describe("compare refuses what would show nothing", () => {
  it.each([[[]], [["--decompose"]]])(
    "--year 2027 on a 2026 scenario %s: exit 2, naming its years",
    async (more) => {
      const { code, err } = await runCli(["compare", EXAMPLE, "--year", "2027", ...more]);
      expect(code).toBe(2);
      expect(err).toContain("2027 is not a year of the scenario: 2026 to 2026");
    },
  );
});

describe("compare names the basis of each unit's self-sufficiency, as run does", () => {
  const SWAP = join(__dirname, "..", "examples", "reform-tax-swap.json");
  const belAgach = async (file: string) => {
    const { out } = await runCli(["compare", file, "--json"]);
    const units = JSON.parse(out).units as { account: string; selfSufficiencyBasis: string }[];
    return units.find((u) => u.account === "104035000")?.selfSufficiencyBasis;
  };

  it("published figures (75.7 → 76.5 %) where receipts only move; computed from receipts where they replace the tax lines", async () => {
    expect(await belAgach(EXAMPLE)).toBe("published");
    expect(await belAgach(SWAP)).toBe("computed_from_receipts");
    const { out } = await runCli(["compare", SWAP, "--view", "held_as_planned"]);
    expect(out).toMatch(/self-sufficiency │ after │ basis/);
    expect(out).toMatch(/Бель-Агачский с\.о\. \(104035000\).*│ computed from receipts │/);
  });
});

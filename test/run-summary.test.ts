import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runSummary } from "../src/report/summary.js";
import { loadScenario } from "../src/scenario/load-file.js";
import { runScenario } from "../src/scenario/run.js";
import { runCli } from "./support.js";

const EXAMPLES = join(import.meta.dirname, "..", "examples");
const RECEIPTS = join(EXAMPLES, "borodulikha-2026-with-receipts.json");

describe("runSummary of the bundled example (12 real 2026 budgets)", () => {
  const summary = runSummary(runScenario(loadScenario(join(EXAMPLES, "kz-2026-published.json"))));

  it("counts every identity of every statement once, and finds no mismatch in these 2026 texts", () => {
    // 12 units × 6 identities per statement (revenue, net_lending, fin_assets, balance, financing,
    // financing_sources); data/decisions/index.json records no published inconsistency in these texts
    const { ok, mismatch, notCheckable } = summary.identities;
    expect([summary.units, summary.districts, ok + mismatch + notCheckable, mismatch]).toEqual([
      12, 8, 72, 0,
    ]);
    expect(summary.mismatches).toEqual([]);
  });

  it("names Druzhba's financing gap in 2028: own revenues 930 + fixed subvention 24 563 − costs 28 849", () => {
    // the decision of Kamysty district maslikhat fixes Druzhba's 2028 subvention at 24 563 thousand KZT;
    // no minimum funding is given, so no shortfall of Art. 79 p.3 is counted
    expect(summary.financingGaps).toEqual([
      {
        unitCode: "394845000",
        unit: "Дружбинская с.а.",
        year: 2028,
        source: "fixed",
        balance: "-3356",
        minimumFundingShortfall: null,
        citation: "",
      },
    ]);
  });

  it("names the three least self-sufficient units, by their published figures", () => {
    // Druzhba 930 / 28 849 = 3.22 %; Kuduksai 2 600 / 43 421 = 5.99 %; Kempirsai 9 122 / 50 852.3 = 17.94 %
    expect(summary.lowestSelfSufficiency.map((l) => [l.unitCode, l.published, l.fromReceipts])).toEqual([
      ["394845000", "3.2", null],
      ["156043000", "6.0", null],
      ["154053000", "17.9", null],
    ]);
  });
});

describe("run: the summary first, the details with --details", () => {
  it("the screen starts with the summary; the plan follows; the statements only with --details", async () => {
    const { code, out } = await runCli(["run"]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines.indexOf("== Summary")).toBeLessThan(10);
    expect(out).toContain(
      "financing gap: Дружбинская с.а. (394845000) 2028: own revenues + transfer (fixed) − costs = -3356 thousand KZT",
    );
    expect(out).toContain("identities: ");
    expect(out).toContain("== Plan 2026-2028");
    expect(out).not.toContain("-- Бель-Агачский с.о. (104035000)");
    // the Assumptions block follows the summary, before the plan: its header, cost growth and the growth
    // of the 3 own-revenue lines, the general transfers of the 8 districts, the planning law (one line: no
    // unit gives a term of it), the sources of the 12 units
    const from = lines.indexOf("== Assumptions");
    const assumptions = lines.slice(from, lines.indexOf("", from));
    expect(from).toBeGreaterThan(lines.indexOf("== Summary"));
    expect(lines.findIndex((l) => l.startsWith("== Plan 2026-2028"))).toBeGreaterThan(from);
    expect(assumptions.length).toBe(1 + 4 + 8 + 1 + 12);
    // the summary and the plan fit on a screen or two, where the details take hundreds of lines
    const details = await runCli(["run", "--details"]);
    expect(lines.length - assumptions.length).toBeLessThan(150);
    expect(details.out.split("\n").length).toBeGreaterThan(400);
    expect(details.out).toContain("-- Бель-Агачский с.о. (104035000)");
  });

  it("md has the same summary, and the statements, checks and consolidations as tables with --details", async () => {
    const { out } = await runCli(["run", "--format", "md"]);
    expect(out).toContain("## Summary");
    // the Assumptions, once, after the summary
    expect(out.split("\n").filter((l) => l === "## Assumptions").length).toBe(1);
    expect(out.indexOf("## Assumptions")).toBeGreaterThan(out.indexOf("## Summary"));
    expect(out).toContain("- financing gap: Дружбинская с.а. (394845000) 2028");
    expect(out).not.toContain("## Budget statements");
    const details = await runCli(["run", "--format", "md", "--details"]);
    for (const heading of ["## Budget statements", "## Identity checks", "## District consolidations"]) {
      expect(details.out).toContain(heading);
    }
  });

  it("json carries the summary", async () => {
    const { out } = await runCli(["run", "--json"]);
    const [r] = JSON.parse(out) as { summary: { units: number; financingGaps: { balance: string }[] } }[];
    expect(r?.summary.units).toBe(12);
    expect(r?.summary.financingGaps.map((s) => s.balance)).toEqual(["-3356"]);
  });
});

describe("with receipts, the screen and every export show the same self-sufficiency, each labelled", () => {
  // Bel-Agach 2026 (decision 23.12.2025 No 42-4-VIII): tax 39 585, capital sales 2 000, costs 54 959:
  // published (39 585 + 2 000) / 54 959 = 75.67 % → 75.7. The illustrative receipts give it 21 625 KZT of
  // tax (21.625 thousand), which replace the published tax line: (21.625 + 2 000) / 54 959 = 3.68 % → 3.7.
  it("the statement on the screen gives both, named", async () => {
    const { out } = await runCli(["run", "--details", RECEIPTS]);
    expect(out).toContain(
      "self-sufficiency (own revenues / costs): computed from receipts 3.7 %; published 75.7 %",
    );
    expect(out).toContain("Бель-Агачский с.о. (104035000) published 75.7 %, computed from receipts 3.7 %");
  });

  it("csv: the published figure and the one from receipts in named columns", async () => {
    const { out } = await runCli(["run", "--format", "csv", RECEIPTS]);
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    const belAgach = rows.find((r) => r.unit_code === "104035000");
    expect([
      belAgach?.source,
      belAgach?.self_sufficiency_percent,
      belAgach?.own_revenues_from_receipts,
      belAgach?.self_sufficiency_from_receipts_percent,
    ]).toEqual(["published", "75.7", "2021.625", "3.7"]);
  });

  it("md and json: the same two figures", async () => {
    const md = await runCli(["run", "--format", "md", RECEIPTS]);
    expect(md.out).toContain("75.7 %; from receipts 3.7 %");
    const json = await runCli(["run", "--json", RECEIPTS]);
    const [r] = JSON.parse(json.out) as {
      districts: { units: { statement: Record<string, unknown> }[] }[];
    }[];
    const statement = r?.districts[0]?.units[0]?.statement;
    expect([
      statement?.selfSufficiencyPercent,
      statement?.selfSufficiencyBasis,
      statement?.publishedSelfSufficiencyPercent,
    ]).toEqual(["3.7", "receipts", "75.7"]);
  });

  it("without receipts, the one figure is labelled published", async () => {
    const { out } = await runCli(["run", "--details"]);
    expect(out).toContain("self-sufficiency (own revenues / costs): published 75.7 %");
    expect(out).not.toContain("computed from receipts");
  });
});

describe("check ends with counts", () => {
  it("61 texts, 3 identities each; the three published inconsistencies of data/decisions/index.json", async () => {
    const texts = readdirSync(join(import.meta.dirname, "..", "data", "decisions"))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join("data", "decisions", f));
    const { code, out } = await runCli(["check", ...texts]);
    expect(code).toBe(0);
    const last = out.trimEnd().split("\n").at(-1) ?? "";
    const [, decisions, ok, mismatch, notCheckable] =
      /^(\d+) decision\(s\) checked; identities: (\d+) ok, (\d+) mismatch, (\d+) not checkable$/.exec(last) ??
      [];
    // Taskala 2025 v1 (revenue +49 100), Raiym 2026 (revenue −18), Zhalagash 2019 (balance +1 292.8)
    expect([Number(decisions), Number(mismatch)]).toEqual([61, 3]);
    expect(Number(ok) + Number(mismatch) + Number(notCheckable)).toBe(61 * 3);
  });
});

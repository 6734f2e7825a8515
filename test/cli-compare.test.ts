import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/program.js";
import { BEL_AGACH_DISTRICTS } from "./fixtures/bel-agach-2026.js";

const EXAMPLE = join(__dirname, "..", "examples", "reform-workplace-iit.json");
const ILLUSTRATIVE_RECEIPTS = join(__dirname, "..", "examples", "receipts-workplace-iit-illustrative.csv");

/**
 * The bundled example's budgets and reform with 8 ILLUSTRATIVE receipts instead of its generated ones,
 * changed by `change`, written to a temporary file (decision files by their full path).
 */
function illustrative(change: (data: Record<string, unknown>) => Record<string, unknown> = (d) => d): string {
  const data = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
  const decisions = join(__dirname, "..", "data", "decisions");
  const districts = JSON.stringify(data.districts).replaceAll("../data/decisions", decisions);
  const path = join(mkdtempSync(join(tmpdir(), "fourth-level-")), "illustrative.json");
  const scenario = {
    ...data,
    $schema: undefined,
    districts: JSON.parse(districts) as unknown,
    receipts: { note: "ILLUSTRATIVE receipts, NOT published data", file: ILLUSTRATIVE_RECEIPTS },
  };
  writeFileSync(path, JSON.stringify(change(scenario)));
  return path;
}

/** Collects what is written to a stream, instead of writing it. */
const collect = (stream: NodeJS.WriteStream, into: string[]) =>
  vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => into.push(String(chunk)) > 0);

/** Runs the CLI, returning its exit code and what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  collect(process.stdout, out);
  collect(process.stderr, err);
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out: out.join(""), err: err.join("") };
}

afterEach(() => {
  process.exitCode = undefined;
});

interface Row {
  account: string;
  level: number | null;
  year: number;
  ebk: string;
  baseline: string;
  reform: string;
  delta: string;
}

describe("fourth-level compare", () => {
  it("--json: one row per budget account, year and line, KZT decimal strings; the district loses what the units gain", async () => {
    const { code, out } = await cli("compare", illustrative(), "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as { view: string; rows: Row[] };
    expect(json.view).toBe("held_as_planned");
    const row = (account: string) => json.rows.find((r) => r.account === account && r.ebk === "101201");
    // 8 ILLUSTRATIVE receipts: 2 335 201.51 KZT in all, all to the district under the law
    expect(row("104000000")).toEqual({
      account: "104000000",
      level: 3,
      name: "Бородулихинский район",
      year: 2026,
      ebk: "101201",
      baseline: "2335201.51",
      reform: "1167600.76",
      delta: "-1167600.75",
    });
    expect(row("104035000")?.delta).toBe("448950.25");
    const sum = json.rows.reduce((s, r) => s + BigInt(r.delta.replace(".", "")), 0n);
    expect(sum).toBe(0n);
  });

  it("the same scenario with reforms: [] shows no change at all", async () => {
    const path = illustrative((data) => ({
      ...data,
      reforms: [],
      districts: BEL_AGACH_DISTRICTS,
    }));
    const { code, out } = await cli("compare", path, "--json");
    expect(code).toBe(0);
    const rows = (JSON.parse(out) as { rows: Row[] }).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.delta === "0.00" && r.baseline === r.reform)).toBe(true);
    const table = await cli("compare", path);
    // said plainly, under each view's heading, and every row shown, each the same before and after
    const heading = /^== .*: transfers held as planned\nno reforms: the law as it is; no change\n/m;
    expect(table.out).toMatch(heading);
    expect(table.out).toContain("Budgets that gain: none");
    expect(table.out).toContain(`-- Rows (${rows.length}, all unchanged: no reforms), KZT`);
    // 8 ILLUSTRATIVE receipts, 2 335 201.51 KZT in all, to the district under the law, with or without
    expect(table.out).toMatch(
      /│ 104000000 │\s+3 │ Бородулихинский район │ 2026 │ 101201\s+│\s+2335201\.51 │\s+2335201\.51 │\s+0\.00 │/,
    );
    const md = await cli("compare", path, "--format", "md");
    expect(md.out).toContain("**no reforms: the law as it is; no change**");
    expect((JSON.parse(out) as { notes: string[] }).notes[0]).toBe("no reforms: the law as it is; no change");
  });

  it("table shows both views; csv lists every row; --year keeps a year; a bad view exits 2", async () => {
    const example = illustrative();
    const table = await cli("compare", example);
    expect(table.out).toContain("transfers held as planned");
    expect(table.out).toContain("the transfer law's response");
    expect(table.out).toMatch(
      /Бель-Агачский с\.о\. \(104035000\)\s+│ 2026 │\s+41585000\.00 │\s+42033950\.25 │\s+75\.7 │\s+76\.5/,
    );
    const csv = await cli("compare", example, "--format", "csv");
    expect(csv.out.split("\n")[0]).toBe("view,account,level,name,year,ebk,baseline,reform,delta,receipts");
    const none = await cli("compare", example, "--json", "--year", "2027");
    expect(none.code).toBe(2);
    expect(none.err).toContain("2027 is not a year of the scenario: 2026 to 2026");
    expect((await cli("compare", example, "--view", "sideways")).code).toBe(2);
  });

  it("the bundled example runs on GENERATED worker records and says so in its title and its notes", async () => {
    const { code, out } = await cli("compare", EXAMPLE, "--year", "2026");
    expect(code).toBe(0);
    expect(out).toContain("on GENERATED employer-employee records: transfers held as planned");
    expect(out).toContain("on GENERATED employer-employee records: the transfer law's response");
    expect(out).toMatch(
      /note: receipts: GENERATED receipts, NOT real data; \d+ receipts of IIT withheld at source/,
    );
  });
});

import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support.js";

const DECISIONS = join(__dirname, "..", "..", "data", "decisions");
describe("fourth-level run --chart DIR", () => {
  it("writes the run's charts as SVG files and says so on standard error", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "fourth-level-charts-")), "charts");
    const { code, out, err } = await runCli(["run", "--chart", dir, "--chart-lang", "ru", "--format", "csv"]);
    expect(code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(32);
    expect(files.slice(0, 4)).toEqual([
      "104000000-own-revenues.svg",
      "104000000-plan.svg",
      "104000000-self-sufficiency.svg",
      "104000000-transfer-dependency.svg",
    ]);
    expect(readFileSync(join(dir, "104000000-self-sufficiency.svg"), "utf8")).toContain("Самообеспеченность");
    expect(err).toBe(`charts: 32 SVG file(s) written to ${dir}\n`);
    expect(out.startsWith("scenario,district_code")).toBe(true);
  });
});

describe("fourth-level report", () => {
  it("prints the page of the bundled example in Kazakh", async () => {
    const { code, out } = await runCli("report 104049000 --year 2026 --format html --lang kk".split(" "));
    expect(code).toBe(0);
    expect(out.startsWith('<!doctype html>\n<html lang="kk">')).toBe(true);
    expect(out).toContain("<title>Зубаир ауылдық округі: 2026 жылғы бюджет</title>");
  });

  it("compares with the year before read from its decision text", async () => {
    const previous = join(DECISIONS, "kz-wko-kaztalov-bostandyk-2025.txt");
    const args = ["274839000", "--year", "2026", "--format", "md", "--lang", "en", "--previous", previous];
    const { code, out } = await runCli(["report", ...args]);
    expect(code).toBe(0);
    // 44 659 → 64 451 thousand KZT: +19 792, 44.3 %
    expect(out).toContain(
      "Revenues rose from 44,659 to 64,451\u00a0thousand KZT (by 19,792\u00a0thousand KZT, 44.3%).",
    );
  });

  it("refuses a decision of another year, and a missing --format (exit code 2)", async () => {
    const sameYear = join(DECISIONS, "kz-abai-borodulikha-zubair-2026.txt");
    const otherYear = await runCli([
      "report",
      "104049000",
      "--year",
      "2026",
      "--format",
      "md",
      "--previous",
      sameYear,
    ]);
    expect(otherYear.code).toBe(2);
    expect(otherYear.err).toContain("must be of 2025, the year before 2026, not 2026");
    expect((await runCli(["report", "104049000", "--year", "2026"])).code).toBe(2);
  });
});

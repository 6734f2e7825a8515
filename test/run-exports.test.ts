import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fiscalDataPackage as packageOf } from "../src/report/datapackage.js";
import { codeOf, runCli } from "./support.js";

const RECEIPTS = join(import.meta.dirname, "..", "examples", "borodulikha-2026-with-receipts.json");
const tempDir = () => mkdtempSync(join(tmpdir(), "fourth-level-exports-"));
const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

async function csvTable(table: string, ...args: string[]): Promise<Record<string, string>[]> {
  const { code, out } = await runCli(["run", "--format", "csv", "--table", table, ...args]);
  expect(code).toBe(0);
  return csvRows(out);
}

describe("run --format csv --table: statements, checks, consolidations, plan", () => {
  it("statements: each line with its source and the published amount; receipts by EBK code", async () => {
    const rows = await csvTable("statements", RECEIPTS);
    const zubair = rows.filter((r) => r.unit_code === "104049000");
    const tax = zubair.find((r) => r.line === "tax_revenue");
    // Zubair's receipts: IIT 96 000 + property tax 4 325 KZT = 100.325 thousand, in place of the
    // published 13 128 thousand (decision of Borodulikha district maslikhat for 2026)
    expect([tax?.thousand_kzt, tax?.source, tax?.published_thousand_kzt]).toEqual([
      "100.325",
      "ledger",
      "13128",
    ]);
    const byEbk = zubair.filter((r) => r.line === "revenue_by_ebk" && r.category === "tax");
    expect(byEbk.map((r) => [r.ebk, r.thousand_kzt])).toEqual([
      ["101202", "96"],
      ["104102", "4.325"],
    ]);
  });

  it("checks: six identities per unit; consolidations: the transfers of the district to its units", async () => {
    const checks = await csvTable("checks", RECEIPTS);
    expect(checks.length).toBe(3 * 6);
    expect(new Set(checks.map((c) => c.status))).toEqual(new Set(["ok", "not_checkable"]));
    const [borodulikha] = await csvTable("consolidations", RECEIPTS);
    // the published transfers of the three units: 13 374 + 19 968 + 18 776 = 52 118
    expect([borodulikha?.district_code, borodulikha?.units, borodulikha?.transfers_to_units]).toEqual([
      "104000000",
      "3",
      "52118",
    ]);
  });

  it("every amount is an exact decimal string, never a float's rounding", async () => {
    const rows = await csvTable("statements");
    for (const r of rows) expect(r.thousand_kzt).toMatch(/^-?\d+(\.\d{1,5})?$/);
    // Kempirsai's costs are published to a tenth: 50 852.3 thousand KZT
    expect(rows.find((r) => r.unit_code === "154053000" && r.line === "expenditures")?.thousand_kzt).toBe(
      "50852.3",
    );
  });
});

describe("run --format xlsx --output FILE, read back", () => {
  it("a sheet per table, headers with the unit, amounts as exact numbers, the summary in `about`", async () => {
    const file = join(tempDir(), "run.xlsx");
    const { code, out } = await runCli(["run", "--format", "xlsx", "--output", file, RECEIPTS]);
    expect([code, out.trim()]).toEqual([
      0,
      `wrote ${file}: sheets about, statements, checks, consolidations, plan`,
    ]);
    // numbers as the XML holds them, to compare with the exact decimals
    const sheets = await readXlsxFile(readFileSync(file), { parseNumber: (text: string) => text });
    expect(sheets.map((s) => s.sheet)).toEqual(["about", "statements", "checks", "consolidations", "plan"]);
    const statements = sheets[1]?.data ?? [];
    const head = statements[0] ?? [];
    expect(head).toContain("amount, thousand KZT");
    const at = (name: string) => head.indexOf(name);
    const tax = statements.find((r) => r[at("unit KATO")] === "104049000" && r[at("line")] === "tax_revenue");
    expect(tax?.[at("amount, thousand KZT")]).toBe("100.325");
    // the plan: the published self-sufficiency and the one from receipts, in columns named so
    const plan = sheets[4]?.data ?? [];
    const planHead = plan[0] ?? [];
    const belAgach = plan.find((r) => r[planHead.indexOf("unit KATO")] === "104035000");
    expect([
      belAgach?.[planHead.indexOf("self-sufficiency, %")],
      belAgach?.[planHead.indexOf("self-sufficiency from receipts, %")],
    ]).toEqual(["75.7", "3.7"]);
    // the summary: 3 units × 6 identities, none of them a mismatch
    const about = (sheets[0]?.data ?? []).map((r) => String(r[0]));
    const [, ok, mismatch, notCheckable] =
      /^identities: (\d+) ok, (\d+) mismatch, (\d+) not checkable$/.exec(
        about.find((l) => l.startsWith("identities: ")) ?? "",
      ) ?? [];
    expect([Number(ok) + Number(mismatch) + Number(notCheckable), Number(mismatch)]).toEqual([18, 0]);
  });

  it("every amount cell holds the CSV's decimal exactly", async () => {
    const file = join(tempDir(), "run.xlsx");
    await runCli(["run", "--format", "xlsx", "--output", file]);
    const sheets = await readXlsxFile(readFileSync(file), { parseNumber: (text: string) => text });
    const csv = await csvTable("plan");
    const plan = sheets.find((s) => s.sheet === "plan")?.data ?? [];
    const costs = (plan[0] ?? []).indexOf("costs, thousand KZT");
    // the same rows, the same costs (a trailing zero aside: 50852.30 and 50852.3 are one number)
    expect(plan.slice(1).map((r) => String(r[costs]))).toEqual(csv.map((r) => String(Number(r.costs))));
    expect(plan.slice(1).some((r) => r[costs] === "50852.3")).toBe(true);
  });
});

const field = z.strictObject({
  name: z.string().regex(/^[a-z0-9_]+$/),
  title: z.string(),
  type: z.enum(["string", "integer", "number"]),
  description: z.string(),
  decimalChar: z.literal(".").optional(),
  bareNumber: z.literal(true).optional(),
});
const resource = z.object({
  profile: z.literal("tabular-data-resource"),
  name: z.string().regex(/^[-a-z0-9._/]+$/),
  path: z.string().endsWith(".csv"),
  format: z.literal("csv"),
  mediatype: z.literal("text/csv"),
  encoding: z.literal("utf-8"),
  schema: z.object({ fields: z.array(field).min(1), missingValues: z.array(z.string()) }),
});
const source = z.object({ source: z.string(), resource: z.string() }).passthrough();
/** The shape of a Fiscal Data Package v0.3.0 descriptor (frictionlessdata.io, fiscal-data-package). */
const fiscalDataPackage = z.object({
  profile: z.literal("fiscal-data-package"),
  name: z.string().regex(/^[-a-z0-9._/]+$/),
  title: z.string().min(1),
  countryCode: z.literal("KZ"),
  fiscalPeriod: z.object({ start: z.iso.date(), end: z.iso.date() }),
  resources: z.array(resource).min(1),
  model: z.object({
    measures: z.record(z.string(), source.extend({ currency: z.literal("KZT"), factor: z.literal(1000) })),
    dimensions: z.record(
      z.string(),
      z.object({
        dimensionType: z.enum([
          "datetime",
          "entity",
          "classification",
          "activity",
          "fact",
          "location",
          "other",
        ]),
        primaryKey: z.array(z.string()).min(1),
        attributes: z.record(z.string(), source),
      }),
    ),
  }),
});

describe("run --format datapackage --output DIR: a Fiscal Data Package", () => {
  it("datapackage.json has the shape of the spec, and describes the CSV files written beside it", async () => {
    const dir = join(tempDir(), "package");
    const { code } = await runCli(["run", "--format", "datapackage", "--output", dir]);
    expect(code).toBe(0);
    const descriptor = fiscalDataPackage.parse(
      JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")),
    );
    // the bundled example: 2026 as published, planned to 2028
    expect(descriptor.fiscalPeriod).toEqual({ start: "2026-01-01", end: "2028-12-31" });
    for (const r of descriptor.resources) {
      const text = readFileSync(join(dir, r.path), "utf8");
      expect(text.split("\n")[0]).toBe(r.schema.fields.map((f) => f.name).join(","));
      // every number field of every row: empty or an exact decimal
      const numbers = r.schema.fields.filter((f) => f.type !== "string").map((f) => f.name);
      for (const row of csvRows(text)) {
        for (const n of numbers) expect(row[n]).toMatch(/^(-?\d+(\.\d+)?)?$/);
      }
    }
    // every source of the model is a field of its resource; each dimension's key is among its attributes
    const fieldsOf = (name: string) =>
      descriptor.resources.find((r) => r.name === name)?.schema.fields.map((f) => f.name) ?? [];
    const { measures, dimensions } = descriptor.model;
    for (const m of Object.values(measures)) expect(fieldsOf(m.resource)).toContain(m.source);
    for (const d of Object.values(dimensions)) {
      for (const a of Object.values(d.attributes)) expect(fieldsOf(a.resource)).toContain(a.source);
      for (const key of d.primaryKey) expect(Object.keys(d.attributes)).toContain(key);
    }
  });

  it("without --output, xlsx and datapackage say what they need, exit 2", async () => {
    const { code, err } = await runCli(["run", "--format", "datapackage"]);
    expect(code).toBe(2);
    expect(err).toContain("--format datapackage needs --output DIR");
  });
});

describe("the plan table keeps the run's assumptions in its last columns, in every export", () => {
  // the bundled example states flat growth: costGrowth "0" and each own-revenue line "0" (its plan);
  // Bel-Agach's figures are read from its decision, published at this address
  const BEL_AGACH = [
    "0",
    "tax_revenue 0; non_tax_revenue 0; capital_sales 0",
    "http://insecure.zan.kz/rus/docs/G25FG00424M",
  ];
  const LAST = ["cost_growth", "revenue_growth", "figures_source"];

  it("CSV and the data package: the three fields last, typed and described", async () => {
    const rows = await csvTable("plan", "--year", "2027");
    const belAgach = rows.find((r) => r.unit_code === "104035000");
    expect(LAST.map((name) => belAgach?.[name])).toEqual(BEL_AGACH);
    const dir = join(tempDir(), "package");
    expect((await runCli(["run", "--format", "datapackage", "--output", dir])).code).toBe(0);
    const descriptor = fiscalDataPackage.parse(
      JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")),
    );
    const fields = descriptor.resources.find((r) => r.name === "plan")?.schema.fields ?? [];
    expect(fields.slice(-3).map((f) => [f.name, f.title, f.type])).toEqual([
      ["cost_growth", "cost growth, fraction", "number"],
      ["revenue_growth", "revenue growth", "string"],
      ["figures_source", "figures from", "string"],
    ]);
    expect(fields.at(-3)?.description).toMatch(/costs from the year before \(fraction\)$/);
  });

  it("XLSX: the same columns in the plan sheet, the Assumptions in `about`", async () => {
    const file = join(tempDir(), "run.xlsx");
    expect((await runCli(["run", "--format", "xlsx", "--output", file, "--year", "2027"])).code).toBe(0);
    const sheets = await readXlsxFile(readFileSync(file), { parseNumber: (text: string) => text });
    const plan = sheets.find((s) => s.sheet === "plan")?.data ?? [];
    const head = plan[0] ?? [];
    const belAgach = plan.find((r) => r[head.indexOf("unit KATO")] === "104035000");
    expect(
      ["cost growth, fraction", "revenue growth", "figures from"].map((t) => belAgach?.[head.indexOf(t)]),
    ).toEqual(BEL_AGACH);
    const about = (sheets[0]?.data ?? []).map((r) => String(r[0]));
    expect(about).toContain("Assumptions:");
    expect(about.map((l) => l.trim())).toContain("cost growth, every unit: 2027 0 (+0 %), 2028 0 (+0 %)");
  });
});

describe("fiscalDataPackage refuses what is no package", () => {
  it("an empty list of results, with the library's error", () => {
    expect(codeOf(() => packageOf([]))).toBe("INVALID_INPUT");
  });
});

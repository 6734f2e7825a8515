import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/program.js";

const DECISIONS = join(__dirname, "..", "data", "decisions");
const EXAMPLES = join(__dirname, "..", "examples");

let out = "";
let err = "";
beforeEach(() => {
  out = "";
  err = "";
  process.exitCode = undefined;
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "fourth-level-")), name);
  writeFileSync(path, text);
  return path;
}

interface CheckJson {
  file: string;
  unit: string | null;
  year: number | null;
  figures: Record<string, string>;
  checks: { identity: string; status: string; difference?: string; reason?: string }[];
  amendment?: {
    amends: { date?: string; number: string } | null;
    changes: { point: string | null; items: number[]; figures: Record<string, string> }[];
    applied?: {
      file: string;
      figures: Record<string, string>;
      checks: { identity: string; status: string }[];
    };
  };
}

describe("fourth-level check", () => {
  it("reads all 61 decision texts with their expected figures, exit 0", async () => {
    const index = JSON.parse(readFileSync(join(DECISIONS, "index.json"), "utf8")) as {
      file: string;
      expected: Record<string, number>;
    }[];
    const files = readdirSync(DECISIONS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(DECISIONS, f));
    expect(files).toHaveLength(61);
    expect(await main(["check", "--json", ...files])).toBe(0);
    const results = JSON.parse(out) as CheckJson[];
    expect(results).toHaveLength(61);
    for (const entry of index) {
      const result = results.find((r) => r.file.endsWith(entry.file));
      // index.json numbers have at most one decimal; String() gives their exact decimal text
      const expected = Object.fromEntries(Object.entries(entry.expected).map(([k, v]) => [k, String(v)]));
      expect(result?.figures, entry.file).toEqual(expected);
      expect(result?.checks.map((c) => c.identity)).toEqual(["revenue", "balance", "financing"]);
    }
  });

  it("applies an amendment to the decision it amends when both are given, else says what it restates", async () => {
    const kaskelen = ["kz-almaty-karasay-kaskelen-2025.txt", "kz-almaty-karasay-kaskelen-2025-amend.txt"];
    expect(await main(["check", "--json", ...kaskelen.map((f) => join(DECISIONS, f))])).toBe(0);
    const [original, amendment] = JSON.parse(out) as CheckJson[];
    expect(original?.amendment).toBeUndefined();
    expect(amendment?.amendment?.amends).toEqual({ date: "2024-12-30", number: "30-3" });
    expect(amendment?.amendment?.applied?.file).toMatch(/kz-almaty-karasay-kaskelen-2025\.txt$/u);
    // the index's pairing note: transfers 415 397 + 152 888 = 568 285; expenditures 3 646 080 + 169 295 = 3 815 375
    expect(amendment?.amendment?.applied?.figures.transfers).toBe("568285");
    expect(amendment?.amendment?.applied?.figures.expenditures).toBe("3815375");
    expect(await main(["check", join(DECISIONS, "kz-aktobe-martuk-item4-2026-amend.txt")])).toBe(0);
    expect(out).toContain("amends decision № 278 of 2025-12-24:");
    expect(out).toContain("restates sub-item 5) of point 4: deficit -10121.4");
  });

  it("reports the published Taskala 2025 inconsistency as a mismatch of 49 100 thousand KZT", async () => {
    // components 158 430 + 671 + 11 515 + 288 138 = 458 754; published total 507 854; 507 854 − 458 754 = 49 100
    expect(await main(["check", "--json", join(DECISIONS, "kz-wko-taskala-aggregate-2025-v1.txt")])).toBe(0);
    const [result] = JSON.parse(out) as CheckJson[];
    expect(result?.checks[0]).toEqual({ identity: "revenue", status: "mismatch", difference: "49100" });
    expect(result?.checks[1]?.status).toBe("ok");
  });

  it("agrees with every identity status recomputed by hand in index.json", async () => {
    const index = JSON.parse(readFileSync(join(DECISIONS, "index.json"), "utf8")) as {
      file: string;
      checks: Record<string, { status: string }>;
    }[];
    await main(["check", "--json", ...index.map((e) => join(DECISIONS, e.file))]);
    const results = JSON.parse(out) as CheckJson[];
    const toOurs = (s: string) => (s === "ok" ? "ok" : s === "MISMATCH" ? "mismatch" : "not_checkable");
    for (const entry of index) {
      const result = results.find((r) => r.file.endsWith(entry.file));
      for (const [theirs, ours] of [
        ["revenueIdentity", "revenue"],
        ["balanceIdentity", "balance"],
        ["financingIdentity", "financing"],
      ] as const) {
        const hand = entry.checks[theirs];
        if (hand === undefined) continue;
        expect(result?.checks.find((c) => c.identity === ours)?.status, `${entry.file} ${ours}`).toBe(
          toOurs(hand.status),
        );
      }
    }
  });

  it("reads the JSON form: one object per decision year, money as decimal strings", async () => {
    expect(await main(["check", "--json", join(DECISIONS, "published-budgets.json")])).toBe(0);
    const results = JSON.parse(out) as CheckJson[];
    const akzhona = results.find((r) => r.unit === "сельский округ Акжона" && r.year === 2024);
    expect(akzhona?.figures.deficit).toBe("-1642.4");
    expect(akzhona?.figures.revenue_total).toBe("65315");
    expect(results.every((r) => Object.values(r.figures).every((v) => typeof v === "string"))).toBe(true);
  });

  it("prints a readable table by default", async () => {
    await main(["check", join(DECISIONS, "kz-wko-taskala-aggregate-2025-v1.txt")]);
    expect(out).toContain("MISMATCH by 49100");
    expect(out).toContain("revenue_total");
  });

  it("exits 2 with a one-line reason for a missing file and for a text with no budget list", async () => {
    const noBudget = tempFile("x.txt", "# source: nowhere\n# language: ru\nРешение без бюджета.\n");
    expect(
      await main([
        "check",
        "--json",
        join(DECISIONS, "kz-abai-borodulikha-zubair-2026.txt"),
        "/no/such.txt",
        noBudget,
      ]),
    ).toBe(2);
    expect(JSON.parse(out)).toHaveLength(1);
    expect(err).toContain("/no/such.txt: cannot read");
    expect(err).toContain("no budget list found");
  });

  it("exits 2 on bad arguments", async () => {
    expect(await main(["check"])).toBe(2);
    expect(await main(["no-such-command"])).toBe(2);
    expect(await main(["run", "--no-such-option"])).toBe(2);
  });
});

describe("fourth-level run", () => {
  it("runs the bundled real 2026 example with no argument", async () => {
    expect(await main(["run", "--json"])).toBe(0);
    const [result] = JSON.parse(out) as {
      year: number;
      districts: {
        district: { code: string };
        units: {
          unit: { code: string };
          statement: {
            selfSufficiencyPercent: string | null;
            checks: { identity: string; status: string }[];
          };
        }[];
        consolidation: {
          mutualTransfers: { toUnitsThousandKzt: string };
          unitsOwnRevenue: { thousandKzt?: string };
        };
      }[];
    }[];
    expect(result?.year).toBe(2026);
    const borodulikha = result?.districts.find((d) => d.district.code === "104000000");
    expect(borodulikha?.units.map((u) => u.unit.code)).toEqual(["104035000", "104057000", "104049000"]);
    // Bel-Agach: (39 585 + 0 + 2 000) / 54 959 = 75.67 %
    expect(borodulikha?.units[0]?.statement.selfSufficiencyPercent).toBe("75.7");
    // transfers to the three units: 13 374 + 19 968 + 18 776 = 52 118; own revenues 138 307 − 52 118 = 86 189
    expect(borodulikha?.consolidation.mutualTransfers.toUnitsThousandKzt).toBe("52118");
    expect(borodulikha?.consolidation.unitsOwnRevenue.thousandKzt).toBe("86189");
  });

  it("prints the summary and the plan as text; the statements, checks and consolidations with --details", async () => {
    expect(await main(["run"])).toBe(0);
    expect(out).toContain("Real data only");
    expect(out).toContain("== Summary");
    expect(out).toContain("== Plan 2026-2028");
    expect(out).not.toContain("consolidation of Бородулихинский район");
    out = "";
    expect(await main(["run", "--details"])).toBe(0);
    expect(out).toContain("Бель-Агачский с.о.");
    expect(out).toContain("self-sufficiency (own revenues / costs): published 75.7 %");
    expect(out).toContain("consolidation of Бородулихинский район");
    expect(out.indexOf("== Summary")).toBeLessThan(out.indexOf("consolidation of Бородулихинский район"));
    expect(out.indexOf("consolidation of Бородулихинский район")).toBeLessThan(
      out.indexOf("== Plan 2026-2028"),
    );
  });

  it("reports every problem of a bad scenario at once with its path, exit 2", async () => {
    const bad = tempFile(
      "bad.json",
      JSON.stringify({
        name: "bad",
        year: "2026",
        districts: [
          { kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: 39585, bogus: "1" } }] },
        ],
      }),
    );
    expect(await main(["run", bad])).toBe(2);
    expect(err).toContain("year");
    expect(err).toContain("districts[0].units[0].figures.tax_revenue");
    expect(err).toContain("bogus");
  });

  it("a decision text of another unit exits 2 naming the text's unit and the scenario's", async () => {
    const wrong = tempFile(
      "wrong-unit.json",
      JSON.stringify({
        name: "Druzhba's decision attached to Zubair",
        year: 2026,
        districts: [
          {
            kato: "104000000",
            units: [
              { kato: "104049000", decisionFile: join(DECISIONS, "kz-kostanay-kamysty-druzhba-2026.txt") },
            ],
          },
        ],
      }),
    );
    expect(await main(["run", wrong])).toBe(2);
    expect(err).toContain("districts[0].units[0].decisionFile");
    expect(err).toContain('"села Дружба Камыстинского района"');
    expect(err).toContain("104049000 (Зубаировский с.о. / Зубаир а.о.)");
  });

  it("prints the rates and assumptions it used with the results, in every format", async () => {
    const file = tempFile(
      "assumptions.json",
      JSON.stringify({
        name: "Zubair, 500 % a year on purpose",
        year: 2026,
        districts: [
          {
            kato: "104000000",
            units: [
              {
                kato: "104049000",
                source: "decision of 23.12.2025",
                figures: { tax_revenue: "13128", transfers: "18776", expenditures: "31904" },
              },
            ],
          },
        ],
        plan: {
          horizon: 2028,
          acceptImplausibleRates: true,
          mrpIndexation: { fromYear: 2027, rate: "0.05" },
          revenueGrowth: { tax_revenue: "mrp" },
          costGrowth: "5",
        },
      }),
    );
    expect(await main(["run", file])).toBe(0);
    expect(out).toContain("== Assumptions");
    expect(out).toContain("cost growth, every unit: 2027 5 (+500 %), 2028 5 (+500 %)");
    expect(out).toContain("tax_revenue growth, every unit: 2027 with the MRP, 2028 with the MRP");
    // 4 325 × 1.05 = 4 541.25 → 4 541; 4 541 × 1.05 = 4 768.05 → 4 768 (whole tenge)
    expect(out).toMatch(/MRP, KZT: 2026 4325\.00 \(.*\), 2027 4541\.00 \(indexed ×1\.05\), 2028 4768\.00/);
    expect(out).toContain(
      "general transfers, Бородулихинский район: fixed volumes where the maslikhat fixed them, else 2027–2028: the law's formula (own revenues − costs)",
    );
    expect(out).toContain("figures of Зубаировский с.о. (104049000): decision of 23.12.2025");
    out = "";
    expect(await main(["run", file, "--year", "2028"])).toBe(0);
    expect(out).toContain("cost growth, every unit: 2027 5 (+500 %), 2028 5 (+500 %)");
    out = "";
    expect(await main(["run", file, "--format", "md"])).toBe(0);
    expect(out).toContain("## Assumptions\n\n- cost growth, every unit: 2027 5 (+500 %), 2028 5 (+500 %)");
    out = "";
    expect(await main(["run", file, "--format", "csv"])).toBe(0);
    const rows = out.split("\n");
    expect(rows[0]).toMatch(/,cost_growth,revenue_growth,figures_source$/);
    // 2027: costs 31 904 × 6 = 191 424, the rates of that year at the end of the row
    const row2027 = rows.find((r) => r.includes(",2027,formula,"));
    expect(row2027).toContain(",191424,");
    expect(row2027).toMatch(
      /,5,tax_revenue mrp; non_tax_revenue 0; capital_sales 0,decision of 23\.12\.2025$/,
    );
    out = "";
    expect(await main(["run", file, "--format", "json"])).toBe(0);
    const [json] = JSON.parse(out) as { assumptions: { rates: { year: number; costGrowth: string }[] } }[];
    expect(json?.assumptions.rates.map((r) => [r.year, r.costGrowth])).toEqual([
      [2027, "5"],
      [2028, "5"],
    ]);
  });

  it("rejects a unit of another district and an unknown KATO code", async () => {
    const bad = tempFile(
      "bad.json",
      JSON.stringify({
        name: "bad",
        year: 2026,
        districts: [
          { kato: "104000000", units: [{ kato: "394845000", figures: { tax_revenue: "1" } }] },
          { kato: "999999999", units: [{ kato: "104035000", figures: { tax_revenue: "1" } }] },
        ],
      }),
    );
    expect(await main(["run", bad])).toBe(2);
    expect(err).toContain("districts[0].units[0].kato");
    expect(err).toContain("districts[1].kato");
  });
});

describe("fourth-level attribute", () => {
  const csv = join(EXAMPLES, "receipts-borodulikha-illustrative.csv");

  it("totals per budget and an exact conservation line", async () => {
    expect(await main(["attribute", "--json", csv])).toBe(0);
    const result = JSON.parse(out) as {
      totals: { account: string; ebk: string; amountKzt: string }[];
      conservation: { receiptsKzt: string; postingsKzt: string; exact: boolean };
    };
    // 21625 + 8650 + 125000 + 4325 + 1730 + 96000 + 35000 + 410000 + 15150 = 717480
    expect(result.conservation).toEqual({ receiptsKzt: "717480.00", postingsKzt: "717480.00", exact: true });
    // property tax keys on the object (Zubair), not the owner's residence (Borodulikha)
    expect(result.totals).toContainEqual(
      expect.objectContaining({ account: "budget:4:104049000", ebk: "104102", amountKzt: "4325.00" }),
    );
    // the 2019 receipt: Bel-Agach had no budget of its own yet (default 2020-01-01) → district
    expect(result.totals).toContainEqual(
      expect.objectContaining({ account: "budget:3:104000000", amountKzt: "15150.00" }),
    );
  });

  it("--own-budget-since moves the 2019 receipt to the unit", async () => {
    await main(["attribute", "--json", "--own-budget-since", "104035000=2018-01-01", csv]);
    const result = JSON.parse(out) as { totals: { account: string; ebk: string; amountKzt: string }[] };
    // Bel-Agach vehicle tax: 21 625 (2026) + 15 150 (2019) = 36 775
    expect(result.totals).toContainEqual(
      expect.objectContaining({ account: "budget:4:104035000", ebk: "104402", amountKzt: "36775.00" }),
    );
  });

  it("fails with every bad row named, or keeps unattributable ones aside with --unattributed", async () => {
    const file = tempFile(
      "r.csv",
      [
        "id,ebk,amount,payment_date,payer_kind,residence,object_location",
        "a,104402,100.005,2026-01-10,individual,104035100,", // three decimals
        "b,104402,-5,2026-01-10,individual,104035100,", // negative
        "c,104102,10,2026-01-10,individual,104035100,", // property tax without object_location
        "d,999999,10,2026-01-10,individual,104035100,", // unknown EBK code
        "e,104402,10,2026-02-30,individual,104035100,", // no such date
        "f,104402,10,2026-01-10,individual,999999999,", // unknown KATO
      ].join("\n"),
    );
    expect(await main(["attribute", file])).toBe(2);
    for (const row of ["row 1", "row 2", "row 5", "row 6"]) expect(err).toContain(row);
    err = "";
    const ok = tempFile(
      "ok.csv",
      [
        "id,ebk,amount,payment_date,payer_kind,residence",
        "c,104102,10,2026-01-10,individual,104035100",
        "d,999999,10,2026-01-10,individual,104035100",
      ].join("\n"),
    );
    expect(await main(["attribute", ok])).toBe(2);
    expect(err).toContain("MISSING");
    out = "";
    expect(await main(["attribute", "--unattributed", "--json", ok])).toBe(0);
    const result = JSON.parse(out) as {
      unattributed: { receiptId: string; code: string }[];
      conservation: { exact: boolean };
    };
    expect(result.unattributed.map((u) => [u.receiptId, u.code])).toEqual([
      ["c", "MISSING_KEY"],
      ["d", "UNKNOWN_EBK"],
    ]);
    expect(result.conservation.exact).toBe(true);
  });
});

describe("bad input found by a fresh user", () => {
  it("an unreadable amount makes the identities that use it not checkable, not a mismatch", async () => {
    // Druzhba 2026 with the tax amount garbled: '912,0' → '9l2,0'
    const text = readFileSync(join(DECISIONS, "kz-kostanay-kamysty-druzhba-2026.txt"), "utf8").replace(
      "912,0",
      "9l2,0",
    );
    const file = tempFile("druzhba.txt", text);
    expect(await main(["check", "--json", file])).toBe(0);
    const [result] = JSON.parse(out) as CheckJson[];
    expect(result?.figures.tax_revenue).toBeUndefined();
    expect(result?.checks[0]?.status).toBe("not_checkable");
    expect(result?.checks[0]?.reason).toContain("tax_revenue");
    expect(result?.checks[1]?.status).toBe("ok");
  });

  it("files with nothing in them, directories and conflicting options exit 2 with the reason", async () => {
    expect(await main(["check", tempFile("empty.json", "[]")])).toBe(2);
    expect(err).toContain("holds no decision");
    expect(await main(["attribute", tempFile("h.csv", "id,ebk,amount,payment_date,payer_kind\n")])).toBe(2);
    expect(err).toContain("holds no receipts");
    expect(await main(["check", mkdtempSync(join(tmpdir(), "no-texts-"))])).toBe(2);
    expect(err).toContain("the folder holds no decision text (.txt)");
    err = "";
    const csv = join(EXAMPLES, "receipts-borodulikha-illustrative.csv");
    const args = [
      "attribute",
      "--own-budget-since",
      "104035000=2018-01-01",
      "--own-budget-since",
      "104035000=2019-01-01",
    ];
    expect(
      await main([...args, "--own-budget-since", "999999999=2018-01-01", "--open-code", "nope=1", csv]),
    ).toBe(2);
    expect(err).toContain("given twice");
    expect(err).toContain("999999999");
  });

  it("reports every bad code given to where", async () => {
    expect(await main(["where", "12345678", "abcdefghi", "104035100"])).toBe(2);
    expect(err).toContain("argument 1");
    expect(err).toContain("argument 2");
    expect(err).not.toContain("argument 3");
  });

  it("reports format and rule problems of a receipts file in one error, by row, and rows of the wrong length once", async () => {
    const file = tempFile(
      "r.csv",
      [
        "id,ebk,amount,payment_date,payer_kind,residence,object_location",
        "a,104402,10.005,2026-01-10,individual,104035100,", // three decimals (format)
        "b,104102,10,2026-01-10,individual,104035100,", // no object_location (rule)
        "c,999999,10,2026-01-10,individual,104035100,", // unknown EBK (rule)
        "c,104402,10,2026-01-10,individual,104035100,", // duplicate id
        "d,104402,10", // too few fields
      ].join("\n"),
    );
    expect(await main(["attribute", file])).toBe(2);
    expect(err).toContain("row 1 (line 2).amount");
    expect(err).toContain("row 2 (line 3).object_location [MISSING_KEY]");
    expect(err).toContain("row 3 (line 4).ebk [UNKNOWN_EBK]");
    expect(err).toContain("row 4 (line 5).id");
    expect(err).toContain("row 5 (line 6): has 3 fields, the header has 7");
  });

  it("a scenario whose decision file is empty names it with its path, with the other problems", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fourth-level-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const scenario = join(dir, "s.json");
    writeFileSync(
      scenario,
      JSON.stringify({
        name: "s",
        year: 2026,
        districts: [
          {
            kato: "104000000",
            units: [
              { kato: "104035000", decisionFile: "empty.txt" },
              { kato: "104057000", decisionFile: "missing.txt" },
            ],
          },
        ],
      }),
    );
    expect(await main(["run", scenario])).toBe(2);
    expect(err).toContain("districts[0].units[0].decisionFile");
    expect(err).toContain("districts[0].units[1].decisionFile");
  });

  it("the example with illustrative receipts says so, and names the receipt dated outside the year", async () => {
    expect(await main(["run", "--details", join(EXAMPLES, "borodulikha-2026-with-receipts.json")])).toBe(0);
    expect(out).toContain("ILLUSTRATIVE");
    expect(out).toContain("veh-2019 (2019-09-30)");
    // Zubair's tax lines from the receipts: IIT 96 000 + property tax 4 325 = 100 325 KZT = 100.325 thousand
    expect(out).toMatch(/tax_revenue\s+│\s+100\.325 │ ledger/);
  });
});

describe("fourth-level schema and where", () => {
  it("prints the scenario JSON Schema", async () => {
    expect(await main(["schema"])).toBe(0);
    const schema = JSON.parse(out) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["year", "districts", "receipts"]));
  });

  it("says which unit and district own a KATO code", async () => {
    expect(await main(["where", "104035100"])).toBe(0);
    expect(out).toContain("Бель-Агачский с.о. (104035000)");
    expect(out).toContain("Бородулихинский район (104000000)");
    expect(await main(["where", "123"])).toBe(2);
    expect(err).toContain("123");
  });
});

describe("fourth-level tax vehicle", () => {
  it("prints the amount with its breakdown and articles; --json gives amount as a KZT string", async () => {
    // 2 000 cc, 2025: 3 × 3 932 + 7 × 500 = 15 296
    expect(await main(["tax", "vehicle", "--year", "2025", "--engine-cc", "2000"])).toBe(0);
    expect(out).toContain("vehicle tax 2025: 15296.00 KZT");
    expect(out).toContain("Art. 492 p.1");
    out = "";
    expect(await main(["tax", "vehicle", "--year", "2025", "--engine-cc", "2000", "--json"])).toBe(0);
    const json = JSON.parse(out) as { amount: string; breakdown: { step: string; article?: string }[] };
    expect(json.amount).toBe("15296.00");
    expect(json.breakdown.map((s) => s.step)).toEqual([
      "MRP",
      "band",
      "surcharge",
      "annual amount",
      "rounding",
    ]);
  });

  it("exits 2 with the reason on bad or missing options", async () => {
    expect(await main(["tax", "vehicle", "--engine-cc", "2000"])).toBe(2);
    expect(await main(["tax", "vehicle", "--year", "2025", "--engine-cc", "-5"])).toBe(2);
    expect(await main(["tax", "vehicle", "--year", "2025", "--category", "truck"])).toBe(2);
    expect(err).toContain("--payload-t");
    expect(await main(["tax", "vehicle", "--year", "2026", "--engine-cc", "2000"])).toBe(2);
    expect(err).toContain("year of manufacture");
  });
});

describe("fourth-level tax property|iit|advertising|land and revenue", () => {
  const amountOf = async (args: string[]) => {
    out = "";
    expect(await main(["tax", ...args, "--json"])).toBe(0);
    return (JSON.parse(out) as { amount: string }).amount;
  };

  it("computes each tax with the amounts of the law (hand computations in comments)", async () => {
    // property 2025, 4 000 000: 1 000 + 0.08 % × 2 000 000 = 2 600 (prop-03)
    expect(await amountOf(["property", "--year", "2025", "--value", "4000000"])).toBe("2600.00");
    // IIT 2026 over the 8 500 MRP band: 10 % × 36 762 500 + 15 % × 1 = 3 676 250.15 → 3 676 250 (whole tenge)
    expect(await amountOf(["iit", "--year", "2026", "--annual-income", "36762501"])).toBe("3676250.00");
    // advertising 2026, sign of 2 m² in a village: 0.5 × 4 325 = 2 162.50 → 2 163
    expect(
      await amountOf(["advertising", "--year", "2026", "--object-type", "non_video", "--area-m2", "2"]),
    ).toBe("2163.00");
    // land 2025, village 1 000 m²: 0.48 × 1 000 = 480
    expect(await amountOf(["land", "--year", "2025", "--area-m2", "1000", "--category", "village"])).toBe(
      "480.00",
    );
  });

  it("refuses options that do not apply and a personal exemption for a company, exit 2", async () => {
    expect(await main(["tax", "vehicle", "--year", "2025", "--engine-cc", "2000", "--seats", "5"])).toBe(2);
    expect(err).toContain("--seats does not apply");
    expect(
      await main([
        "tax",
        "vehicle",
        "--year",
        "2025",
        "--engine-cc",
        "2000",
        "--payer",
        "legal-entity",
        "--exemption",
        "disability",
      ]),
    ).toBe(2);
    expect(err).toContain("for individuals");
    expect(await main(["tax", "vehicle", "--year", "2027", "--engine-cc", "2000"])).toBe(2);
  });

  it("names the missing rate table when the law read does not set the rate, exit 2", async () => {
    expect(await main(["tax", "advertising", "--year", "2025", "--object-type", "lightbox"])).toBe(2);
    expect(err).toContain("rateTable.columnC.lightbox");
  });

  it("revenue runs the chain on the illustrative vehicle registry with exact conservation", async () => {
    out = "";
    const csv = join(EXAMPLES, "vehicles-borodulikha-illustrative.csv");
    expect(await main(["revenue", csv, "--year", "2025", "--json"])).toBe(0);
    const r = JSON.parse(out) as {
      note: string;
      collectedKzt: string;
      conservation: { exact: boolean; postingsKzt: string };
    };
    expect(r.note).toContain("ILLUSTRATIVE");
    // 12 496 + 26 392 + 3 932 + 182 972 + 35 388 + 55 048 + 11 796 = 328 024
    expect(r.collectedKzt).toBe("328024.00");
    expect(r.conservation).toMatchObject({ exact: true, postingsKzt: "328024.00" });
    expect(await main(["revenue", csv])).toBe(2);
    expect(err).toContain("--year");
  });
});

describe("defects found by the final smoke test", () => {
  it("the published entrepreneurs' scale only for entrepreneurs in 2026; a clear pointer to it otherwise", async () => {
    expect(
      await main(["tax", "iit", "--year", "2025", "--annual-income", "1000", "--published-ie-scale"]),
    ).toBe(2);
    expect(err).toContain("--payer individual-entrepreneur and --year 2026");
    expect(
      await main([
        "tax",
        "iit",
        "--year",
        "2026",
        "--annual-income",
        "1000",
        "--payer",
        "individual-entrepreneur",
      ]),
    ).toBe(2);
    expect(err).toContain("--published-ie-scale");
    out = "";
    // 10 % × 1 000 000 (below 230 000 MRP) = 100 000
    expect(
      await main([
        "tax",
        "iit",
        "--year",
        "2026",
        "--annual-income",
        "1000000",
        "--payer",
        "individual-entrepreneur",
        "--published-ie-scale",
        "--json",
      ]),
    ).toBe(0);
    expect((JSON.parse(out) as { amount: string }).amount).toBe("100000.00");
  });

  it("revenue on a CSV registry takes the 2026 age-coefficient scope as an option", async () => {
    const csv = join(EXAMPLES, "vehicles-borodulikha-illustrative.csv");
    expect(await main(["revenue", csv, "--year", "2026"])).toBe(2);
    expect(err).toContain("ageCoefficientScope");
    out = "";
    expect(
      await main(["revenue", csv, "--year", "2026", "--age-coefficient-scope", "whole_amount", "--json"]),
    ).toBe(0);
    expect((JSON.parse(out) as { conservation: { exact: boolean } }).conservation.exact).toBe(true);
  });

  it("where --date says the place is in a unit that had no budget yet", async () => {
    expect(await main(["where", "--date", "2019-06-01", "104035100"])).toBe(0);
    expect(out).toContain("in Бель-Агачский с.о. (104035000), which had no budget of its own on 2019-06-01");
  });
});

describe("fourth-level run --format and --year", () => {
  it("csv: one row per unit and year with exact thousand KZT and the alternative", async () => {
    const file = join(EXAMPLES, "borodulikha-2026-2028-equalisation.json");
    expect(await main(["run", file, "--format", "csv", "--year", "2027"])).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines[0]).toContain(
      "unit_code,unit,year,source,own_revenues,tax_revenue,non_tax_revenue,capital_sales,costs,subvention",
    );
    // 3 units + the district total
    expect(lines).toHaveLength(5);
    const zubair = lines.find((l) => l.includes("104049000")) ?? "";
    // own revenues 13 128 = tax 13 128 + non-tax 0 + capital sales 0; formula 18 776; alternative 11 168.14286 thousand KZT (exact, not rounded)
    expect(zubair).toContain(",2027,formula,13128,13128,0,0,31904,18776,0,0,,41.1,");
    expect(zubair).toContain(",11168.14286,-7607.85714,loses,-7607.85714");
  });

  it("md: Markdown tables with a heading per district", async () => {
    expect(await main(["run", "--format", "md", "--year", "2028"])).toBe(0);
    expect(out).toContain("## Камыстинский район (394800000)");
    expect(out).toMatch(/\| 2028 \| Дружбинская с\.а\. \(394845000\) +\| fixed +\|/);
  });

  it("table: a planned --year shows only the plan of that year", async () => {
    expect(await main(["run", "--year", "2028"])).toBe(0);
    expect(out).not.toContain("self-sufficiency (own revenues / costs)");
    // Druzhba's 2028 subvention is fixed at 24 563 in its published 2026 decision (BC2025 Art. 79 p.2)
    expect(out).toMatch(/│ 2028 │ Дружбинская с\.а\. \(394845000\) +│ fixed +│ .* │ +24563\.0 │/);
    expect(out).not.toMatch(/│ 2027 │/);
  });

  it("--year given twice is refused, exit 2", async () => {
    expect(await main(["run", "--year", "2027", "--year", "2028"])).toBe(2);
    expect(err).toContain("--year is given more than once");
  });

  it("json keeps --json and adds the tables", async () => {
    expect(await main(["run", "--json", "--year", "2027"])).toBe(0);
    const [r] = JSON.parse(out) as { plan: { horizon: number }; tables: { years: number[] } }[];
    expect(r?.plan.horizon).toBe(2028);
    expect(r?.tables.years).toEqual([2027]);
  });

  it("a year outside the scenario and an unknown format exit 2 with the reason", async () => {
    expect(await main(["run", "--year", "2030"])).toBe(2);
    expect(err).toContain("2030 is not in the scenario");
    err = "";
    expect(await main(["run", "--format", "pdf"])).toBe(2);
    expect(err).toMatch(/table, md, csv, json, xlsx, datapackage/);
    err = "";
    expect(await main(["run", "--format", "xlsx"])).toBe(2);
    expect(err).toContain("--format xlsx needs --output FILE");
  });
});

describe("fourth-level run: outlay and several files", () => {
  it("the district total row carries the outlay: Σ subventions − Σ withdrawals", async () => {
    expect(await main(["run", "--format", "csv", "--year", "2027"])).toBe(0);
    const borodulikha =
      out.split("\n").find((l) => l.includes(",104000000,") && l.includes("district total")) ?? "";
    // 13 374 + 19 968 + 18 776 = 52 118, no withdrawal: outlay 52 118
    expect(borodulikha).toContain(",52118,0,,52118,");
  });

  it("reports the problems of every bad file at once", async () => {
    const a = tempFile("a.json", JSON.stringify({ name: "a" }));
    const b = tempFile("b.json", JSON.stringify({ name: "b", year: 1 }));
    expect(await main(["run", a, b])).toBe(2);
    expect(err).toContain("2 scenario files cannot be run");
    // each file's problems under its name: a has no year, b's year 1 is out of range
    const under = (file: string) => err.slice(err.indexOf(`scenario ${file}: `)).split("\nscenario ")[0];
    expect(under(a)).toMatch(/\n {2}year: /);
    expect(under(b)).toMatch(/\n {2}year: /);
  });
});

describe("fourth-level find and units", () => {
  // codes and names from data/kato/kato.csv: 104049000 Зубаировский с.о. / Зубаир а.о., its village
  // 104049100 с.Зубаир, in 104000000 Бородулихинский район, which has 18 fourth-level units
  it("find zubair lists the unit, then its village, with district and region", async () => {
    expect(await main(["find", "zubair"])).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe('2 places match "zubair":');
    expect(lines[1]).toMatch(
      /^104049000 Зубаировский с\.о\. \/ Зубаир а\.о\. \[rural_district, fourth-level unit\]; district Бородулихинский район \(104000000\); region область Абай$/,
    );
    expect(lines[3]).toMatch(/^104049100 с\.Зубаир/);
  });

  it("find --json --limit 1 prints the search, hits cut to the limit", async () => {
    expect(await main(["find", "--json", "--limit", "1", "Белағаш", "а.о."])).toBe(0);
    const search = JSON.parse(out) as { hits: { code: string }[]; total: number };
    expect(search.hits.map((h) => h.code)).toEqual(["104035000"]);
    expect(search.total).toBeGreaterThan(1);
  });

  it("find says when nothing matches and suggests the closest names, exit 0", async () => {
    expect(await main(["find", "Зубаировскийзубаировский"])).toBe(0);
    expect(out).toMatch(/^no place matches "Зубаировскийзубаировский"; the closest names:\n {2}104049000 /);
  });

  it("find refuses an empty text and a bad limit, exit 2", async () => {
    expect(await main(["find", ""])).toBe(2);
    expect(err).toMatch(/TEXT: is blank/);
    expect(await main(["find", "--limit", "0", "zubair"])).toBe(2);
  });

  it("units --district lists a district's units with their places", async () => {
    expect(await main(["units", "--district", "104000000"])).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines[0]).toBe(
      "104000000 Бородулихинский район / Бородулиха ауданы (область Абай): 18 fourth-level units",
    );
    expect(lines).toContain(
      "  104049000 Зубаировский с.о. / Зубаир а.о. [rural_district]: с.Зубаир, с.Байтанат, с.Жанаауыл",
    );
  });

  it("units names the district of a unit's code, and refuses a malformed one, exit 2", async () => {
    expect(await main(["units", "--district", "104049000"])).toBe(2);
    expect(err).toMatch(/give that district's code, 104000000/);
    expect(await main(["units", "--district", "1040"])).toBe(2);
    expect(await main(["units"])).toBe(2);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Money } from "../src/money/money.js";
import { resolveScenario } from "../src/scenario/load.js";
import { errorOf, inputIssuesOf, runCli } from "./support.js";

// One bound for every amount read: 10^15 KZT = 1 000 000 000 000 000 KZT (written out by hand below).
const BOUND =
  "at most 1000000000000000 KZT (10^15, a thousand trillion tenge: far above any tax base, wage or budget)";

describe("an amount read is at most 10^15 KZT", () => {
  it("Money.kzt takes 10^15 KZT itself and refuses a tiyn more, whatever the sign or the form", () => {
    expect(Money.kzt("1000000000000000").tiyn).toBe(100_000_000_000_000_000n);
    const over = errorOf(() => Money.kzt("1000000000000000.01"));
    expect(over.code).toBe("INVALID_AMOUNT");
    expect(over.message).toBe(`KZT amount 1000000000000000.01 is too large: an amount must be ${BOUND}`);
    expect(errorOf(() => Money.kzt("-1000000000000000.01")).code).toBe("INVALID_AMOUNT");
    expect(errorOf(() => Money.kzt(1_000_000_000_000_001n)).code).toBe("INVALID_AMOUNT");
    expect(errorOf(() => Money.kzt("1".repeat(40))).message).toBe(
      `KZT amount ${"1".repeat(40)} is too large: an amount must be ${BOUND}`,
    );
  });

  it("Money.thousandKzt: 10^12 thousand KZT is the bound", () => {
    expect(Money.thousandKzt("1000000000000").toKzt()).toBe("1000000000000000.00");
    expect(errorOf(() => Money.thousandKzt("1000000000000.00001")).message).toBe(
      `thousand KZT amount 1000000000000.00001 is too large: an amount must be ${BOUND}`,
    );
  });

  it("a sum of amounts (a national total) may pass the bound: the bound is per amount read", () => {
    const max = Money.kzt("1000000000000000");
    expect(Money.sum([max, max, max]).toKzt()).toBe("3000000000000000.00");
  });

  it("a scenario's figure above the bound is refused at its path", () => {
    const scenario = {
      name: "one unit",
      year: 2026,
      districts: [
        {
          kato: "104000000",
          // 1 000 000 000 001 thousand KZT = 10^15 KZT + 1 000 KZT
          units: [{ kato: "104035000", figures: { tax_revenue: "1000000000001", expenditures: "54959" } }],
        },
      ],
    };
    const issues = inputIssuesOf(() => resolveScenario(scenario));
    expect(issues).toEqual([
      {
        path: ["districts", 0, "units", 0, "figures", "tax_revenue"],
        code: "INVALID_AMOUNT",
        message: `thousand KZT amount 1000000000001 is too large: an amount must be ${BOUND}`,
      },
    ]);
  });

  it("attribute: a CSV amount of 26 digits is refused at its line (exit 2), not attributed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fourth-level-amount-"));
    const file = join(dir, "huge.csv");
    writeFileSync(
      file,
      "id,ebk,amount,payment_date,payer_kind,residence\nr1,104402,99999999999999999999999999,2026-03-10,individual,104035100\n",
    );
    const { code, out, err } = await runCli(["attribute", file]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(
      `row 1 (line 2).amount [INVALID_AMOUNT]: KZT amount 99999999999999999999999999 is too large: an amount must be ${BOUND}`,
    );
  });

  it("a CLI option refuses the same bound in the same words", async () => {
    const { code, err } = await runCli([
      "tax",
      "iit",
      "--year",
      "2025",
      "--annual-income",
      "1000000000000000.01",
    ]);
    expect(code).toBe(2);
    expect(err).toContain(`--annual-income must be ${BOUND}, not 1000000000000000.01`);
  });
});

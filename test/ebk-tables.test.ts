// The EBK codes of the fourth-level lines against the Minister of Finance's tables of distribution of
// budget receipts between the levels of budgets, as copied row by row into data/ebk/level4-specifics.csv
// (see data/ebk/SOURCE.md): Order 404 as restated 21.12.2022 (the 2022–2024 edition of the list), Order 150
// (2025), Order 152 (from 2026). A code the library gives a line must have a fourth-level share in the
// table of that edition, and every fourth-level row of a table must belong to a line or be one of the
// receipts the Code's list does not name (said here, row by row).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../src/calendar/iso-date.js";
import { kazakhstanRulebook } from "../src/jurisdictions/kz/law.js";
import { type EditionId, FOURTH_LEVEL_REVENUE_LINES } from "../src/jurisdictions/kz/revenue-lines.js";
import { ruleFor } from "../src/rules/rulebook.js";

interface Row {
  readonly table: string;
  readonly code: string;
  readonly name_ru: string;
  readonly subclass_ru: string;
  readonly district: string;
  readonly level4: string;
}

const ROWS: readonly Row[] = parse(readFileSync("data/ebk/level4-specifics.csv", "utf8"), { columns: true });

const TABLE_OF: Readonly<Partial<Record<EditionId, string>>> = {
  "bc2008-2022": "order404-2022",
  "bc2025-transitional": "order150-2025",
  bc2025: "order152-2026",
};

/** The codes with a fourth-level share in a table. */
const fourthLevelCodes = (table: string) =>
  ROWS.filter((r) => r.table === table && r.level4 !== "").map((r) => r.code);

describe("the tables of distribution of receipts (data/ebk)", () => {
  it("every code a line has in 2022–2026 has a fourth-level share in the table of that edition", () => {
    for (const line of FOURTH_LEVEL_REVENUE_LINES) {
      for (const [edition, table] of Object.entries(TABLE_OF) as [EditionId, string][]) {
        if (line.paragraphs[edition] === undefined) continue;
        for (const code of line.ebk[edition] ?? []) {
          expect(fourthLevelCodes(table), `${line.slug} ${code} in ${table}`).toContain(code);
        }
      }
    }
  });

  it("every fourth-level row of a table is a line's code, or a receipt the list of that year does not name", () => {
    // not in the Code's list: interest on loans before 2026 (BC2025 Art. 27 p.2(3) adds it from 2026);
    // the single land tax after 2025 (abolished, arrears only); arrears of abolished local taxes (2026);
    // the transfers from the district (category 4 to 2025, 5 from 2026), postings between budgets
    const unnamed: Record<string, readonly string[]> = {
      "order404-2022": ["201706", "201713", "201718", "402301", "402302", "402303", "402304"],
      "order150-2025": ["201706", "201713", "201718", "402301", "402302", "402303", "402304"],
      "order152-2026": ["104501", "107110", "502301", "502302", "502303", "502304"],
    };
    for (const [edition, table] of Object.entries(TABLE_OF) as [EditionId, string][]) {
      const ofLines = FOURTH_LEVEL_REVENUE_LINES.filter((l) => l.paragraphs[edition] !== undefined).flatMap(
        (l) => l.ebk[edition] ?? [],
      );
      const named = new Set([...ofLines, ...(unnamed[table] ?? [])]);
      expect(
        fourthLevelCodes(table).filter((code) => !named.has(code)),
        table,
      ).toEqual([]);
    }
  });

  it("each tabled code has a fourth-level rule of its line on 2023-06-01, 2025-06-01 and 2026-06-01", () => {
    const book = kazakhstanRulebook();
    // code → line, as the tables' fourth-level column gives them (the 2026 list only: 105310 and interest)
    const lines: Record<string, [string, readonly string[]]> = {
      "104302": ["land-tax-settlements-legal-entities", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "105315": ["land-use-fee", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "105430": ["outdoor-advertising-fee-2026", ["2026-06-01"]],
      "105310": ["mineral-extraction-tax-common-minerals", ["2026-06-01"]],
      "204170": ["fines-imposed-by-akim", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "206115": ["voluntary-contributions", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "201102": ["communal-property-income", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "201402": ["communal-property-income", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "201510": ["communal-property-income", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "201706": ["interest-on-loans", ["2026-06-01"]],
      "201713": ["interest-on-loans", ["2026-06-01"]],
      "201718": ["interest-on-loans", ["2026-06-01"]],
      "202102": ["other-non-tax", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "203102": ["other-non-tax", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "204114": ["other-non-tax", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "206105": ["other-non-tax", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "206107": ["other-non-tax", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "206109": ["other-non-tax", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "206117": ["other-non-tax", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "301102": ["sale-of-property", ["2023-06-01", "2025-06-01", "2026-06-01"]],
      "303101": ["sale-of-land-plots", ["2023-06-01", "2025-06-01", "2026-06-01"]],
    };
    for (const [code, [slug, dates]] of Object.entries(lines)) {
      for (const date of dates) {
        const rule = ruleFor(book, code, date as IsoDate, "legal_entity");
        expect(rule.recipient, `${code} ${date}`).toBe("fourth_level");
        expect(rule.id, `${code} ${date}`).toMatch(new RegExp(`^kz\\.[^.]+\\.${slug}(\\.${code})?$`));
      }
    }
  });

  it("the rulebook finds the tabled codes, e.g. the akim's fines and the rent of the unit's property", () => {
    const book = kazakhstanRulebook();
    // 2 04 1 70 «Административные штрафы … налагаемые акимами города районного значения, села, поселка,
    // сельского округа»: 100 % to the fourth level in 2023 (Order 404), 2025 (Order 150) and 2026 (Order 152)
    for (const date of ["2023-06-01", "2025-06-01", "2026-06-01"] as const) {
      expect(ruleFor(book, "204170", date, "individual").recipient).toBe("fourth_level");
    }
    // 2 01 5 10 «Доходы от аренды имущества коммунальной собственности города районного значения, села,
    // поселка, сельского округа»: one rule among the three codes of the communal-property line
    expect(ruleFor(book, "201510", "2026-06-01", "legal_entity").id).toBe(
      "kz.bc2025.communal-property-income.201510",
    );
    // 5 02 3 03 «Субвенции» from the district budget are 100 % fourth-level receipts in the 2026 table, but
    // transfers are postings between budgets, not receipts: the rulebook has no rule for them
    expect(ROWS.find((r) => r.table === "order152-2026" && r.code === "502303")?.level4).toBe("100");
    expect(book.rules.some((r) => r.ebk === "502303")).toBe(false);
    // the withdrawals from fourth-level budgets, 4 01 3 01 / 5 01 3 01 «Бюджетные изъятия», go to the district
    expect(ROWS.filter((r) => r.name_ru === "Бюджетные изъятия").map((r) => [r.code, r.district])).toEqual([
      ["401301", "100"],
      ["401301", "100"],
      ["501301", "100"],
    ]);
  });
});

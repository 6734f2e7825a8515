/**
 * Every decision text of data/decisions against the identities checked by hand in index.json
 * (`checks`), and the published inconsistencies found in them, each recomputed by hand from the text
 * (thousand KZT):
 *
 * - Taskala rural districts 2025, first version (kz-wko-taskala-aggregate-2025-v1), revenue:
 *   158 430 + 671 + 11 515 + 288 138 = 458 754; published total 507 854; 507 854 − 458 754 = +49 100.
 * - Raiym rural district 2026 (kz-kyzylorda-aral-raiym-2026), revenue:
 *   3 522 + 18 + 138 247 = 141 787; published total 141 769; 141 769 − 141 787 = −18 (the total leaves
 *   out the non-tax 18).
 * - Zhalagash settlement 2019 (kz-kyzylorda-zhalagash-settlement-2019), balance:
 *   1 342 401,3 − 1 343 694,1 − 0 − 0 = −1 292,8; published deficit 0; 0 − (−1 292,8) = +1 292,8 (the
 *   financing, published 0, agrees with the published deficit, not with the budget).
 *
 * Not identities, but published slips the reader reports: the Kaiyndy amendment (2024) restates a
 * 2024-2026 budget "оның ішінде 2023 жылға" (a year outside its period); the Shkaldayakov amendment writes
 * the period "2026-2026"; Zhanatas 2020 labels its deficit "-122 673 тенге" and Kengir 2026 its capital
 * sales "3 641 тенге" in lists in thousand tenge (the identities show both are thousands).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkIdentities, type IdentityName } from "../../../budget/identities.js";
import { type ParsedDecision, parseDecisionText } from "./parse-text.js";

const DATA = new URL("../../../../data/decisions/", import.meta.url);

interface HandCheck {
  readonly status: string;
  readonly diff?: number;
}

interface IndexEntry {
  readonly id: string;
  readonly file: string;
  readonly checks: Readonly<Record<string, HandCheck>>;
}

const index: readonly IndexEntry[] = JSON.parse(readFileSync(new URL("index.json", DATA), "utf8"));

/** index.json's names of the identities, with the library's. */
const HAND_NAMES: readonly (readonly [string, IdentityName])[] = [
  ["revenueIdentity", "revenue"],
  ["balanceIdentity", "balance"],
  ["financingIdentity", "financing"],
  ["netLending", "net_lending"],
  ["finAssets", "fin_assets"],
  ["financingComponents", "financing_sources"],
];

function parseFile(file: string): ParsedDecision {
  return parseDecisionText(readFileSync(new URL(file, DATA), "utf8"), { file });
}

function checksOf(decision: ParsedDecision) {
  const unread = new Set(decision.problems.flatMap((p) => (p.key === undefined ? [] : [p.key])));
  return checkIdentities(decision.figures, undefined, unread);
}

describe("the published inconsistencies of data/decisions", () => {
  it.each(index.map((entry) => [entry.id, entry] as const))(
    "%s: identities as checked by hand",
    (_, entry) => {
      const ours = checksOf(parseFile(entry.file));
      for (const [hand, name] of HAND_NAMES) {
        const check = entry.checks[hand];
        const our = ours.find((c) => c.identity === name);
        if (check === undefined) {
          // not checked by hand: at least no mismatch (no false alarm)
          expect(our?.status, `${entry.id} ${name}`).not.toBe("mismatch");
        } else if (check.status === "MISMATCH") {
          expect(our?.status, `${entry.id} ${name}`).toBe("mismatch");
          expect(our?.difference?.toThousandKzt(), `${entry.id} ${name}`).toBe(String(check.diff));
        } else {
          expect(our?.status, `${entry.id} ${name}`).toBe(check.status === "ok" ? "ok" : "not_checkable");
        }
      }
    },
  );

  it("finds exactly three, with the differences recomputed by hand above", () => {
    const mismatches = index.flatMap((entry) =>
      checksOf(parseFile(entry.file))
        .filter((c) => c.status === "mismatch")
        .map((c) => [entry.id, c.identity, c.difference?.toThousandKzt()]),
    );
    expect(mismatches).toEqual([
      ["kz-kyzylorda-aral-raiym-2026", "revenue", "-18"],
      ["kz-kyzylorda-zhalagash-settlement-2019", "balance", "1292.8"],
      ["kz-wko-taskala-aggregate-2025-v1", "revenue", "49100"],
    ]);
  });

  it("reports the year outside the planning period and the period that is not three years", () => {
    const kaiyndy = parseFile("kz-wko-kaztalov-kaiyndy-2024-amend.txt");
    expect(kaiyndy.budgetYear).toBe(2023);
    expect(kaiyndy.problems.map((p) => p.reason)).toContain(
      "budget year 2023 is outside the planning period '2024-2026' (a typo in the published text?)",
    );
    const shkaldayakov = parseFile("kz-aktobe-kargaly-shkaldayakov-2026-amend.txt");
    expect(shkaldayakov.problems.map((p) => p.reason)).toContain(
      "planning period '2026-2026' is not three years (a typo in the published text?)",
    );
  });

  it("reads the unit-label slips as thousand tenge, because the identities say so", () => {
    // Zhanatas: 1 240 177 − 1 362 850 − 0 − 0 = −122 673, so "-122 673 тенге" is thousand tenge
    const zhanatas = parseFile("kz-zhambyl-sarysu-zhanatas-2020.txt");
    expect(zhanatas.figures.deficit?.toThousandKzt()).toBe("-122673");
    expect(zhanatas.lines.find((l) => l.key === "deficit")?.notes.at(-1)).toMatch(
      /the balance identity holds only when read as thousand KZT, so the published unit label is wrong/u,
    );
    const kengir = parseFile("kz-ulytau-zhezkazgan-kengir-2026.txt");
    expect(kengir.figures.capital_sales?.toThousandKzt()).toBe("3641");
    expect(kengir.lines.find((l) => l.key === "capital_sales")?.notes.at(-1)).toMatch(
      /the revenue total adds up only when read as thousand KZT/u,
    );
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeOf, errorOf } from "../../../../test/support.js";
import type { BudgetFigures } from "../../../budget/lines.js";
import { applyAmendment } from "./amendment.js";
import { type ParsedDecision, parseDecisionText } from "./parse-text.js";

const DATA = new URL("../../../../data/decisions/", import.meta.url);

function parseFile(id: string): ParsedDecision {
  return parseDecisionText(readFileSync(new URL(`${id}.txt`, DATA), "utf8"), { file: `${id}.txt` });
}

function thousands(figures: BudgetFigures): Record<string, string> {
  return Object.fromEntries(Object.entries(figures).map(([key, money]) => [key, money.toThousandKzt()]));
}

/**
 * Martuk district maslikhat's decision No 278 of 24 Dec 2025 (the rural districts' budgets 2026-2028) is
 * not in the data; its amendment No 294 (kz-aktobe-martuk-item4-2026-amend) restates sub-items 2), 5) and
 * 6) of point 4. This stands in for No 278: its heading and point 4's structure as such decisions write
 * them, with figures made up for the test (a balanced budget of 39 139 thousand KZT).
 */
const MARTUK_278 = [
  "# language: kk",
  "Ақтөбе облысы Мәртөк аудандық мәслихатының 2025 жылғы 24 желтоқсандағы № 278 шешімі",
  "Мәртөк аудандық мәслихаты ШЕШТІ:",
  "1. 2026-2028 жылдарға арналған Андриевка ауылдық округінің бюджеті 1, 2 және 3-қосымшаларға сәйкес, оның ішінде 2026 жылға мынадай көлемдерде бекітілсін:",
  "1) кірістер – 100 мың теңге;",
  "2) шығындар – 100 мың теңге;",
  "4. 2026-2028 жылдарға арналған Байнассай ауылдық округінің бюджеті 10, 11 және 12-қосымшаларға сәйкес, оның ішінде 2026 жылға мынадай көлемдерде бекітілсін:",
  "1) кірістер – 39 139 мың теңге, оның ішінде:",
  "салықтық түсімдер – 5 000 мың теңге;",
  "трансферттер түсімдері – 34 139 мың теңге;",
  "2) шығындар – 39 139 мың теңге;",
  "3) таза бюджеттік кредиттеу – 0 мың теңге;",
  "4) қаржы активтерімен операциялар бойынша сальдо – 0 мың теңге;",
  "5) бюджет тапшылығы (профициті) – 0 мың теңге;",
  "6) бюджет тапшылығын қаржыландыру (профицитін пайдалану) – 0 мың теңге:",
  "қарыздар түсімі – 0 мың теңге;",
  "қарыздарды өтеу – 0 мың теңге;",
  "бюджет қаражатының пайдаланылатын қалдықтары – 0 мың теңге.",
  "5. Осы шешім 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
].join("\n");

describe("amendments read as patches", () => {
  it("Martuk No 294 alone: which sub-items of which point change, and to what", () => {
    const martuk = parseFile("kz-aktobe-martuk-item4-2026-amend");
    expect(martuk.kind).toBe("amendment");
    expect(martuk.amends).toEqual({ date: "2025-12-24", number: "278" });
    expect(martuk.reference).toEqual({ date: "2026-02-18", number: "294" });
    // the restated sub-items 5) and 6) are both numbered "4)" in the published text: the label decides
    expect(martuk.blocks.map((b) => [b.point, b.items, thousands(b.figures)])).toEqual([
      ["4", [2], { expenditures: "49260.4" }],
      ["4", [5], { deficit: "-10121.4" }],
      [
        "4",
        [6],
        { financing: "10121.4", loans_received: "0", loans_repaid: "0", free_balances_used: "10121.4" },
      ],
    ]);
    expect(martuk.truncated).toBe(false);
  });

  it("Martuk No 294 applied to No 278: the restated sub-items and their lines replaced, the rest kept", () => {
    const amended = applyAmendment(
      parseDecisionText(MARTUK_278, { file: "278.txt" }),
      parseFile("kz-aktobe-martuk-item4-2026-amend"),
    );
    const point4 = amended.blocks.find((b) => b.point === "4");
    // hand check: 39 139 − 49 260,4 − 0 − 0 = −10 121,4 = the restated deficit; financing 10 121,4 = 0 − 0 + 10 121,4
    expect(thousands(point4?.figures ?? {})).toEqual({
      revenue_total: "39139",
      tax_revenue: "5000",
      transfers: "34139",
      expenditures: "49260.4",
      net_lending: "0",
      fin_assets_balance: "0",
      deficit: "-10121.4",
      financing: "10121.4",
      loans_received: "0",
      loans_repaid: "0",
      free_balances_used: "10121.4",
    });
    expect(point4?.problems).toEqual([]);
    expect(thousands(amended.figures)).toEqual({ revenue_total: "100", expenditures: "100" });
    expect(point4?.lines.find((l) => l.key === "deficit")?.notes.at(-1)).toMatch(
      /from the amendment № 294 of 2026-02-18/u,
    );
    expect(amended.amendedBy).toEqual([
      {
        file: "kz-aktobe-martuk-item4-2026-amend.txt",
        reference: { date: "2026-02-18", number: "294" },
        changes: [
          { point: "4", items: [2] },
          { point: "4", items: [5] },
          { point: "4", items: [6] },
        ],
        notes: [],
      },
    ]);
  });

  it("Kudyksay: the amendment of No 432 restates its point 1 whole", () => {
    const original = parseFile("kz-aktobe-khromtau-kudyksay-2026-orig");
    const amendment = parseFile("kz-aktobe-khromtau-kudyksay-2026-amend");
    expect(original.reference).toEqual({ date: "2025-12-24", number: "432" });
    expect(amendment.amends).toEqual({ date: "2025-12-24", number: "432" });
    const amended = applyAmendment(original, amendment);
    expect(thousands(amended.figures)).toEqual(thousands(amendment.figures));
    // the index's pairing note: transfers 40 821 → 43 993 (+3 172), expenditures 43 421 → 46 633,1 (+3 212,1)
    expect(
      amended.figures.transfers
        ?.minus(original.figures.transfers ?? amended.figures.transfers)
        .toThousandKzt(),
    ).toBe("3172");
    expect(
      amended.figures.expenditures
        ?.minus(original.figures.expenditures ?? amended.figures.expenditures)
        .toThousandKzt(),
    ).toBe("3212.1");
  });

  it("refuses an amendment of another decision, naming both", () => {
    const error = errorOf(() =>
      applyAmendment(
        parseFile("kz-aktobe-khromtau-abai-2026"),
        parseFile("kz-aktobe-khromtau-kudyksay-2026-amend"),
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/amends decision № 432 of 2025-12-24, not № 424 of 2025-12-24/u);
  });

  it("refuses what is not an amendment, an amendment given as the decision, and sub-items of a missing point", () => {
    const kudyksay = parseFile("kz-aktobe-khromtau-kudyksay-2026-orig");
    const martuk = parseFile("kz-aktobe-martuk-item4-2026-amend");
    expect(() => applyAmendment(kudyksay, kudyksay)).toThrow(/is not an amendment/u);
    expect(() => applyAmendment(martuk, martuk)).toThrow(/is itself an amendment/u);
    expect(() =>
      applyAmendment(parseDecisionText(MARTUK_278.split("\n").slice(0, 6).join("\n")), martuk),
    ).toThrow(/restates sub-items 2 of point 4, which .* does not hold/u);
  });

  it("says when neither text names the decision, so the pairing is not checked", () => {
    const original = parseFile("kz-kostanay-kamysty-druzhba-2026");
    const amendment = parseDecisionText(
      '1. Внести изменения:\nпункт 1 изложить в новой редакции:\n"1) доходы – 1 тысяч тенге;"',
    );
    expect(applyAmendment(original, amendment).amendedBy?.[0]?.notes).toEqual([
      "the amendment's text does not name the decision it amends: not checked to be this one",
    ]);
  });

  it("refuses anything else than read decisions with INVALID_INPUT", () => {
    for (const bad of [null, 1, "text", {}, { kind: "decision", blocks: [null] }]) {
      expect(codeOf(() => applyAmendment(bad as never, bad as never))).toBe("INVALID_INPUT");
    }
  });
});

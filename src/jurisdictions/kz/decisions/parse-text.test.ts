import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../../../test/support.js";
import type { BudgetFigures } from "../../../budget/lines.js";
import { FourthLevelError } from "../../../errors/error.js";
import { type ParsedDecision, parseDecisionText } from "./parse-text.js";

const DATA = new URL("../../../../data/decisions/", import.meta.url);

interface IndexEntry {
  readonly id: string;
  readonly file: string;
  readonly language: "ru" | "kk";
  readonly budgetYear: number;
  readonly planningPeriod: string;
  readonly expected: Readonly<Record<string, number>>;
}

const index: readonly IndexEntry[] = JSON.parse(readFileSync(new URL("index.json", DATA), "utf8"));

function parseFile(id: string): ParsedDecision {
  return parseDecisionText(readFileSync(new URL(`${id}.txt`, DATA), "utf8"), { file: `${id}.txt` });
}

/** Figures as thousand-KZT strings, for exact comparison. */
function asThousandKzt(figures: BudgetFigures): Record<string, string> {
  return Object.fromEntries(Object.entries(figures).map(([key, money]) => [key, money.toThousandKzt()]));
}

function notesOf(decision: ParsedDecision, key: string): readonly string[] {
  return decision.lines.find((line) => line.key === key)?.notes ?? [];
}

describe("parseDecisionText on the 61 published decisions", () => {
  it("has every file of the index", () => {
    expect(index).toHaveLength(61);
  });

  it.each(index.map((entry) => [entry.id, entry] as const))(
    "%s: figures are exactly the expected ones",
    (_, entry) => {
      const decision = parseFile(entry.id);
      const expected = Object.fromEntries(
        Object.entries(entry.expected).map(([key, value]) => [key, String(value)]),
      );
      expect(asThousandKzt(decision.figures)).toEqual(expected);
      expect(decision.lines.map((line) => line.key).sort()).toEqual(Object.keys(expected).sort());
    },
  );

  it.each(index.map((entry) => [entry.id, entry] as const))("%s: language, year and source", (_, entry) => {
    const decision = parseFile(entry.id);
    expect(decision.language).toBe(entry.language);
    expect(decision.source).toMatch(/^https?:\/\//u);
    expect(decision.file).toBe(entry.file);
    // no year is stated for the list: the Sarkan 2022 excerpt has no point heading, the Martuk amendment
    // restates sub-items of a point whose heading it does not repeat; Kaiyndy writes 2023 for 2024 (see
    // inconsistencies.test.ts)
    const stated: Readonly<Record<string, number | undefined>> = {
      "kz-almaty-sarkan-city-2022": undefined,
      "kz-aktobe-martuk-item4-2026-amend": undefined,
      "kz-wko-kaztalov-kaiyndy-2024-amend": 2023,
    };
    expect(decision.budgetYear).toBe(entry.id in stated ? stated[entry.id] : entry.budgetYear);
  });

  it("reads the planning period as stated, reporting the Shkaldayakov typo '2026-2026' as a problem", () => {
    for (const entry of index.filter((e) => e.id !== "kz-aktobe-kargaly-shkaldayakov-2026-amend")) {
      const { planningPeriod } = parseFile(entry.id);
      expect(`${planningPeriod?.first}-${planningPeriod?.last}`, entry.id).toBe(entry.planningPeriod);
    }
    const shkaldayakov = parseFile("kz-aktobe-kargaly-shkaldayakov-2026-amend");
    expect(shkaldayakov.planningPeriod).toEqual({ first: 2026, last: 2026 });
    expect(shkaldayakov.budgetYear).toBe(2026);
    expect(shkaldayakov.problems.map((p) => p.reason)).toContainEqual(expect.stringContaining("'2026-2026'"));
    expect(shkaldayakov.figures.expenditures?.toThousandKzt()).toBe("42219.6");
  });

  it("reads the unit name as written in the heading", () => {
    expect(parseFile("kz-abai-borodulikha-belagach-2026").unitName).toBe("Бель-Агачского сельского округа");
    expect(parseFile("kz-wko-akzhaik-aksuat-2023-amend").unitName).toBe("Аксуатского сельского округа");
    expect(parseFile("kz-abai-borodulikha-novodvorovka-2026").unitName).toBe(
      "Новодворовка ауылдық округінің",
    );
    expect(parseFile("kz-aktobe-irgiz-kyzylzhar-2024-amend").unitName).toBe("Кызылжарского сельского округа");
    expect(parseFile("kz-almaty-sarkan-city-2022").unitName).toBeUndefined();
  });
});

describe("parseDecisionText notes and problems on quirky texts", () => {
  it("Kengir: '3 641 тенге' capital sales read as thousand KZT, the unit label called wrong", () => {
    const kengir = parseFile("kz-ulytau-zhezkazgan-kengir-2026");
    expect(kengir.figures.capital_sales?.toThousandKzt()).toBe("3641");
    expect(notesOf(kengir, "capital_sales").join(" ")).toMatch(/published unit label is wrong/u);
    expect(notesOf(kengir, "non_tax_revenue").join(" ")).toMatch(/zero either way/u);
    expect(kengir.problems.map((p) => p.lineNumber)).toEqual([20]); // "6) финансирование дефицита …" cut
  });

  it("Kempirsay 2026: the financial-asset balance item has no amount, so it is absent and reported", () => {
    const kempirsay = parseFile("kz-aktobe-kargaly-kempirsay-2026-amend");
    expect(kempirsay.figures.fin_assets_balance).toBeUndefined();
    expect(kempirsay.figures.fin_assets_acquisition?.isZero()).toBe(true);
    expect(kempirsay.problems).toEqual([
      {
        lineNumber: 17,
        text: "4) қаржы активтерімен жасалатын операциялар бойынша сальдо",
        reason: "label of fin_assets_balance without amount",
      },
    ]);
    expect(kempirsay.truncated).toBe(false);
    expect(notesOf(kempirsay, "net_lending").join(" ")).toMatch(/Latin 'i'/u);
  });

  it("Kokalazhar: cut inside the unit of capital sales — amount counts, transfers absent, truncated", () => {
    const kokalazhar = parseFile("kz-nko-gmusrepov-kokalazhar-2025");
    expect(kokalazhar.truncated).toBe(true);
    expect(kokalazhar.figures.capital_sales?.toThousandKzt()).toBe("4665");
    expect(kokalazhar.figures.transfers).toBeUndefined();
    expect(notesOf(kokalazhar, "capital_sales").join(" ")).toMatch(/inside the unit \('мың т'\)/u);
    expect(notesOf(kokalazhar, "non_tax_revenue")).toContain("no unit written; read as thousand KZT");
  });

  it("reads every way a deficit sign is written", () => {
    const deficit = (id: string) => parseFile(id).figures.deficit?.toThousandKzt();
    expect(deficit("kz-wko-bokeyorda-saralzhin-2024")).toBe("-544"); // "- - 544"
    expect(deficit("kz-almaty-sarkan-city-2022")).toBe("-735"); // "(-) 735"
    expect(deficit("kz-kyzylorda-kazaly-akzhona-2024-amend")).toBe("-1642.4"); // "– -1642,4"
    expect(deficit("kz-akmola-birzhansal-kenashchy-2023")).toBe("-220.4"); // "– - 220,4"
    expect(deficit("kz-aktobe-irgiz-kyzylzhar-2024-amend")).toBe("-1134.8"); // "– -1 134,8"
    expect(notesOf(parseFile("kz-wko-bokeyorda-saralzhin-2024"), "deficit")).toContain(
      "doubled sign '- -' read as minus",
    );
    expect(notesOf(parseFile("kz-almaty-sarkan-city-2022"), "deficit")).toContain(
      "sign written '(-)' read as minus",
    );
  });

  it("a signed zero is zero and present; an omitted line is absent", () => {
    const bostandyk = parseFile("kz-wko-kaztalov-bostandyk-2026");
    expect(bostandyk.figures.deficit?.isZero()).toBe(true);
    expect(notesOf(bostandyk, "deficit")).toContain("signed zero '– -0' read as 0");
    expect(bostandyk.truncated).toBe(false);
    const taskala = parseFile("kz-wko-taskala-aggregate-2025-v1");
    expect(notesOf(taskala, "deficit")).toContain("signed zero '– -0' read as 0");
    const erkin = parseFile("kz-zhetysu-taldykorgan-erkin-2025");
    expect(erkin.figures.non_tax_revenue).toBeUndefined();
    expect(erkin.figures.capital_sales).toBeUndefined();
    expect(erkin.figures.net_lending?.isZero()).toBe(true);
  });

  it("reads zero written in words, Russian and Kazakh, and names it", () => {
    // Zhelezinka district, Aktau rural district 2025 (G24PF01588M): "3) чистое бюджетное кредитование – равно нулю;"
    const ru = parseDecisionText(
      "1. Утвердить бюджет на 2025-2027 годы, в том числе на 2025 год:\n1) доходы – 230464 тысячи тенге;\n" +
        "2) затраты – 230464 тысячи тенге;\n3) чистое бюджетное кредитование – равно нулю;\n" +
        "5) дефицит (профицит) бюджета – равно нулю;",
    );
    expect(asThousandKzt(ru.figures)).toEqual({
      revenue_total: "230464",
      expenditures: "230464",
      net_lending: "0",
      deficit: "0",
    });
    expect(notesOf(ru, "deficit")).toContain("zero written in words ('равно нулю')");
    const kk = parseDecisionText(
      "1) кірістер – 100 мың теңге;\n2) шығындар – 100 мың теңге;\n5) бюджет тапшылығы (профициті) – нөлге тең;",
    );
    expect(kk.figures.deficit?.isZero()).toBe(true);
    // a word that only begins like zero is not zero
    expect(
      parseDecisionText("1) доходы – 5 тысяч тенге;\n2) затраты – нолевые;").figures.expenditures,
    ).toBeUndefined();
  });

  it("joins labels split over lines and paragraphs", () => {
    const kempirsay = parseFile("kz-aktobe-kargaly-kempirsay-2024-amend");
    expect(kempirsay.figures.financing?.toThousandKzt()).toBe("238.8");
    expect(notesOf(kempirsay, "financing")).toContain("label split over lines 21–22");
    const ashchylysay = parseFile("kz-aktobe-kargaly-ashchylysay-2024-amend");
    expect(ashchylysay.figures.fin_assets_balance?.isZero()).toBe(true);
    expect(notesOf(ashchylysay, "fin_assets_balance")).toContain("label split over lines 33–35");
  });

  it("lists the cut last line as a problem and keeps a complete amount whose unit is cut", () => {
    const akzhona = parseFile("kz-kyzylorda-kazaly-akzhona-2024-amend");
    expect(akzhona.figures.free_balances_used?.toThousandKzt()).toBe("1642.4");
    expect(akzhona.problems).toEqual([]);
    const sarkan = parseFile("kz-almaty-sarkan-city-2022");
    expect(sarkan.problems).toEqual([
      { lineNumber: 43, text: "используе", reason: "text cut mid-line: no budget label and no amount" },
    ]);
    const zubair = parseFile("kz-abai-borodulikha-zubair-2026");
    expect(zubair.problems.map((p) => p.reason)).toEqual([
      "text cut after the label of net_lending: no amount",
    ]);
  });

  it("reads only the first block: Druzhba's point-2 subvention schedule is not read", () => {
    const druzhba = parseFile("kz-kostanay-kamysty-druzhba-2026");
    expect(druzhba.lines).toHaveLength(8);
    expect(druzhba.truncated).toBe(false);
    expect(druzhba.problems).toEqual([]);
  });

  it("notes glued units and item numbers", () => {
    const sarkan = parseFile("kz-zhetysu-sarkan-city-2024");
    expect(notesOf(sarkan, "budget_loans")).toContain("no space between amount and unit");
    expect(sarkan.figures.transfers?.toThousandKzt()).toBe("35013"); // "поступления субвенции"
    const aksu = parseFile("kz-eko-katonkaragay-aksu-2022-amend");
    expect(notesOf(aksu, "revenue_total")).toContain("no space after the item number");
  });
});

describe("parseDecisionText on short texts", () => {
  it("does not count a number cut by the end of the text", () => {
    for (const end of ["1 64", "1642", "1642,", "1 642 "]) {
      const decision = parseDecisionText(`1) доходы – 65315 тысяч тенге:\n2) затраты – ${end}`);
      expect(decision.figures.expenditures, end).toBeUndefined();
      expect(decision.problems.map((p) => p.reason)).toEqual([
        "text cut right after the number: it may be incomplete",
      ]);
      expect(decision.truncated).toBe(true);
    }
  });

  it("reads a non-zero 'тенге' amount as tenge when the revenue total adds up that way", () => {
    const decision = parseDecisionText(
      "1) доходы – 100,5 тысяч тенге, в том числе:\nналоговые поступления – 100 тысяч тенге;\nненалоговые поступления – 500 тенге;",
    );
    expect(decision.figures.non_tax_revenue?.toThousandKzt()).toBe("0.5");
    expect(notesOf(decision, "non_tax_revenue").join(" ")).toMatch(/adds up when read as tenge/u);
  });

  it("keeps the thousand reading of a 'тенге' amount when no total tells", () => {
    const decision = parseDecisionText("1) доходы – 100 тысяч тенге;\n2) затраты – 700 тенге;");
    expect(decision.figures.expenditures?.toThousandKzt()).toBe("700");
    expect(notesOf(decision, "expenditures").join(" ")).toMatch(/no total confirms either reading/u);
  });

  it("reports unknown labels and repeated lines, detects the language without a header", () => {
    const decision = parseDecisionText(
      "1) кірістер – 10 мың теңге;\nсалықтық түсімдер – 4 мың теңге;\nсалықтық түсімдер – 5 мың теңге;\nбасқа нәрсе – 6 мың теңге;\n2. Келесі",
    );
    expect(decision.language).toBe("kk");
    expect(decision.source).toBeUndefined();
    expect(decision.figures).toEqual({ revenue_total: expect.anything(), tax_revenue: expect.anything() });
    expect(decision.figures.tax_revenue?.toThousandKzt()).toBe("4");
    expect(decision.problems.map((p) => [p.lineNumber, p.reason])).toEqual([
      [3, "a second line for tax_revenue; the first one is kept"],
      [4, "label not recognised: 'басқа нәрсе'"],
    ]);
    expect(decision.truncated).toBe(false);
  });

  it("throws UNREADABLE_DECISION when there is no budget list", () => {
    const read = () => parseDecisionText("# language: ru\nО бюджете", { file: "x.txt" });
    expect(read).toThrow(FourthLevelError);
    expect(read).toThrow(/x\.txt: no budget list found/u);
    expect(codeOf(read)).toBe("UNREADABLE_DECISION");
  });
});

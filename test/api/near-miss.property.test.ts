import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as main from "../../src/index.js";
import * as node from "../../src/node.js";
import { nearMiss } from "../arbitraries/near-miss.js";
import { BEL_AGACH, BEL_AGACH_2026, belAgachScenario } from "../fixtures/bel-agach-2026.js";

/**
 * The arguments closest to valid ones are where a missed check hides (a field read without its type
 * checked): each public function below is called with valid arguments in which one value, at any depth,
 * is replaced by an arbitrary JavaScript value or left out (and with arbitrary arguments altogether). It
 * must return or throw a FourthLevelError — never a bare TypeError. The valid arguments are checked to be
 * valid first, so that a near miss is near something real.
 */
type AnyFunction = (...args: never[]) => unknown;

const { Money } = main;
const law = main.kazakhstanLaw();
const territory = main.kazakhstanTerritory();
const rulebook = main.kazakhstanRulebook();
const unitAccount = { kind: "budget", level: 4, code: BEL_AGACH.code, name: BEL_AGACH.name } as const;
const districtAccount = {
  kind: "budget",
  level: 3,
  code: "104000000",
  name: "Бородулихинский район",
} as const;
const subvention = {
  id: "s-1",
  sourceId: "decision",
  date: "2026-01-15",
  ruleId: "subvention",
  category: "transfers",
  from: districtAccount,
  to: unitAccount,
  amount: Money.thousandKzt("13374"),
} as const;
const receipt = {
  id: "r-1",
  ebk: "104402",
  amount: Money.kzt("21625"),
  paymentDate: "2026-03-10",
  payerKind: "individual",
  places: { residence: "104035100" },
} as const;
const attribution = main.attribute([receipt], { rulebook, territory, law });
const statement = main.buildStatement({
  unit: BEL_AGACH,
  year: 2026,
  published: BEL_AGACH_2026,
  postings: attribution.postings,
  unreadLines: new Set(["deficit"] as const),
});
const rules = rulebook.rules.filter((r) => r.ebk === "104402");
const region = {
  code: "100000000",
  type: "region",
  classifierLevel: 1,
  nameRu: "область Абай",
  nameKk: "Абай облысы",
  isFourthLevelUnit: false,
  regionCode: "100000000",
} as const;
const district = {
  code: "104000000",
  parentCode: "100000000",
  type: "district",
  classifierLevel: 2,
  nameRu: "Бородулихинский район",
  nameKk: "Бородулиха ауданы",
  isFourthLevelUnit: false,
  districtCode: "104000000",
  regionCode: "100000000",
} as const;
const unit = {
  code: "104035000",
  parentCode: "104000000",
  type: "rural_district",
  classifierLevel: 3,
  nameRu: "Бель-Агачский с.о.",
  nameKk: "Белағаш а.о.",
  isFourthLevelUnit: true,
  unit4Code: "104035000",
  districtCode: "104000000",
  regionCode: "100000000",
} as const;
const decisionText = [
  "Решение маслихата от 24 декабря 2025 года № 432",
  "1. Утвердить бюджет Бель-Агачского сельского округа на 2026-2028 годы, в том числе на 2026 год:",
  "1) доходы – 54959 тысяч тенге, в том числе:",
  "налоговые поступления – 39585 тысяч тенге;",
  "поступления трансфертов – 15374 тысяч тенге;",
  "2) затраты – 54959 тысяч тенге;",
].join("\n");
const parsed = main.parseDecisionText(decisionText, { file: "432.txt" });
const amendment = main.parseDecisionText(
  "1. Внести в решение маслихата от 24 декабря 2025 года № 432 следующие изменения:\n" +
    'подпункт 2) пункта 1 изложить в следующей редакции:\n"2) затраты – 60000 тысяч тенге;";',
);
const publishedJson = [
  {
    id: "kz-abai-borodulikha-belagach-2026",
    unit: "Bel-Agach rural district",
    unitRu: "Бель-Агачский сельский округ",
    unitType: "rural_district",
    district: "Borodulikha district",
    region: "Abai region",
    source: "Borodulikha district maslikhat, 23.12.2025 No 42-4-VIII",
    years: [2026, "2027"],
    lines: [
      { key: "revenue_total", amounts: { "2026": 54959 } },
      { key: "deficit", amounts: { "2026": -1642.4 } },
      { key: "subvention_multi_year", amounts: { "2027": 100 } },
    ],
  },
];
const [published] = main.readPublishedBudgets(publishedJson);
const decisionCheck = main.checkParsedDecision("432.txt", parsed);
const scenarioResult = main.runScenario(node.loadScenario("examples/borodulikha-2026-with-receipts.json"));
const receiptsCsv =
  "id,ebk,amount,payment_date,payer_kind,residence\nr-1,104402,21625,2026-03-10,individual,104035100";
const receiptsJson = JSON.stringify([{ ...receipt, amount: "21625.00" }]);
const katoCsv = [
  main.KATO_CSV_COLUMNS.join(","),
  "100000000,,1,region,0,,,100000000,область Абай,Абай облысы,1",
].join("\n");

const proposal = { kind: "proposal", author: "test", text: "a test reform" } as const;
const workplaceIit = main.workplaceIitReform({ share: "0.5", effectiveFrom: "2027-01-01" });
const mrpAndCap = {
  id: "mrp-and-cap",
  title: "MRP scaled, withdrawals capped",
  effectiveFrom: "2026-07-01",
  until: "2030-12-31",
  label: proposal,
  changes: [
    { kind: "parameter", parameter: "mrp", scale: "1.1", rounding: "halfExpand", to: "2026-12-31" },
    { kind: "withdrawal_cap", share: "0.3" },
    { kind: "rule", ebk: "104402", payerKinds: ["individual"], key: "workplace" },
  ],
} as const;
/** A law with the parts a reform changes, few rules: near misses reach every value of it. */
const smallLaw = {
  revenueRules: main.kazakhstanRevenueRules().filter((r) => r.ebk === "101201" || r.ebk === "104402"),
  parameters: law.parameters,
  transfers: law.transfers,
};
const reformScenario = belAgachScenario("1000.00", [{ ...workplaceIit, effectiveFrom: "2026-01-01" }]);

/** Each public function of the area with valid arguments to start from. */
const VALID: readonly (readonly [string, AnyFunction, readonly unknown[]])[] = [
  [
    "buildStatement",
    main.buildStatement,
    [{ unit: BEL_AGACH, year: 2026, published: BEL_AGACH_2026, postings: [subvention] }],
  ],
  [
    "consolidateDistrict",
    main.consolidateDistrict,
    [
      {
        district: { code: "104000000", name: "Бородулихинский район" },
        year: 2026,
        units: [statement],
        districtFigures: BEL_AGACH_2026,
        postings: [subvention],
      },
    ],
  ],
  ["checkIdentities", main.checkIdentities, [BEL_AGACH_2026, ["revenue", "balance"], new Set(["deficit"])]],
  ["checkIdentity", main.checkIdentity, ["revenue", BEL_AGACH_2026, new Set(["transfers"])]],
  ["identityValue", main.identityValue, ["balance", BEL_AGACH_2026]],
  ["selfSufficiency", main.selfSufficiency, [BEL_AGACH_2026]],
  ["isBudgetLineKey", main.isBudgetLineKey, ["deficit"]],
  ["categoryOfEbk", main.categoryOfEbk, ["501201", "2026-01-01", { ebkCategories: main.KZ_EBK_CATEGORIES }]],
  [
    "revenueCategoryNumber",
    main.revenueCategoryNumber,
    ["transfers", "2026-01-01", { ebkCategories: main.KZ_EBK_CATEGORIES }],
  ],
  ["createRulebook", main.createRulebook, [rules]],
  ["ruleFor", main.ruleFor, [main.createRulebook(rules), "104402", "2026-03-10", "individual"]],
  ["rulebookOf", main.rulebookOf, [{ revenueRules: rules }]],
  ["planningLawOf", main.planningLawOf, [2025, { planning: main.KZ_PLANNING_LAW }]],
  ["kazakhstanLaw", main.kazakhstanLaw, [{ openCodes: { "fines-imposed-by-akim": "204170" } }]],
  ["kazakhstanRulebook", main.kazakhstanRulebook, [{ openCodes: { "fines-imposed-by-akim": "204170" } }]],
  [
    "kazakhstanRevenueRules",
    main.kazakhstanRevenueRules,
    [{ openCodes: { "fines-imposed-by-akim": "204170" } }],
  ],
  ["mrpForBenefits", main.mrpForBenefits, ["2022-04-01"]],
  ["transfersCitationOn", main.transfersCitationOn, ["2026-01-01"]],
  ["cite", main.cite, [main.READINGS.bc2025, "20", "9", { url: "https://example.org" }]],
  [
    "kazakhstanTerritory",
    main.kazakhstanTerritory,
    [{ ownBudgetSince: { "104035000": "2018-01-01" } }, { fourthLevelBudgets: law.fourthLevelBudgets }],
  ],
  [
    "createTerritory",
    main.createTerritory,
    [
      [region, district, unit],
      { fourthLevelBudgets: law.fourthLevelBudgets },
      { ownBudgetSince: { "104035000": "2019-01-01" } },
    ],
  ],
  ["katoPlacesFromCsv", main.katoPlacesFromCsv, [katoCsv, "kato.csv"]],
  ["readReceiptsCsv", main.readReceiptsCsv, [receiptsCsv, territory, { what: "r.csv", rulebook }]],
  ["readReceiptsJson", main.readReceiptsJson, [receiptsJson, territory, { what: "r.json", rulebook }]],
  ["readPublishedBudgets", main.readPublishedBudgets, [publishedJson, "published.json"]],
  ["figuresToJson", main.figuresToJson, [BEL_AGACH_2026]],
  ["checkParsedDecision", main.checkParsedDecision, ["432.txt", parsed]],
  [
    "checkDecisionTexts",
    main.checkDecisionTexts,
    [
      [
        { file: "432.txt", parsed },
        { file: "a.txt", parsed: amendment },
      ],
    ],
  ],
  ["checkPublishedBudget", main.checkPublishedBudget, ["published.json", published]],
  ["applyAmendment", main.applyAmendment, [parsed, amendment]],
  ["attributionToJson", main.attributionToJson, [attribution]],
  ["scenarioResultToJson", main.scenarioResultToJson, [scenarioResult]],
  ["attribute", main.attribute, [[receipt], { rulebook, territory, law, unattributed: true }]],
  ["postingFor", main.postingFor, [receipt, rulebook, territory]],
  ["balances", main.balances, [[subvention, ...attribution.postings]]],
  ["totalsByBudgetAndCode", main.totalsByBudgetAndCode, [[subvention, ...attribution.postings]]],
  ["accountLabel", main.accountLabel, [unitAccount]],
  ["valueOn", main.valueOn, [main.MRP_FOR_TAXES, "2026-01-01"]],
  ["datedSeries", main.datedSeries, ["MRP", main.MRP_FOR_TAXES.entries]],
  ["formatCitation", main.formatCitation, [main.cite(main.READINGS.bc2025, "27", "1")]],
  ["node: formatAttribution", node.formatAttribution, [attribution]],
  ["node: formatDecisionChecks", node.formatDecisionChecks, [[decisionCheck]]],
  ["node: formatScenarioResult", node.formatScenarioResult, [scenarioResult]],
  ["node: readTextFile", node.readTextFile, ["examples/kz-2026-published.json", "scenario"]],
  ["territory.place", territory.place, ["104035100"]],
  ["territory.owner", territory.owner, ["104035100"]],
  ["territory.budget", territory.budget, ["104000000"]],
  ["territory.budgetOwnerOn", territory.budgetOwnerOn, ["104035100", "2019-06-01"]],
  ["territory.fourthLevelUnit", territory.fourthLevelUnit, ["104035000"]],
  ["territory.unitsOfDistrict", territory.unitsOfDistrict, ["104000000"]],
  ["territory.placesOfUnit", territory.placesOfUnit, ["104035000"]],
  ["territory.findByName", territory.findByName, ["Бель-Агач"]],
  ["findUnits", main.findUnits, [territory, "zubair", { limit: 3 }]],
  [
    "findUnits (a spelling given)",
    main.findUnits,
    [
      main.createTerritory([region, district, unit], law),
      "Бель-Агач с.о.",
      { limit: 2, spelling: main.kazakhstanPlaceSpelling() },
    ],
  ],
  ["unitsOfDistrict", main.unitsOfDistrict, [territory, "104000000"]],
  ["applyReforms", main.applyReforms, [smallLaw, [workplaceIit]]],
  ["applyReforms (parameter and cap)", main.applyReforms, [smallLaw, [mrpAndCap]]],
  ["inverseReform", main.inverseReform, [mrpAndCap, smallLaw]],
  [
    "workplaceIitReform",
    main.workplaceIitReform,
    [{ share: "0.5", effectiveFrom: "2027-01-01", key: "residence" }],
  ],
  [
    "propertyTaxReform",
    main.propertyTaxReform,
    [{ share: "0.3", effectiveFrom: "2027-01-01", rounding: "floor" }],
  ],
  [
    "withdrawalCapReform",
    main.withdrawalCapReform,
    [{ share: "0.3", effectiveFrom: "2027-01-01", label: proposal }],
  ],
  [
    "moveRevenueLineReform",
    main.moveRevenueLineReform,
    [
      {
        ebk: "101111",
        to: "fourth_level",
        effectiveFrom: "2028-01-01",
        label: proposal,
        payerKinds: ["legal_entity"],
      },
    ],
  ],
  ["compareScenario", main.compareScenario, [reformScenario, {}, "law_response"]],
  [
    "compareResults",
    main.compareResults,
    [scenarioResult, scenarioResult, { law, territory, view: "law_response" }],
  ],
  ["comparisonToJson", main.comparisonToJson, [main.compareScenario(reformScenario), 2026]],
];

function outcome(run: () => unknown): string {
  try {
    run();
    return "returned";
  } catch (e) {
    if (e instanceof main.FourthLevelError) return "library error";
    return `${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`;
  }
}

describe("near misses of valid arguments give a result or the library's error, never a TypeError", () => {
  for (const [name, fn, args] of VALID) {
    it(name, () => {
      // the starting point is valid
      expect(outcome(() => fn(...(args as never[])))).toBe("returned");
      fc.assert(
        fc.property(nearMiss(args), (near) => {
          const given = Array.isArray(near) ? near : [near];
          expect(["returned", "library error"]).toContain(outcome(() => fn(...(given as never[]))));
        }),
        { numRuns: 150 },
      );
    });
  }
});

// The API example of the guide "Computing local taxes" (docs/taxes.md), run in CI. Run: npm run build && node --import tsx examples/taxes.ts
import {
  advertisingFee,
  landTax,
  Money,
  ownershipMonths,
  propertyTax,
  selfAssessedIit,
  vehicleTax,
} from "fourth-level-budget";

const months = ownershipMonths(2020, { acquired: "2020-07-28" }); // 6: the month of acquisition counts
const results: [string, string, string][] = [
  [
    "vehicle 2020, 1 690 cc, 6 months",
    vehicleTax({
      year: 2020,
      payer: "individual",
      vehicle: { kind: "passenger_car", engineCc: 1690 },
      months,
    }).amount.toKzt(),
    "4641.50",
  ],
  [
    "property 2025, 4 000 000",
    propertyTax({ year: 2025, objects: [{ assessedValue: Money.kzt("4000000") }] }).amount.toKzt(),
    "2600.00",
  ],
  [
    "land 2026, district town of Kostanay oblast, 1 000 m²",
    landTax({
      year: 2026,
      payer: "legal_entity",
      plot: {
        kind: "settlement",
        areaM2: "1000",
        category: "city_of_district_significance",
        townRate: { kind: "share_of_oblast_centre", oblastCentre: "kostanay" },
      },
    }).amount.toKzt(),
    "4703.00",
  ],
  [
    "advertising 2026, sign of 2 m², one month",
    advertisingFee({
      year: 2026,
      months: [1],
      sides: 1,
      notified: true,
      areaM2: "2",
      location: { kind: "fourth_level_column_c", objectType: "non_video" },
    }).amount.toKzt(),
    "2163.00",
  ],
  [
    "IIT 2026, 40 000 000",
    selfAssessedIit({
      year: 2026,
      payer: "individual",
      income: { kind: "taxable", amount: Money.kzt("40000000") },
    }).amount.toKzt(),
    "4161875.00",
  ],
];
for (const [what, amount, guide] of results) {
  console.log(`${what}: ${amount} KZT${amount === guide ? "" : ` — the guide says ${guide}`}`);
  if (amount !== guide) process.exitCode = 1;
}

// A three-year plan on real data: Druzhba village (Kamysty district, Kostanay region). The 2026 figures
// and the subventions fixed for 2026-2028 are published (data/decisions/kz-kostanay-kamysty-druzhba-2026.txt:
// 27 919 / 28 000 / 24 563 thousand KZT); the flat growth of own revenues and costs is an ASSUMPTION of
// this example, not a published forecast. Run: npm run build && node --import tsx examples/plan-druzhba.ts
import { kazakhstanLaw, Money, planDistrict } from "fourth-level-budget";

const t = (amount: string) => Money.thousandKzt(amount);
const plan = planDistrict(
  {
    district: { code: "394800000", name: "Камыстинский район" },
    baseYear: 2026,
    horizon: 2028,
    includeBaseYear: true,
    units: [
      {
        code: "394845000",
        name: "Дружбинская с.а.",
        base: { year: 2026, ownRevenues: { tax: t("912"), non_tax: t("18") }, costs: t("28849") },
        revenueGrowth: { tax: "0", non_tax: "0" }, // assumption: flat
        costGrowth: "0", // assumption: flat
        fixedVolumes: [
          { year: 2026, kind: "subvention", amount: t("27919") },
          { year: 2027, kind: "subvention", amount: t("28000") },
          { year: 2028, kind: "subvention", amount: t("24563") },
        ],
      },
    ],
  },
  kazakhstanLaw(),
);
console.log(
  "Druzhba village: subventions fixed by the maslikhat (published); own revenues and costs flat (assumption)",
);
for (const y of plan.units[0]?.years ?? []) {
  console.log(
    `${y.year}: own revenues ${y.ownRevenues.total.toThousandKzt()}, subvention ${y.transfer.amount.toThousandKzt()} (${y.transfer.source}), costs ${y.costs.toThousandKzt()}, balance ${y.balance.toThousandKzt()}, self-sufficiency ${y.selfSufficiency} %`,
  );
}
const total = Money.sum(plan.postings.map((p) => p.amount));
console.log(`ledger: ${plan.postings.length} postings, ${total.toThousandKzt()} thousand KZT`);
// 27 919 + 28 000 + 24 563 = 80 482
if (total.toThousandKzt() !== "80482") process.exitCode = 1;

// Re-planning on real data: Druzhba village (Kamysty district, Kostanay region). The 2026 figures and the
// subventions fixed for 2026-2028 are published (data/decisions/kz-kostanay-kamysty-druzhba-2026.txt:
// 27 919 / 28 000 / 24 563 thousand KZT). The growth rates and the MRP indexation below are ASSUMPTIONS of
// this example, not published forecasts. Run: npm run build && node --import tsx examples/replan-druzhba.ts
import { kazakhstanLaw, Money, planDistrict, replanDistrict } from "fourth-level-budget";

const law = kazakhstanLaw();

const t = (amount: string) => Money.thousandKzt(amount);
const district = { code: "394800000", name: "Камыстинский район" };
const druzhba = {
  code: "394845000",
  name: "Дружбинская с.а.",
  base: { year: 2026, ownRevenues: { tax_revenue: t("912"), non_tax_revenue: t("18") }, costs: t("28849") },
};

// The plan of the cycle 2026-2028, as the maslikhat fixed it in December 2025 (published volumes).
const fixed = planDistrict(
  {
    district,
    baseYear: 2026,
    horizon: 2028,
    includeBaseYear: true,
    units: [
      {
        ...druzhba,
        revenueGrowth: { tax_revenue: "0", non_tax_revenue: "0" },
        costGrowth: "0",
        fixedVolumes: [
          { year: 2026, kind: "subvention", amount: t("27919") },
          { year: 2027, kind: "subvention", amount: t("28000") },
          { year: 2028, kind: "subvention", amount: t("24563") },
        ],
      },
    ],
  },
  law,
);

// A re-plan made in 2026 with new forecasts (ASSUMPTIONS): tax revenues move with the MRP, indexed 5 % a
// year from 2027; costs grow 8 % a year. BC2025 Art. 79 p.2: mid-cycle, the volumes of 2027 and 2028 stay.
const replan = replanDistrict(
  {
    previous: fixed,
    madeIn: 2026,
    input: {
      district,
      baseYear: 2026,
      horizon: 2028,
      mrp: { indexation: { fromYear: 2027, rate: "0.05" } },
      units: [
        { ...druzhba, revenueGrowth: { tax_revenue: "mrp", non_tax_revenue: "0" }, costGrowth: "0.08" },
      ],
    },
  },
  law,
);
console.log(`regime: ${replan.regime}`);
for (const note of replan.notes) console.log(`note: ${note}`);
const unit = replan.units[0];
for (const y of unit?.years ?? []) {
  const planned = replan.plan.units[0]?.years.find((p) => p.year === y.year);
  console.log(
    `${y.year}: ${y.status}, subvention ${y.transfer.amount.toThousandKzt()}` +
      (planned === undefined
        ? ""
        : `; forecast own revenues ${planned.ownRevenues.total.toThousandKzt()}, costs ${planned.costs.toThousandKzt()}, balance ${planned.balance.toThousandKzt()}`),
  );
}
// The executed year and the kept volumes never move: 27 919, 28 000, 24 563.
const volumes = unit?.years.map((y) => y.transfer.amount.toThousandKzt()).join(" / ");
console.log(`volumes: ${volumes}`);
if (volumes !== "27919 / 28000 / 24563") process.exitCode = 1;

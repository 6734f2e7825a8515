import { type DatedSeries, type DatedValue, datedSeries } from "../../calendar/dated.js";
import { type IsoDate, previousDay } from "../../calendar/iso-date.js";
import type { Citation } from "../../citation/citation.js";
import { isoDateSchema } from "../../input/codes.js";
import { parseInput } from "../../input/parse.js";
import { Money } from "../../money/money.js";

const budgetLaw = (years: string, publishedIn: string): Citation => ({
  act: `Law on the republican budget for ${years}`,
  article: "",
  evidence: "published",
  publishedIn,
  versionDate: "2026-11-01",
});

const yearValue = (year: number, kzt: number, citation: Citation): DatedValue<Money> => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  value: Money.kzt(kzt),
  citation,
});

/**
 * The monthly calculation index (MRP, МРП) used for taxes and fines, in KZT, 2018–2026. Set each year by
 * the law on the republican budget; the values are as published (the laws' texts were not read). In 2020
 * it rose on 1 April (2,651 → 2,778); in 2022 the increase for benefits (3,180) did not apply to taxes and
 * fines, which kept 3,063. A date after 31 Dec 2026 has no value: add the next year's value, never reuse.
 *
 * Taxes that use "the MRP in force on 1 January of the tax year" (vehicle tax, property-tax benefits)
 * read it with `valueOnFirstJanuary(MRP_FOR_TAXES, year)`.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOnFirstJanuary(MRP_FOR_TAXES, 2026).value.toKzt(); //=> "4325.00"
 * valueOn(MRP_FOR_TAXES, "2020-05-01").value.toKzt(); //=> "2778.00"
 * ```
 */
export const MRP_FOR_TAXES: DatedSeries<Money> = datedSeries("MRP for taxes and fines, KZT", [
  yearValue(2018, 2405, budgetLaw("2018-2020", "almaty.tv (2018 → 2019: 2 405 → 2 525)")),
  yearValue(2019, 2525, budgetLaw("2019-2021", "almaty.tv (2018 → 2019: 2 405 → 2 525)")),
  {
    from: "2020-01-01",
    to: "2020-03-31",
    value: Money.kzt(2651),
    citation: budgetLaw("2020-2022", "shymkent.city; lc-audit.kz (vehicle tax 2020 uses 2 651)"),
  },
  {
    from: "2020-04-01",
    to: "2020-12-31",
    value: Money.kzt(2778),
    citation: budgetLaw("2020-2022, as amended in 2020", "shymkent.city (2 778 from 1 April 2020)"),
  },
  yearValue(2021, 2917, budgetLaw("2021-2023", "avtorynok.kz (vehicle tax 2021 at 2 917)")),
  yearValue(
    2022,
    3063,
    budgetLaw("2022-2024", "pricom.kz; kzaif.kz (the lower 2022 value kept for taxes and fines)"),
  ),
  yearValue(2023, 3450, budgetLaw("2023-2025", "kolesa.kz (1 МРП – 3450 тенге)")),
  yearValue(2024, 3692, budgetLaw("2024-2026", "kolesa.kz; en.tengrinews.kz")),
  yearValue(2025, 3932, budgetLaw("2025-2027", "kolesa.kz (1 қаңтардан бастап 3932 теңге); mayak1932.kz")),
  yearValue(2026, 4325, budgetLaw("2026-2028", "inform.kz; itsheff.kz; ng.kz")),
]);

/**
 * The monthly minimum wage (МЗП), KZT, 2018–2026, as published (set by the law on the republican budget).
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOnFirstJanuary(MINIMUM_WAGE, 2026).value.toKzt(); //=> "85000.00"
 * ```
 */
export const MINIMUM_WAGE: DatedSeries<Money> = datedSeries("minimum wage, KZT", [
  yearValue(2018, 28284, budgetLaw("2018-2020", "kstnews.kz")),
  yearValue(2019, 42500, budgetLaw("2019-2021", "arna-news.kz")),
  yearValue(2020, 42500, budgetLaw("2020-2022", "arna-news.kz")),
  yearValue(2021, 42500, budgetLaw("2021-2023", "arna-news.kz")),
  yearValue(2022, 60000, budgetLaw("2022-2024", "pricom.kz")),
  yearValue(2023, 70000, budgetLaw("2023-2025", "knews.kz")),
  yearValue(2024, 85000, budgetLaw("2024-2026", "published (85 000 from 2024)")),
  yearValue(2025, 85000, budgetLaw("2025-2027", "published (85 000 unchanged)")),
  yearValue(2026, 85000, budgetLaw("2026-2028", "ng.kz (23.10.2025: 110 000 proposal not adopted)")),
]);

const riseSchema = isoDateSchema.refine((date) => date > "2022-01-01" && date <= "2022-12-31", {
  error: (issue) =>
    `the 2022 rise of the MRP for benefits must be dated 2022-01-02 … 2022-12-31, not ${JSON.stringify(issue.input)}`,
  params: { code: "INVALID_DATE" },
});

/** The first day of the 3,180 value of 2022: 1 April 2022, as published. */
const RISE_2022 = "2022-04-01";

/**
 * The rise of 2022 as published: the Law of 12.05.2022 No 121-VII amended the law on the republican
 * budget for 2022-2024 (its MRP clause was not read); the press and the State Corporation give 3,180 from
 * 1 April 2022.
 */
const RISE_2022_CITATION: Citation = {
  act: "Law on the republican budget for 2022-2024, as amended by Law 12.05.2022 No 121-VII",
  article: "",
  evidence: "published",
  publishedIn:
    "kaz.tengrinews.kz 13.05.2022 («2022 жылдың 1 сәуірінен бастап … айлық есептік көрсеткіш (АЕК) - 3 180 теңге (бұрын - 3 063 теңге)»); kaz.zakon.kz; uakytnews.kz (State Corporation «Government for Citizens»: «12 мамырда заң қабылданды, оған сәйкес 1 сәуірден бастап … АЕК – 3180 теңге»)",
  versionDate: "2022-05-12",
};

/**
 * The MRP for benefits and other social payments, KZT. It equals {@link MRP_FOR_TAXES} except in 2022,
 * when it rose to 3,180 on **1 April 2022** (Law of 12.05.2022 No 121-VII amending the law on the
 * republican budget for 2022-2024, as published: the law's clause itself was not read) while taxes and
 * fines kept 3,063 (the split is the Ministry of Finance's, as published; the press reports of the rise do
 * not state it). A caller holding another reading may give another first day of the 3,180 value: the
 * series is then built for that date, and its citation says the date is the caller's.
 *
 * @param riseIn2022On - First day of the 3,180 value, `YYYY-MM-DD` in 2022 after 1 January; 1 April 2022
 * by default.
 * @throws {@link FourthLevelError} `INVALID_INPUT` (issue code `INVALID_DATE`) for a date that is not
 * `YYYY-MM-DD` or is outside 2022-01-02 … 2022-12-31.
 * @category Kazakhstan law
 * @example
 * ```ts
 * const benefits = mrpForBenefits();
 * valueOn(benefits, "2022-04-01").value.toKzt(); //=> "3180.00"
 * valueOn(benefits, "2022-03-31").value.toKzt(); //=> "3063.00"
 * valueOn(mrpForBenefits("2022-06-01"), "2022-05-31").value.toKzt(); //=> "3063.00"
 * ```
 */
export function mrpForBenefits(riseIn2022On: IsoDate = RISE_2022): DatedSeries<Money> {
  const rise2022 = parseInput(riseSchema, riseIn2022On, "the 2022 rise of the MRP for benefits");
  const rise: Citation =
    rise2022 === RISE_2022
      ? RISE_2022_CITATION
      : {
          ...RISE_2022_CITATION,
          publishedIn: `the caller's date ${rise2022} (published: 1 April 2022; ${RISE_2022_CITATION.publishedIn})`,
        };
  return datedSeries("MRP for benefits, KZT", [
    ...MRP_FOR_TAXES.entries.filter((e) => !e.from.startsWith("2022")),
    {
      from: "2022-01-01",
      to: previousDay(rise2022),
      value: Money.kzt(3063),
      citation: budgetLaw("2022-2024", "pricom.kz"),
    },
    { from: rise2022, to: "2022-12-31", value: Money.kzt(3180), citation: rise },
  ]);
}

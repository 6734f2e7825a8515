import type { Money } from "../money/money.js";
import type { ReportFacts } from "./facts.js";
import { planLines } from "./lines.js";
import type { PlanWords, Say } from "./words.js";

const given = (m: Money | undefined): m is Money => m !== undefined && m.tiyn !== 0n;

/**
 * The plan for the next years, a sentence a planned year: its subvention from the district or budget
 * withdrawal, own revenues, costs and basis, in the words of one language.
 */
export function planParagraphs(f: ReportFacts, words: PlanWords, say: Say): string[] {
  const lines = planLines(f);
  if (lines.length === 0) return [words.none];
  const number = (m: Money | undefined) => (m === undefined ? "—" : say.number(m));
  return lines.map(({ year, subvention, withdrawal, own, costs, source }) => {
    const transfers = [
      ...(given(subvention) ? [words.subvention(say.amount(subvention), f)] : []),
      ...(given(withdrawal) ? [words.withdrawal(say.amount(withdrawal))] : []),
    ];
    const said = transfers.length === 0 ? words.neither : transfers.join(", ");
    return words.year(year, said, number(own), number(costs), words.basis[source]);
  });
}

import { Money } from "../../../../money/money.js";
import type { CallerRateTable } from "./property-input.js";

const row = (over: string, upTo: string | undefined, fixed: string, ratePercent: string) => ({
  over: Money.kzt(over),
  ...(upTo === undefined ? {} : { upTo: Money.kzt(upTo) }),
  fixed: Money.kzt(fixed),
  ratePercent,
});

/**
 * Test fixture: the research notes' inferred rows above 150 mn for 2018–2025 (tax-rates.md §3.2, [I]),
 * supplied as a caller table — never as the law.
 */
export const INFERRED_UPPER_ROWS: CallerRateTable = {
  source: "tax-rates.md §3.2 [I] reconstruction (not read)",
  rows: [
    row("150000000", "350000000", "796600", "0.7"),
    row("350000000", "500000000", "2196600", "0.75"),
    row("500000000", "750000000", "3321600", "1"),
    row("750000000", "1000000000", "5821600", "1.5"),
    row("1000000000", undefined, "9571600", "2"),
  ],
};

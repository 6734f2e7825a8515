import type { CallerRateTable } from "./property-tax.js";

/**
 * Test fixture: the research notes' inferred rows above 150 mn for 2018–2025 (tax-rates.md §3.2, [I]),
 * supplied as a caller table — never as the law.
 */
export const INFERRED_UPPER_ROWS: CallerRateTable = {
  source: "tax-rates.md §3.2 [I] reconstruction (not read)",
  rows: [
    { over: "150000000", upTo: "350000000", fixed: "796600", ratePercent: "0.7" },
    { over: "350000000", upTo: "500000000", fixed: "2196600", ratePercent: "0.75" },
    { over: "500000000", upTo: "750000000", fixed: "3321600", ratePercent: "1" },
    { over: "750000000", upTo: "1000000000", fixed: "5821600", ratePercent: "1.5" },
    { over: "1000000000", fixed: "9571600", ratePercent: "2" },
  ],
};

import type { RunSummary } from "./summary.js";

const thousand = (v: string) => `${v} thousand KZT`;

/**
 * The summary as lines of text, the same on the screen and in Markdown (`bullet` prefixes the findings):
 * what was read, the identities counted, then each finding. @internal
 */
export function summaryLines(s: RunSummary, bullet: string): string[] {
  const findings = [
    ...s.mismatches.map(
      (m) =>
        `mismatch: ${m.unit} (${m.unitCode}) ${m.identity}: published minus computed ${thousand(m.difference)}`,
    ),
    ...s.nettingMismatches.map(
      (n) =>
        `netting mismatch: ${n.district} (${n.districtCode}): transfers in the ledger and in the units' statements differ by ${thousand(n.difference)}`,
    ),
    ...s.financingGaps.map(
      (f) =>
        `financing gap: ${f.unit} (${f.unitCode}) ${f.year}: own revenues + transfer (${f.source}) − costs = ${thousand(f.balance)}${f.minimumFundingShortfall === null ? "" : `; the transfer is lowered by the minimum-funding shortfall counted, ${thousand(f.minimumFundingShortfall)} (${f.citation})`}`,
    ),
  ];
  const lowest = s.lowestSelfSufficiency.map(
    (l) =>
      `${l.unit} (${l.unitCode}) published ${l.published ?? "?"} %${l.fromReceipts === null ? "" : `, computed from receipts ${l.fromReceipts} %`}`,
  );
  const { ok, mismatch, notCheckable } = s.identities;
  return [
    `read: ${s.units} unit(s) in ${s.districts} district(s), budget year ${s.year}`,
    `identities: ${ok} ok, ${mismatch} mismatch, ${notCheckable} not checkable`,
    ...(findings.length === 0
      ? ["findings: no mismatch, no financing gap"]
      : ["findings:", ...findings.map((f) => `${bullet}${f}`)]),
    ...(lowest.length === 0 ? [] : [`least self-sufficient (own revenues ÷ costs): ${lowest.join("; ")}`]),
    ...s.zeroCosts.map(
      (n) =>
        `note: self-sufficiency of ${n.unit} (${n.unitCode}) not computed: its expenditures are 0, and own revenues ÷ zero costs are undefined`,
    ),
  ];
}

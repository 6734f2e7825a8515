import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calibrateScenario } from "../src/calibrate/calibrate.js";
import type { CalibrationTarget } from "../src/calibrate/target.js";
import type { ScenarioComparison } from "../src/compare/compare.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { FourthLevelError } from "../src/errors/error.js";
import { Dec, ROUNDING_MODES, type RoundingMode } from "../src/money/decimal.js";
import { Money } from "../src/money/money.js";
import { isoDateArb } from "./arbitraries/receipts.js";
import { BEL_AGACH_UNIT } from "./fixtures/bel-agach-2026.js";
import { codeOf } from "./support.js";

/**
 * The guarantee of calibration (issue "reforms you can trust"): over generated scenarios — IIT withheld
 * at source (101201) by employers seated in с.Бородулиха for staff working in three units of Borodulikha
 * district, reform (a) with any rounding mode — and generated targets between what the range's ends
 * give, the parameter found meets its target within one step of its precision: the value there reaches
 * the target and the value one step before does not. Targets beyond the ends throw TARGET_UNREACHABLE.
 * Every value is recomputed here with compareScenario and the published costs, not read from the
 * calibration.
 */

/** The units of the scenario with their published 2026 own revenues and costs (thousand KZT). */
const COSTS: Readonly<Record<string, Money>> = {
  "104035000": Money.thousandKzt("54959"), // Bel-Agach: tax 39,585
  "104057000": Money.thousandKzt("51444"), // Novodvorovka: tax 30,776, capital sales 700
};
const WORKPLACES = ["104035100", "104057100", "104030100"]; // Bel-Agach, Novodvorovka, с.Бородулиха (104030000)

interface Receipt {
  readonly tiyn: bigint;
  readonly workplace: string;
  readonly date: string;
}

const receiptArb: fc.Arbitrary<Receipt> = fc.record({
  tiyn: fc.bigInt({ min: 100n, max: 500_000_000n }),
  workplace: fc.constantFrom(...WORKPLACES),
  date: isoDateArb("2026-01-01", "2026-12-31"),
});

function scenario(receipts: readonly Receipt[], rounding: RoundingMode, share: string | undefined) {
  return {
    name: "generated",
    year: 2026,
    districts: [
      {
        kato: "104000000",
        units: [
          BEL_AGACH_UNIT,
          {
            kato: "104057000",
            figures: { tax_revenue: "30776", capital_sales: "700", expenditures: "51444" },
          },
        ],
      },
    ],
    receipts: {
      note: "GENERATED receipts",
      items: receipts.map((r, i) => ({
        id: `g-${i}`,
        ebk: "101201",
        amount: Money.fromTiyn(r.tiyn).toKzt(),
        paymentDate: r.date,
        payerKind: "legal_entity",
        places: { legal_seat: "104030100", workplace: r.workplace },
      })),
    },
    reforms:
      share === undefined
        ? []
        : [
            {
              id: "wp",
              title: "IIT where the work is done",
              effectiveFrom: "2026-01-01",
              label: { kind: "proposal", author: "fast-check", text: "a generated reform" },
              changes: [
                {
                  kind: "rule",
                  ebk: "101201",
                  shares: [{ share, key: "workplace", recipient: "fourth_level", rounding }],
                },
              ],
            },
          ],
  };
}

type Kind = "account" | "self_sufficiency" | "median_self_sufficiency";
const targetKindArb = fc.oneof(
  fc.record({
    kind: fc.constant<Kind>("account"),
    code: fc.constantFrom("104000000", "104035000", "104057000"),
  }),
  fc.record({ kind: fc.constant<Kind>("self_sufficiency"), code: fc.constantFrom("104035000", "104057000") }),
  fc.record({ kind: fc.constant<Kind>("median_self_sufficiency"), code: fc.constant("104000000") }),
);

/** Percent values are compared as percent × 10^12. */
const SCALE = 10n ** 12n;

/** The target's value in a comparison, recomputed: tiyn, or percent × SCALE rounded down (exact for comparing with a 12-decimal target). */
function valueIn(c: ScenarioComparison, kind: Kind, code: string): bigint {
  if (kind === "account")
    return c.rows.filter((r) => r.account === code).reduce((s, r) => s + r.delta.tiyn, 0n);
  // own revenues × 100 ÷ costs, as a fraction
  const percent = (unit: string): [bigint, bigint] => [
    (c.units.find((u) => u.code === unit)?.ownRevenues.reform?.tiyn ?? 0n) * 100n,
    (COSTS[unit] as Money).tiyn,
  ];
  if (kind === "self_sufficiency") {
    const [n, d] = percent(code);
    return (n * SCALE) / d;
  }
  // the median of two units: their mean, (n1 ÷ d1 + n2 ÷ d2) ÷ 2
  const [[n1, d1], [n2, d2]] = [percent("104035000"), percent("104057000")];
  return ((n1 * d2 + n2 * d1) * SCALE) / (2n * d1 * d2);
}

/** The value at a share (0: no reform), recomputed with compareScenario. */
function valueAt(
  receipts: readonly Receipt[],
  rounding: RoundingMode,
  s: string,
  kind: Kind,
  code: string,
): bigint {
  const share = new Dec(s).isZero() ? undefined : s;
  return valueIn(compareScenario(scenario(receipts, rounding, share)), kind, code);
}

/** A value as a target's decimal string: KZT from tiyn, or percent with 12 decimals. */
const text = (kind: Kind, v: bigint) => {
  if (kind === "account") return Money.fromTiyn(v).toKzt();
  const digits = (v < 0n ? -v : v).toString().padStart(13, "0");
  return `${v < 0n ? "-" : ""}${digits.slice(0, -12)}.${digits.slice(-12)}`;
};

const target = (kind: Kind, code: string, value: string): CalibrationTarget =>
  kind === "account"
    ? { kind, account: code, value }
    : kind === "self_sufficiency"
      ? { kind, unit: code, value }
      : { kind, district: code, value };

describe("calibration: guarantees over generated scenarios", () => {
  it("a calibrated share meets its target within one step of its precision", () => {
    fc.assert(
      fc.property(
        fc.array(receiptArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        targetKindArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom("0.01", "0.02", "0.05"),
        (receipts, rounding, { kind, code }, u, precision) => {
          const [low, high] = [
            valueAt(receipts, rounding, "0", kind, code),
            valueAt(receipts, rounding, "1", kind, code),
          ];
          const wanted = low + ((high - low) * BigInt(u)) / 1000n;
          // a percentage rounded down to 12 decimals at an end may lie just outside what the range gives
          if (kind !== "account") fc.pre(wanted !== low && wanted !== high);
          const calibrate = () =>
            calibrateScenario(scenario(receipts, rounding, "0.5"), {
              reform: "wp",
              target: target(kind, code, text(kind, wanted)),
              precision,
            });
          // receipts the share does not touch: the parameter does not move the target
          if (low === high) {
            expect(codeOf(calibrate)).toBe("TARGET_INSENSITIVE");
            return;
          }
          const found = calibrate();
          const at = valueAt(receipts, rounding, found.parameter, kind, code);
          const side = (v: bigint) => (v < wanted ? -1 : v > wanted ? 1 : 0);
          if (side(low) === 0) {
            expect(found.parameter).toBe("0");
            return;
          }
          // reached (or passed) at the parameter found; not yet one step before
          expect(side(at)).not.toBe(side(low));
          const before = found.neighbour?.parameter as string;
          expect(new Dec(found.parameter).minus(before).equals(precision)).toBe(true);
          expect(side(valueAt(receipts, rounding, before, kind, code))).toBe(side(low));
          if (kind === "account") expect(found.achieved).toBe(text(kind, at));
        },
      ),
      { numRuns: 12 },
    );
  });

  it("a target beyond what both ends give is TARGET_UNREACHABLE (TARGET_INSENSITIVE when both ends give the same), with the values at the ends", () => {
    fc.assert(
      fc.property(
        fc.array(receiptArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        fc.constantFrom("104000000", "104035000", "104057000"),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (receipts, rounding, account, beyond) => {
          const [low, high] = [
            valueAt(receipts, rounding, "0", "account", account),
            valueAt(receipts, rounding, "1", "account", account),
          ];
          const outside = high >= low ? high + beyond : high - beyond;
          try {
            calibrateScenario(scenario(receipts, rounding, "0.5"), {
              reform: "wp",
              target: { kind: "account", account, value: Money.fromTiyn(outside).toKzt() },
            });
            expect.unreachable("the target was reached");
          } catch (e) {
            expect(e).toBeInstanceOf(FourthLevelError);
            // receipts the share does not touch leave the account where it is at both ends
            expect((e as FourthLevelError).code).toBe(
              low === high ? "TARGET_INSENSITIVE" : "TARGET_UNREACHABLE",
            );
            expect((e as FourthLevelError).details).toMatchObject({
              low: { parameter: "0", value: `${Money.fromTiyn(low).toKzt()} KZT` },
              high: { parameter: "1", value: `${Money.fromTiyn(high).toKzt()} KZT` },
            });
          }
        },
      ),
      { numRuns: 10 },
    );
  });
});

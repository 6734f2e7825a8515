import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import type { CheckedEqualisation, CheckedUnit } from "./equalise-input.js";
import type { PreparedPool } from "./pool.js";
import type { Equalisation, UnitTransfer, WithdrawalEntry } from "./types.js";
import { splitByWeight, waterFill } from "./water-fill.js";

/** The transfer of the `k`-th unit sharing the pool, with the steps that led to it. */
function subventionOf(
  input: CheckedEqualisation,
  p: PreparedPool,
  k: number,
  amount: Money,
  share: Money,
  bound: UnitTransfer["bound"],
): UnitTransfer {
  const entry = p.entries[k] as PreparedPool["entries"][number];
  const unit = input.units[entry.index] as CheckedUnit;
  const floor = p.floors[k];
  const cap = p.caps[k];
  const steps = [entry.basis, `method share ${share} of the pool ${p.pool}`];
  if (bound === "floor" && floor !== undefined) {
    steps.push(`raised to its floor ${floor.amount} (${floor.reason})`);
  } else if (bound === "cap" && cap !== undefined) {
    steps.push(`lowered to its cap ${cap.amount} (${cap.reason})`);
  } else if (!amount.equals(share)) {
    const change = amount.minus(share);
    steps.push(
      `${change.isNegative() ? "" : "+"}${change} from re-distributing what floors took and caps freed`,
    );
  }
  if (input.method.constraints?.maxChange !== undefined && unit.lastYear === undefined) {
    steps.push("no last-year amount: change limit not applied");
  }
  return {
    unit: unit.id,
    kind: amount.isZero() ? "none" : "subvention",
    amount,
    net: amount,
    byMethod: share,
    floor: floor?.amount ?? Money.zero,
    ...(cap === undefined ? {} : { cap: cap.amount }),
    bound,
    explanation: steps.join("; "),
  };
}

/** The budget withdrawal of a unit with a surplus, limited to the withdrawal cap when there is one. */
function withdrawalOf(unit: CheckedUnit, w: WithdrawalEntry, withdrawalCap: Money | undefined): UnitTransfer {
  const capped = withdrawalCap !== undefined && w.surplus.compare(withdrawalCap) > 0;
  const amount = capped ? withdrawalCap : w.surplus;
  return {
    unit: unit.id,
    kind: "withdrawal",
    amount,
    net: amount.negate(),
    byMethod: w.surplus,
    floor: Money.zero,
    ...(withdrawalCap === undefined ? {} : { cap: withdrawalCap }),
    bound: capped ? "withdrawal_cap" : "none",
    explanation: [
      w.basis,
      `budget withdrawal of the surplus${capped ? `, limited to the withdrawal cap ${withdrawalCap}` : ""}`,
      "floors and caps of the pool do not apply",
    ].join("; "),
  };
}

/**
 * Places a feasible pool among its units by water-filling within their floors and caps, sets the
 * withdrawals, and explains each unit's amount. The units come out in the order given.
 */
export function distribute(input: CheckedEqualisation, p: PreparedPool): Equalisation {
  const recipients = p.entries.map((_, k) => ({
    weight: p.weights[k] ?? 0n,
    floor: p.floors[k]?.amount.tiyn ?? 0n,
    cap: p.caps[k]?.amount.tiyn,
  }));
  const filled = waterFill(p.pool.tiyn, recipients);
  if (filled === undefined) {
    // Not reached when the feasibility checks pass; kept so that no pool is ever silently left unplaced.
    throw new FourthLevelError("INVALID_INPUT", `equalisation: ${p.pool} cannot be placed among the units`, {
      pool: p.pool.toKzt(),
    });
  }
  const byMethod = splitByWeight(p.pool.tiyn, p.weights) ?? p.weights.map(() => 0n);
  const results: UnitTransfer[] = new Array(input.units.length);
  p.entries.forEach((e, k) => {
    const amount = Money.fromTiyn(filled.amounts[k] ?? 0n);
    const share = Money.fromTiyn(byMethod[k] ?? 0n);
    results[e.index] = subventionOf(input, p, k, amount, share, filled.bound[k] ?? "none");
  });
  const { method } = input;
  const withdrawalCap =
    method.kind === "gap_filling" && method.surpluses.kind === "withdraw" ? method.surpluses.cap : undefined;
  for (const w of p.withdrawals) {
    results[w.index] = withdrawalOf(input.units[w.index] as CheckedUnit, w, withdrawalCap);
  }
  const withdrawn = Money.sum(p.withdrawals.map((w) => (results[w.index] as UnitTransfer).amount));
  return {
    method: method.kind,
    pool: p.pool,
    withdrawals: withdrawn,
    netOutlay: p.pool.minus(withdrawn),
    units: results,
  };
}

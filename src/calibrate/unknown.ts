import type { IssuePath } from "../errors/issue.js";
import type { Reform } from "../reform/reform-schema.js";

type Change = Reform["changes"][number];

/**
 * A parameter of a reform a calibration can solve: a rule change's share, a parameter or rate-table
 * (`tax_rate`) change's scale, or a withdrawal cap's share; where it is in the reform and the values it may take. @internal
 */
export interface Unknown {
  /** Its path in the reform, e.g. `["changes", 0, "shares", 0, "share"]`. */
  readonly path: IssuePath;
  readonly kind: "share" | "scale" | "cap";
}

/** The parameters of a reform a calibration can solve, in the order of its changes. */
export function unknownsOf(reform: Reform): Unknown[] {
  return reform.changes.flatMap((change: Change, i): Unknown[] => {
    switch (change.kind) {
      case "rule":
        return (change.shares ?? []).map((_, j) => ({
          path: ["changes", i, "shares", j, "share"],
          kind: "share" as const,
        }));
      case "parameter":
      case "tax_rate":
        return change.scale === undefined ? [] : [{ path: ["changes", i, "scale"], kind: "scale" }];
      case "withdrawal_cap":
        return change.share === null ? [] : [{ path: ["changes", i, "share"], kind: "cap" }];
      default:
        return [];
    }
  });
}

/** A path as the command line writes it: `changes.0.shares.0.share`. */
export const pathText = (path: IssuePath): string => path.join(".");

/** `change` with its unknown set to `value`: a share of 0 is no share (the entry is left out). */
function setIn(change: Change, unknown: Unknown, value: string): Change {
  if (change.kind === "rule") {
    const j = unknown.path[3] as number;
    const shares = (change.shares ?? []).flatMap((share, k) =>
      k !== j ? [share] : value === "0" ? [] : [{ ...share, share: value }],
    );
    return { ...change, shares };
  }
  if (change.kind === "parameter" || change.kind === "tax_rate") return { ...change, scale: value };
  return change.kind === "withdrawal_cap" ? { ...change, share: value } : change;
}

/**
 * The reform with its unknown set to `value` (a canonical decimal string); nothing else of it changes.
 * A rule change's share of 0 leaves that share out (the limit of the share going to 0).
 */
export function withUnknown(reform: Reform, unknown: Unknown, value: string): Reform {
  const at = unknown.path[1] as number;
  return {
    ...reform,
    changes: reform.changes.map((change, i) => (i === at ? setIn(change, unknown, value) : change)),
  };
}

import * as z from "zod";
import { viewSchema } from "../compare/compare.js";
import type { Issue, IssuePath } from "../errors/issue.js";
import { decimalTextSchema } from "../input/decimal.js";
import { Dec } from "../money/decimal.js";
import type { Reform } from "../reform/reform-schema.js";
import { type Grid, gridSize } from "./bisect.js";
import { calibrationTargetSchema } from "./target.js";
import { pathText, type Unknown, unknownsOf } from "./unknown.js";

const decimal = decimalTextSchema({}, (v) => `${v} is not a decimal: give a decimal string such as "0.5"`);

/**
 * The options of a calibration, as {@link calibrateScenario} reads them: see {@link CalibrationOptions}.
 * @category Reforms
 */
export const calibrationOptionsSchema = z.strictObject(
  {
    reform: z.string().min(1).describe("The id of the scenario's reform whose parameter is solved"),
    unknown: z
      .array(z.union([z.string(), z.int().min(0)]))
      .optional()
      .describe('Its path in the reform, e.g. ["changes", 0, "shares", 0, "share"]; the only one by default'),
    range: z
      .tuple([decimal, decimal])
      .optional()
      .describe('The values to search, e.g. ["0", "1"] (the default for a share)'),
    precision: decimalTextSchema(
      { above: 0 },
      (v) => `${v} is not a precision: give a decimal string above 0, e.g. "0.0001"`,
    )
      .optional()
      .describe('The step of the answer, e.g. "0.0001" (0.01 percentage points of a share; the default)'),
    target: calibrationTargetSchema,
    view: viewSchema.optional(),
    year: z.int().optional().describe("The year of the target; the scenario's year by default"),
  },
  { error: "must be the calibration { reform, target, unknown?, range?, precision?, view?, year? }" },
);

/** The largest grid a calibration searches: 2^40 steps, so at most 42 evaluations. */
const MAX_GRID = 2n ** 40n;

const sameKey = (a: IssuePath, b: IssuePath) => pathText(a) === pathText(b);

/** The unknown a calibration solves: the one named, else the reform's only one; or the problem. */
export function pickUnknown(reform: Reform, named: IssuePath | undefined): Unknown | Issue {
  const all = unknownsOf(reform);
  const list = all.length === 0 ? "none" : all.map((u) => pathText(u.path)).join(", ");
  const found =
    named === undefined ? (all.length === 1 ? all[0] : undefined) : all.find((u) => sameKey(u.path, named));
  if (found !== undefined) return found;
  const message =
    named === undefined
      ? `reform ${reform.id} has ${all.length} parameters a calibration can solve (${list}): name one`
      : `${pathText(named)} is not a parameter of reform ${reform.id} a calibration can solve (a rule change's share, a parameter change's scale, a withdrawal cap's share): ${list}`;
  return { path: ["unknown"], code: "INVALID_INPUT", message };
}

/** The grid to search, checked against the values the unknown may take; or the problems. */
export function gridOf(
  unknown: Unknown,
  range: readonly [string, string] | undefined,
  precision: string,
): Grid | Issue[] {
  const problem = (message: string, path: IssuePath = ["range"]): Issue[] => [
    { path, code: "INVALID_INPUT", message },
  ];
  if (range === undefined && unknown.kind === "scale")
    return problem('give the range of a scale, e.g. ["0.5", "1.5"]');
  const [low, high] = range ?? ["0", "1"];
  const [lo, hi] = [new Dec(low), new Dec(high)];
  if (!lo.lessThan(hi)) return problem(`the range must rise: ${low} is not below ${high}`);
  if (unknown.kind === "scale" ? !lo.greaterThan(0) : lo.lessThan(0) || hi.greaterThan(1))
    return problem(
      unknown.kind === "scale"
        ? `a scale is above 0, not ${low}`
        : `a share lies from 0 to 1, not ${low} to ${high}`,
    );
  const grid = { low, high, step: precision };
  if (new Dec(precision).greaterThan(hi.minus(lo)))
    return problem(`${precision} is wider than the range`, ["precision"]);
  if (gridSize(grid) > MAX_GRID)
    return problem(`${precision} is too fine for the range: at most 2^40 steps`, ["precision"]);
  return grid;
}

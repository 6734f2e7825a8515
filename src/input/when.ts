import type * as z from "zod";

/** Any key or index at this place of a path given to {@link whenValidAt}. */
export const ANY_KEY: unique symbol = Symbol("any key");

/** A path of keys and indexes, where {@link ANY_KEY} matches any one of them. */
export type PathPattern = readonly (PropertyKey | typeof ANY_KEY)[];

/** Whether one of two paths starts the other (the issue is inside the part, or the part inside the issue). */
function overlaps(issuePath: readonly PropertyKey[], pattern: PathPattern): boolean {
  const common = Math.min(issuePath.length, pattern.length);
  for (let i = 0; i < common; i++) {
    if (pattern[i] !== ANY_KEY && pattern[i] !== issuePath[i]) return false;
  }
  return true;
}

/**
 * The `when` of a refinement that checks several parts of an input against each other (e.g. the units
 * named by a constraint against the units given): it runs when none of the parts at `patterns` has
 * failed its type, even if other parts have, so that every problem is reported at once. The refinement
 * may then read those parts as typed, and nothing else: e.g. `{ when: whenValidAt(["units", ANY_KEY,
 * "id"]) }` for a check of the units' ids.
 */
export function whenValidAt(...patterns: readonly PathPattern[]) {
  return (payload: z.core.ParsePayload): boolean =>
    !payload.issues.some(
      (issue) => issue.continue !== true && patterns.some((p) => overlaps(issue.path ?? [], p)),
    );
}

/**
 * Whether no issue so far is at or inside (or around) a part at `patterns`: unlike {@link whenValidAt},
 * an issue that lets parsing go on (a year out of range) counts too, for checks that read the values'
 * meaning, not only their type.
 */
export function noIssueAt(payload: z.core.ParsePayload, ...patterns: readonly PathPattern[]): boolean {
  return !payload.issues.some((issue) => patterns.some((p) => overlaps(issue.path ?? [], p)));
}

/** The `when` of a refinement that runs when {@link noIssueAt} the parts at `patterns`. */
export function whenNoIssueAt(...patterns: readonly PathPattern[]) {
  return (payload: z.core.ParsePayload): boolean => noIssueAt(payload, ...patterns);
}

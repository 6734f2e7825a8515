import * as z from "zod";
import { isIsoDate } from "../calendar/iso-date.js";
import { REVENUE_CATEGORIES } from "../classification/category.js";
import { describeValue } from "../errors/describe.js";
import { type Account, isAccount, isPosting, type Posting } from "./ledger.js";

const optionalText = (value: unknown) => value === undefined || typeof value === "string";

/** The fields of a posting the ledger itself does not read: its date, ids, category, note and citation. */
function hasPostingFields(p: Posting): boolean {
  return (
    isIsoDate(p.date) &&
    typeof p.id === "string" &&
    typeof p.ruleId === "string" &&
    typeof p.sourceId === "string" &&
    optionalText(p.note) &&
    (p.category === undefined || REVENUE_CATEGORIES.includes(p.category)) &&
    (p.citation === undefined || (typeof p.citation === "object" && p.citation !== null))
  );
}

/**
 * A ledger posting given back to the library (e.g. the postings of `attribute` handed to `buildStatement`):
 * what the ledger reads of it (see {@link isPosting}), a real date and the other fields of a {@link Posting},
 * checked by a loop rather than an object schema, because a ledger may hold millions of postings.
 */
export const postingSchema = z.custom<Posting>((p) => isPosting(p) && hasPostingFields(p), {
  error: (issue) =>
    `${describeValue(issue.input)} is not a posting { id, date: "YYYY-MM-DD", from, to, amount: Money, ebk?, category?, ruleId, sourceId }`,
});

/** The postings of a ledger. */
export const postingsSchema = z.array(postingSchema, {
  error: (issue) => `must be an array of postings, not ${describeValue(issue.input)}`,
});

/** A ledger account (see {@link isAccount}). */
export const accountSchema = z.custom<Account>(isAccount, {
  error: (issue) =>
    `${describeValue(issue.input)} is not an account: { kind: "budget", level: 2 | 3 | 4, code, name }, { kind: "district_or_higher", code, name }, { kind: "payers" } or { kind: "unattributed" }`,
});

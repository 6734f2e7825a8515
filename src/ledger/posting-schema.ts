import * as z from "zod";
import { isIsoDate } from "../calendar/iso-date.js";
import { describeValue } from "../errors/describe.js";
import { type Account, isAccount, isPosting, type Posting } from "./ledger.js";

/**
 * A ledger posting given back to the library (e.g. the postings of `attribute` handed to `buildStatement`):
 * what the ledger reads of it (see {@link isPosting}) and a real payment date, checked by a loop rather
 * than an object schema, because a ledger may hold millions of postings.
 */
export const postingSchema = z.custom<Posting>((p) => isPosting(p) && isIsoDate(p.date), {
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

import * as z from "zod";
import type { Citation } from "../citation/citation.js";

const text = z.string({ error: "must be a string" });

/**
 * A legal citation given by a caller (a rate table, a benefit, a scale the law read does not set): the
 * act, the article and the edition date, or for a value known from publications (`evidence:
 * "published"`) the act, where it was published and the date. A missing part is an issue with code
 * `INVALID_RULE`, as in `assertCitation`.
 */
export const citationSchema: z.ZodType<Citation, Citation> = z
  .strictObject(
    {
      // Required, but checked below: a missing part is an INVALID_RULE issue, as a blank one.
      act: text.optional(),
      article: text.optional(),
      paragraph: text.optional(),
      versionDate: text.optional(),
      url: text.optional(),
      evidence: z.enum(["read", "published"]).optional(),
      publishedIn: text.optional(),
    },
    { error: "must be a citation { act, article, versionDate, … }" },
  )
  .superRefine((citation, ctx) => {
    const required =
      citation.evidence === "published"
        ? (["act", "publishedIn", "versionDate"] as const)
        : (["act", "article", "versionDate"] as const);
    for (const part of required) {
      if ((citation[part] ?? "").trim() === "") {
        ctx.issues.push({
          code: "custom",
          path: [part],
          input: citation[part],
          message: `the citation has no ${part}: every rate and rule must cite act, article (or where it was published) and edition date`,
          params: { code: "INVALID_RULE" },
        });
      }
    }
  }) as z.ZodType<Citation, Citation>;

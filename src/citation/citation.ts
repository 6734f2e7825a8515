import { labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";

/**
 * Where a rule or a parameter value comes from in the law: the act, the article and paragraph, and the
 * date of the edition that was read.
 *
 * @category Citations
 * @example
 * ```ts
 * const c: Citation = {
 *   act: "Budget Code of 15 Mar 2025 No 171-VIII",
 *   article: "27",
 *   paragraph: "1(1)",
 *   versionDate: "2026-01-16",
 * };
 * formatCitation(c); //=> "Budget Code of 15 Mar 2025 No 171-VIII, Art. 27 p.1(1) (ed. 2026-01-16)"
 * ```
 */
export interface Citation {
  /** The act, e.g. `"Budget Code of 4 Dec 2008 No 95-IV"`. */
  readonly act: string;
  /** The article number, e.g. `"52-1"`. */
  readonly article: string;
  /** Paragraph and subparagraph, e.g. `"1(2)"`. */
  readonly paragraph?: string;
  /** The date of the edition read, `YYYY-MM-DD`. */
  readonly versionDate: string;
  /** An address of the text, when there is one. */
  readonly url?: string;
  /**
   * How the value is known: `"read"` in the legal text (the default); `"published"` — the act is known
   * but its text was not read, the value comes from official or press publications named in
   * `publishedIn` (then `article` may be empty).
   */
  readonly evidence?: "read" | "published";
  /** Where a `"published"` value was published, e.g. `"inform.kz 2025-12-05; itsheff.kz"`. */
  readonly publishedIn?: string;
}

/**
 * A citation in one line: `act, Art. N p.P (ed. YYYY-MM-DD)`, or for a published value
 * `act (value as published: …; text not read)`.
 *
 * @throws {@link FourthLevelError} `INVALID_RULE` when `citation` lacks its act, article or edition date.
 * @category Citations
 * @example
 * ```ts
 * formatCitation({ act: "Budget Code of 15 Mar 2025 No 171-VIII", article: "27", paragraph: "1(1)", versionDate: "2026-01-16" });
 * //=> "Budget Code of 15 Mar 2025 No 171-VIII, Art. 27 p.1(1) (ed. 2026-01-16)"
 * ```
 */
export function formatCitation(citation: Citation): string {
  assertCitation(citation, "formatCitation");
  const paragraph = typeof citation.paragraph === "string" ? ` p.${citation.paragraph}` : "";
  if (citation.evidence === "published") {
    const article = citation.article === "" ? "" : `, Art. ${citation.article}${paragraph}`;
    const where = typeof citation.publishedIn === "string" ? citation.publishedIn : "?";
    return `${citation.act}${article} (text not read; as published: ${where})`;
  }
  return `${citation.act}, Art. ${citation.article}${paragraph} (ed. ${citation.versionDate})`;
}

/**
 * Checks that a citation names an act, an article and an edition date (for a published value: the act,
 * where it was published, and the date).
 * @category Citations
 * @param owner - What carries the citation (a rule id, a parameter name), for the message.
 * @throws {@link FourthLevelError} `INVALID_RULE` naming the owner and the missing part.
 */
export function assertCitation(citation: unknown, owner: string): asserts citation is Citation {
  const fields = (citation ?? undefined) as Partial<Record<string, unknown>> | undefined;
  const isObject = typeof citation === "object" && citation !== null;
  const required =
    isObject && fields?.evidence === "published"
      ? (["act", "publishedIn", "versionDate"] as const)
      : (["act", "article", "versionDate"] as const);
  const present = (k: string) => typeof fields?.[k] === "string" && (fields[k] as string).trim() !== "";
  const missing = isObject ? required.filter((k) => !present(k)) : ["citation"];
  if (missing.length > 0) {
    const who = labelOf(owner, "a rule or parameter");
    throw new FourthLevelError(
      "INVALID_RULE",
      `${who} has no legal citation (${missing.join(", ")} missing): every rule and parameter must cite act, article and edition date`,
      { owner: who, missing },
    );
  }
}

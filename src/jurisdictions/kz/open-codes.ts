import { OUTSIDE_FOURTH_LEVEL } from "./outside-lines.js";
import { FOURTH_LEVEL_REVENUE_LINES } from "./revenue-lines.js";

/** The lines whose EBK code the law data leaves open (fourth-level lines and lines above it): the caller gives one. */
export const OPEN_CODE_LINES: readonly {
  readonly slug: string;
  readonly revenue: string;
  readonly ebkSource: string;
}[] = [...FOURTH_LEVEL_REVENUE_LINES, ...OUTSIDE_FOURTH_LEVEL].filter((line) => line.ebk === undefined);

/** The slugs of {@link OPEN_CODE_LINES}. */
export const OPEN_CODE_SLUGS: readonly string[] = OPEN_CODE_LINES.map((line) => line.slug);

/**
 * What a caller is told when a line's EBK code is open and was not supplied: the line, why its code is
 * open, and the option that supplies it (in the API, in a registry or scenario file, on the command line).
 */
export function openCodeMessage(slug: string): string {
  const line = OPEN_CODE_LINES.find((l) => l.slug === slug);
  const what = line === undefined ? "" : `${line.revenue}: the EBK code is ${line.ebkSource}. `;
  return `${what}Give the code of line "${slug}" as openCodes["${slug}"] (an option of kazakhstanLaw and kazakhstanRulebook, a field of a registry or scenario file) or --open-code ${slug}=<code> on the command line`;
}

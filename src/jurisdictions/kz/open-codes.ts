import { OUTSIDE_FOURTH_LEVEL } from "./outside-lines.js";
import { type EditionId, FOURTH_LEVEL_REVENUE_LINES, type FourthLevelRevenueLine } from "./revenue-lines.js";

/** Whether an edition that lists the line has no code for it. */
const openSomewhere = (line: FourthLevelRevenueLine) =>
  (Object.keys(line.paragraphs) as EditionId[]).some((id) => line.ebk[id] === undefined);

/**
 * The lines whose EBK code the law data leaves open in some edition (fourth-level lines and lines above
 * it): the caller gives one, used in those editions.
 */
export const OPEN_CODE_LINES: readonly {
  readonly slug: string;
  readonly revenue: string;
  readonly ebkSource: string;
}[] = [
  ...FOURTH_LEVEL_REVENUE_LINES.filter(openSomewhere),
  ...OUTSIDE_FOURTH_LEVEL.filter((line) => line.ebk === undefined),
];

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

/**
 * What the rulebook says of an EBK code no rule knows: the lines whose code the law leaves open and that
 * `supplied` does not give, and how to give one; `undefined` when every open code is supplied.
 */
export function unknownCodeNote(supplied: Readonly<Record<string, string>>): string | undefined {
  const missing = OPEN_CODE_SLUGS.filter((slug) => supplied[slug] === undefined);
  if (missing.length === 0) return undefined;
  return `if it is the code of a line whose EBK code the law data leaves open (${missing.join(", ")}), give it as openCodes["<line>"] (an option of kazakhstanLaw and kazakhstanRulebook, a field of a registry or scenario file) or --open-code <line>=<code> on the command line`;
}

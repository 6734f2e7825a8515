import * as z from "zod";
import type { BudgetLineKey } from "../../../budget/lines.js";
import { FourthLevelError } from "../../../errors/error.js";
import { parseInput } from "../../../input/parse.js";
import { type Clause, clausesOf, splitHeaders, type TextLine } from "./clauses.js";
import { assertReadableEncoding } from "./encoding.js";
import { headingOf, ownReferenceOf } from "./heading.js";
import { readBlock } from "./read-block.js";
import { referenceIn } from "./references.js";
import { type Block, structureOf } from "./structure.js";
import type { DecisionBlock, DecisionLine, DecisionProblem, ParsedDecision } from "./types.js";

export type {
  AppliedAmendment,
  DecisionBlock,
  DecisionLine,
  DecisionProblem,
  ParsedDecision,
} from "./types.js";

/**
 * Options of {@link parseDecisionText}.
 *
 * @category Decisions
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * parseDecisionText("1) доходы – 100 тысяч тенге;", { file: "example.txt" }).file; //=> "example.txt"
 * ```
 */
export interface ParseDecisionOptions {
  /** The file the text comes from, kept in the result and named in errors. */
  readonly file?: string;
}

/** Longer texts are refused: a decision's text is a few pages (a full one with its annexes, some hundred KB). */
const MAX_TEXT_LENGTH = 2_000_000;

const inputSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH, `a decision text has at most ${MAX_TEXT_LENGTH} characters`),
  options: z.strictObject({ file: z.string().optional() }).optional(),
});

const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;
/** Lines that end a complete budget list (financing and its sub-lines). */
const CLOSING_KEYS: readonly BudgetLineKey[] = [
  "financing",
  "loans_received",
  "loans_repaid",
  "free_balances_used",
];

function languageOf(header: string | undefined, body: readonly TextLine[]): "ru" | "kk" {
  if (header === "ru" || header === "kk") return header;
  const letters = body.map((line) => line.text).join(" ");
  return (letters.match(KAZAKH_LETTERS) ?? []).length > letters.length / 200 ? "kk" : "ru";
}

function decisionBlockOf(block: Block): DecisionBlock {
  const { lines, problems } = readBlock(block);
  return {
    ...(block.point === undefined ? {} : { point: block.point }),
    items: block.items,
    lines,
    figures: Object.fromEntries(lines.map((line) => [line.key, line.amount])),
    problems,
  };
}

/**
 * The blocks behind the decision's figures: the first list; in an amendment that replaces sub-items,
 * every list that replaces sub-items of the same point.
 */
function chosenBlocks(blocks: readonly Block[], amendment: boolean): readonly Block[] {
  const [first] = blocks;
  if (first === undefined) return [];
  if (!amendment || first.items.length === 0) return [first];
  return blocks.filter((b) => b.point === first.point && b.items.length > 0);
}

/** The lines and problems of several blocks as one list: a line given twice is kept once, and reported. */
function merged(blocks: readonly DecisionBlock[]): { lines: DecisionLine[]; problems: DecisionProblem[] } {
  const lines: DecisionLine[] = [];
  const problems: DecisionProblem[] = blocks.flatMap((b) => b.problems);
  for (const line of blocks.flatMap((b) => b.lines)) {
    if (lines.some((l) => l.key === line.key)) {
      problems.push({
        lineNumber: line.lineNumber,
        text: line.text,
        reason: `a second line for ${line.key}; the first one is kept`,
      });
    } else lines.push(line);
  }
  return { lines, problems };
}

/** Whether the text ends inside the last chosen block, before a line that closes a budget list. */
function isTruncated(block: Block, lines: readonly DecisionLine[]): boolean {
  if (!block.endsText) return false;
  const last: Clause | undefined = block.clauses.at(-1);
  const closing = lines.find((line) => line.lineNumber === last?.lineNumber && line.text === last.text);
  return !(
    closing !== undefined &&
    CLOSING_KEYS.includes(closing.key) &&
    /\.["»]*[.;]?$/u.test(closing.text)
  );
}

function noBudgetList(file: string | undefined): FourthLevelError {
  return new FourthLevelError(
    "UNREADABLE_DECISION",
    `${file ?? "decision text"}: no budget list found (no lines such as "1) доходы – … тысяч тенге" or "1) кірістер – … мың теңге")`,
    { file: file ?? null, reason: "no budget list" },
  );
}

/**
 * Reads a published maslikhat budget decision (Russian or Kazakh, as published on adilet.zan.kz) by its
 * structure: points ("1.", "1-1."), sub-items ("1)", numbered or not), amendment instructions ("пункт 1
 * изложить в новой редакции:", "4 тармақтың 2) тармақшасы жаңа редакцияда жазылсын:") and restated texts
 * in quotes; each line's label by its meaning (Russian and Kazakh, any case, older and newer terms); each
 * amount with its separators, signs ("–", "- -", "– -", "(-)", "-0", a dash where the other lines have
 * none), thousand separators, decimal commas and unit ("тысяч тенге", "мың теңге", "тенге", "тысячи"
 * without "тенге"). Amounts are thousand KZT as published, exact.
 *
 * `figures` are those of the first point with a budget list; for an amendment, what it puts in place of
 * that point or of some of its sub-items (every change is in `blocks`; {@link applyAmendment} applies
 * them to the decision amended). What the reader cannot read it lists in `problems` with the line and
 * the reason; a line not in the text is absent from `figures`, never 0. A non-zero amount labelled
 * "тенге" in a list in thousand tenge is judged by the list's identities (see the line's notes).
 *
 * @param text - The decision's text; it may start with `# source: …` and `# language: ru|kk` lines.
 * @param options - `file`: where the text comes from, for messages.
 * @returns The figures, every line read with notes, every problem, every list, and whether the text was cut.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `text` is not a string (or too long) or the
 *   options are not `{ file?: string }`; `INVALID_ENCODING` when the text was not UTF-8 when read (NUL
 *   bytes of UTF-16, replacement characters, Latin-1 mojibake of Cyrillic); `UNREADABLE_DECISION` when it
 *   has no budget list at all.
 * @category Decisions
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * const decision = parseDecisionText(
 *   "1) доходы – 65315 тысяч тенге, в том числе:\nналоговые поступления – 4338 тысяч тенге;\n" +
 *     "5) дефицит (профицит) бюджета – -1642,4 тысяч тенге;",
 * );
 * decision.figures.deficit?.toThousandKzt(); //=> "-1642.4"
 * decision.figures.expenditures; //=> undefined
 * ```
 */
export function parseDecisionText(text: string, options: ParseDecisionOptions = {}): ParsedDecision {
  const input = parseInput(inputSchema, { text, options }, "decision text");
  const file = input.options?.file;
  assertReadableEncoding(input.text, file ?? "decision text");
  const { headers, body } = splitHeaders(input.text);
  const clauses = clausesOf(body);
  const structure = structureOf(clauses);
  const amendment = structure.amends !== undefined;
  const chosen = chosenBlocks(structure.blocks, amendment);
  const first = chosen[0];
  if (first === undefined) throw noBudgetList(file);
  const blocks = structure.blocks.map(decisionBlockOf);
  const { lines, problems } = merged(chosen.map((b) => blocks[structure.blocks.indexOf(b)] as DecisionBlock));
  const heading = headingOf(clauses, first.start);
  const source = headers.get("source");
  const reference = ownReferenceOf(clauses);
  const amends = structure.amends === undefined ? undefined : referenceIn(structure.amends.body);
  return {
    ...(file === undefined ? {} : { file }),
    language: languageOf(headers.get("language"), body),
    ...(source === undefined ? {} : { source }),
    kind: amendment ? "amendment" : "decision",
    ...(reference === undefined ? {} : { reference }),
    ...(amends === undefined ? {} : { amends }),
    ...(heading.unitName === undefined ? {} : { unitName: heading.unitName }),
    ...(heading.budgetYear === undefined ? {} : { budgetYear: heading.budgetYear }),
    ...(heading.planningPeriod === undefined ? {} : { planningPeriod: heading.planningPeriod }),
    figures: Object.fromEntries(lines.map((line) => [line.key, line.amount])),
    lines,
    problems: [...heading.problems, ...problems],
    blocks,
    truncated: isTruncated(chosen.at(-1) as Block, lines),
  };
}

import type { Clause } from "./clauses.js";
import { budgetLineKeyOf } from "./labels.js";

/**
 * A run of budget-line clauses: a point's list, or a restated point or sub-item of an amendment, with
 * the clauses that are not budget lines found inside it or after it up to the next boundary.
 */
export interface Block {
  /** The point of the decision (amended or not) the list belongs to; unknown when no point is written. */
  readonly point?: string;
  /** For an amendment: the sub-items the block replaces (empty: the whole point). */
  readonly items: readonly number[];
  /** Index of the block's first clause among all clauses (the heading is looked for before it). */
  readonly start: number;
  readonly clauses: readonly Clause[];
  /** Whether the block runs to the end of the text, with no boundary after it. */
  readonly endsText: boolean;
}

/** A decision's structure: whether it amends another decision, and its budget blocks. */
interface Structure {
  /** The clause that says which decision is amended ("Внести в решение …", "… шешіміне өзгерістер енгізілсін"). */
  readonly amends?: Clause;
  readonly blocks: readonly Block[];
}

/** The amending clause itself ("Внести в решение …", "… өзгерістер енгізілсін") or an amending decision's title. */
const AMENDING_CLAUSE = /^внести\s|(?<!қолданысқа\s)енгізілсін|^о\s+внесении\s+изменени|енгізу\s+туралы$/iu;
/** A note of the publisher or a footnote ("Сноска. Пункт 1 – в редакции …", "Ескерту …"): it ends a list and is not read. */
const FOOTNOTE = /^(?:сноска|ескерту|примечание|зқаи|изпи)/iu;
/** A title ("О внесении изменений …", "… өзгерістер енгізу туралы"): says the decision amends, less precisely. */
const AMENDING_TITLE = /^о\s+внесении|туралы$/iu;
const REDACTION =
  /изложить|редакци|дополнить|следующего\s+содержания|жазылсын|мазмұндалсын|баяндалсын|толықтырылсын|мазмұндағы/iu;
const NUMBER_LIST = "\\d{1,2}(?:-\\d{1,2})?(?:\\s*(?:,|и|және)\\s*\\d{1,2}(?:-\\d{1,2})?)*";
const RU_POINTS = new RegExp(`(?<!под)пункт\\p{L}*\\s+(${NUMBER_LIST})(?!\\s*\\))`, "iu");
const RU_ITEMS = /подпункт\p{L}*\s+((?:\d{1,2}(?:-\d{1,2})?\)[\s,и]*)+)/iu;
const KK_POINTS = new RegExp(`(${NUMBER_LIST})\\s*-?\\s*тарма[қғ](?!ша)`, "iu");
const KK_ITEMS = /((?:\d{1,2}(?:-\d{1,2})?\)[\s,]*(?:және\s*)?)+)\s*тармақша/iu;
/** The longest label a budget line has; longer text before a number is prose. */
const MAX_LABEL_LENGTH = 120;
/** The longest clause that only names the point the next instructions are about ("в пункте 1:", "1 тармақта:"). */
const MAX_CONTEXT_LENGTH = 40;

function numbers(list: string | undefined): string[] {
  return (list ?? "").match(/\d{1,2}(?:-\d{1,2})?/gu) ?? [];
}

/** What an amendment instruction replaces ("пункт 1 изложить в новой редакции:", "4 тармақтың 2) тармақшасы жаңа редакцияда жазылсын:"). */
interface Instruction {
  readonly points: readonly string[];
  readonly items: readonly number[];
  /** False for a clause that only names the point of the instructions that follow ("в пункте 1:"). */
  readonly redaction: boolean;
}

function instructionOf(body: string): Instruction | undefined {
  const points = numbers(RU_POINTS.exec(body)?.[1] ?? KK_POINTS.exec(body)?.[1]);
  const items = numbers(RU_ITEMS.exec(body)?.[1] ?? KK_ITEMS.exec(body)?.[1]).map(Number);
  if (points.length === 0 && items.length === 0) return undefined;
  if (REDACTION.test(body)) return { points, items, redaction: true };
  return /:$/u.test(body) && body.length <= MAX_CONTEXT_LENGTH
    ? { points, items, redaction: false }
    : undefined;
}

/** Whether a clause is a line of a budget list: a short label naming a budget line, with an amount or an item number. */
function isBudgetClause(clause: Clause): boolean {
  if (clause.connective) return false;
  const label = clause.body.split(/\d/u)[0] ?? "";
  if (label.length > MAX_LABEL_LENGTH || budgetLineKeyOf(label) === undefined) return false;
  return /\d/u.test(clause.body) || clause.item !== undefined || clause.endOfText;
}

interface OpenBlock {
  readonly point?: string;
  readonly items: readonly number[];
  readonly start: number;
  readonly clauses: Clause[];
}

/** The state of a walk through the clauses. */
interface Walk {
  amends?: Clause;
  /** The point named by a clause like "в пункте 1:", for instructions that name only a sub-item. */
  contextPoint?: string;
  /** What the last amendment instruction replaces. */
  target?: Instruction;
  point?: string;
  open?: OpenBlock;
  readonly blocks: Block[];
}

function close(walk: Walk, endsText: boolean): void {
  const open = walk.open;
  if (open === undefined) return;
  walk.blocks.push({ ...open, endsText });
  delete walk.open;
}

/** A point marker: a point of the decision, or of an amendment the restated point or the amending decision's next point. */
function openPoint(walk: Walk, point: string): void {
  close(walk, false);
  walk.point = point;
  if (walk.target !== undefined && !walk.target.points.includes(point)) delete walk.target;
}

function instruct(walk: Walk, instruction: Instruction): void {
  close(walk, false);
  const [named] = instruction.points;
  if (!instruction.redaction) {
    if (named !== undefined) walk.contextPoint = named;
    return;
  }
  const points =
    named === undefined && walk.contextPoint !== undefined ? [walk.contextPoint] : instruction.points;
  walk.target = { ...instruction, points };
  if (points.length === 1) walk.point = points[0] as string;
  else delete walk.point;
}

/** A budget clause: opens a block (or a new one, when a second revenue total starts another unit's list). */
function addBudgetClause(walk: Walk, clause: Clause, index: number): void {
  const startsAnotherList =
    budgetLineKeyOf(clause.body) === "revenue_total" &&
    walk.open?.clauses.some((c) => budgetLineKeyOf(c.body) === "revenue_total") === true;
  if (startsAnotherList) close(walk, false);
  walk.open ??= {
    ...(walk.point === undefined ? {} : { point: walk.point }),
    items: walk.target?.items ?? [],
    start: index,
    clauses: [],
  };
  walk.open.clauses.push(clause);
}

function step(walk: Walk, clause: Clause, index: number): void {
  if (FOOTNOTE.test(clause.body)) {
    close(walk, false);
    return;
  }
  if (AMENDING_CLAUSE.test(clause.body) && !isBudgetClause(clause)) {
    close(walk, false);
    if (walk.amends === undefined || AMENDING_TITLE.test(walk.amends.body)) walk.amends = clause;
    delete walk.point;
    delete walk.target;
    return;
  }
  const instruction = walk.amends === undefined ? undefined : instructionOf(clause.body);
  if (instruction !== undefined) {
    instruct(walk, instruction);
    return;
  }
  if (clause.point !== undefined) openPoint(walk, clause.point);
  if (isBudgetClause(clause)) addBudgetClause(walk, clause, index);
  else if (walk.open !== undefined && clause.point === undefined) walk.open.clauses.push(clause);
  if (clause.closesQuote) close(walk, false);
}

/**
 * Reads a decision's structure from its clauses: the amendment it is (if any), its points, the
 * instructions that name what an amendment replaces, and the budget lists. A list is a run of clauses
 * whose short labels name budget lines; it ends at the next point, instruction or closing quote.
 */
export function structureOf(clauses: readonly Clause[]): Structure {
  const walk: Walk = { blocks: [] };
  clauses.forEach((clause, index) => {
    step(walk, clause, index);
  });
  close(walk, true);
  return { ...(walk.amends === undefined ? {} : { amends: walk.amends }), blocks: walk.blocks };
}

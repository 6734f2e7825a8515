import type { Receipt } from "../attribution/receipt.js";
import { readReceiptsCsv, readReceiptsJson } from "../attribution/receipts-input.js";
import { type Issue, tryRead } from "../errors/issue.js";
import { readWorkersText } from "../jurisdictions/kz/workers/read-workers.js";
import { workerReceipts } from "../jurisdictions/kz/workers/worker-receipts.js";
import type { Rulebook } from "../rules/rulebook.js";
import type { ReadContext } from "./read-districts.js";
import type { ScenarioFile } from "./schema.js";
import type { Scenario } from "./types.js";

type RawReceipts = NonNullable<ScenarioFile["receipts"]>;

/** The receipts of a scenario's worker records, with the line of their note, and the problems found. @internal */
export type WorkerReceiptsRead = readonly [
  { readonly items: readonly Receipt[]; readonly note: readonly string[] },
  Issue[],
];

/**
 * The withheld-IIT receipts of the worker records the scenario names (`workerReceipts`), and the line
 * the receipts' note takes from them: generated records say so (their file's first note line). They do
 * not depend on the law, so a scenario resolved again under a reformed law reuses them. @internal
 */
export function fromWorkers(raw: RawReceipts, { territory, readFile }: ReadContext): WorkerReceiptsRead {
  if (raw.workers === undefined) return [{ items: [], note: [] }, []] as const;
  const [read = { items: [], note: [] }, issues] = tryRead(["receipts", "workers"], () => {
    const { path, text } = readFile(raw.workers as string, "worker records");
    const records = readWorkersText(path, text, territory);
    const items = workerReceipts(records.records);
    const head = `${items.length} receipts of IIT withheld at source (101201) from the worker records ${raw.workers}`;
    return { items, note: [records.generated ? `${head}: ${records.note[0] ?? "GENERATED"}` : head] };
  });
  return [read, issues];
}

/**
 * Reads the receipts of a scenario: those the file lists, those of the file it names (`.csv` or
 * `.json`) and the withheld IIT of the worker records it names (`workers`, read by {@link fromWorkers}).
 * Unless they may be kept aside (`unattributed`), the listed and the named receipts are checked against
 * the rules now, so that their problems are reported with every other problem of the scenario.
 * @internal
 */
export function readReceipts(
  raw: RawReceipts,
  rulebook: Rulebook | undefined,
  context: ReadContext,
  [workers, workerIssues]: WorkerReceiptsRead = fromWorkers(raw, context),
): [NonNullable<Scenario["receipts"]>, Issue[]] {
  const { territory, readFile } = context;
  const options = raw.unattributed === true || rulebook === undefined ? {} : { rulebook };
  const [inline = [], inlineIssues] = tryRead(["receipts", "items"], () =>
    readReceiptsJson(JSON.stringify(raw.items ?? []), territory, options),
  );
  const [fromFile = [], fileIssues] =
    raw.file === undefined
      ? [[], []]
      : tryRead(["receipts", "file"], () => {
          const { path, text } = readFile(raw.file as string, "receipts file");
          return path.toLowerCase().endsWith(".csv")
            ? readReceiptsCsv(text, territory, options)
            : readReceiptsJson(text, territory, options);
        });
  const note = [...(raw.note === undefined ? [] : [raw.note]), ...workers.note].join("; ");
  const receipts = {
    ...(note === "" ? {} : { note }),
    unattributed: raw.unattributed ?? false,
    items: [...inline, ...fromFile, ...workers.items],
  };
  return [receipts, [...inlineIssues, ...fileIssues, ...workerIssues]];
}

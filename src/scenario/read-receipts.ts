import { readReceiptsCsv, readReceiptsJson } from "../attribution/receipts-input.js";
import { type Issue, tryRead } from "../errors/issue.js";
import type { Rulebook } from "../rules/rulebook.js";
import type { ReadContext } from "./read-districts.js";
import type { ScenarioFile } from "./schema.js";
import type { Scenario } from "./types.js";

/**
 * Reads the receipts of a scenario: those the file lists and those of the file it names (`.csv` or
 * `.json`). Unless they may be kept aside (`unattributed`), each is checked against the rules now, so
 * that its problems are reported with every other problem of the scenario.
 * @internal
 */
export function readReceipts(
  raw: NonNullable<ScenarioFile["receipts"]>,
  rulebook: Rulebook | undefined,
  { territory, readFile }: ReadContext,
): [NonNullable<Scenario["receipts"]>, Issue[]] {
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
  const receipts = {
    ...(raw.note === undefined ? {} : { note: raw.note }),
    unattributed: raw.unattributed ?? false,
    items: [...inline, ...fromFile],
  };
  return [receipts, [...inlineIssues, ...fileIssues]];
}

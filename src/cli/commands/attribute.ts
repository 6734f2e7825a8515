import type { Command } from "commander";
import { attribute } from "../../attribution/attribute.js";
import type { Receipt } from "../../attribution/receipt.js";
import { readReceiptsCsv, readReceiptsJson } from "../../attribution/receipts-input.js";
import { attributeReceiptsCsvFile } from "../../bulk/csv-file.js";
import { FourthLevelError } from "../../errors/error.js";
import { readTextFile } from "../../files/read-text-file.js";
import { attributionToJson } from "../../report/json.js";
import { formatAttribution } from "../../report/text.js";
import { attributionTotalsToJson } from "../../report/totals-json.js";
import { formatAttributionTotals } from "../../report/totals-text.js";
import { addLawOptions, inputPath, jsonOption, type LawOptions, lawOf, print } from "./options.js";

interface AttributeOptions extends LawOptions {
  readonly unattributed?: boolean;
  readonly json?: boolean;
}

/** Adds `fourth-level attribute <receipts>`: receipts to budgets under the law of each payment date. */
export function addAttributeCommand(program: Command): void {
  const command = program
    .command("attribute")
    .description(
      "attribute tax receipts (.csv or .json) to budgets under the law in force on each payment date",
    )
    .argument(
      "<receipts>",
      "receipts file: .csv with columns id,ebk,amount,payment_date,payer_kind,<places> or .json",
    )
    .option(
      "--unattributed",
      "keep receipts that cannot be attributed in an 'unattributed' account instead of failing",
    );
  jsonOption(
    addLawOptions(command),
    "print { totals, notes, unattributed, conservation } as JSON (money as KZT decimal strings)",
  ).action(async (file: string, opts: AttributeOptions) => {
    const { law, territory, rulebook } = lawOf(opts);
    if (file.toLowerCase().endsWith(".csv")) {
      // totals only: one pass over the file on all cores, the same output as the postings would give
      const unattributed = opts.unattributed === true;
      const totals = await attributeReceiptsCsvFile(inputPath(file), {
        rulebook,
        territory,
        law,
        unattributed,
        what: file,
      });
      if (totals.receipts === 0)
        throw new FourthLevelError("INVALID_INPUT", `${file} holds no receipts`, { file });
      print(opts.json === true, attributionTotalsToJson(totals), () => formatAttributionTotals(totals));
      return;
    }
    const text = readTextFile(inputPath(file));
    // Without --unattributed, problems against the rules are reported with the format problems, by row.
    const readOptions = { what: file, ...(opts.unattributed === true ? {} : { rulebook }) };
    const receipts: Receipt[] = file.toLowerCase().endsWith(".csv")
      ? readReceiptsCsv(text, territory, readOptions)
      : readReceiptsJson(text, territory, readOptions);
    if (receipts.length === 0) {
      throw new FourthLevelError("INVALID_INPUT", `${file} holds no receipts`, { file });
    }
    const result = attribute(receipts, {
      rulebook,
      territory,
      law,
      unattributed: opts.unattributed === true,
    });
    print(opts.json === true, attributionToJson(result), () => formatAttribution(result));
  });
}

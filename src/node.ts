/**
 * fourth-level-budget/node: what needs Node.js — reading files from disk (strictly UTF-8), loading
 * scenario files with the files they name, the readable tables the command line prints, and the XLSX
 * workbook and Fiscal Data Package of a run. Everything else is in the main entry `fourth-level-budget`,
 * which runs anywhere.
 *
 * @packageDocumentation
 * @module fourth-level-budget/node
 */
export { type AttributeCsvFileOptions, attributeReceiptsCsvFile } from "./bulk/csv-file.js";
export { calibrateScenarioFile } from "./calibrate/calibrate-file.js";
export { compareScenarioFile } from "./compare/compare-file.js";
export { MAX_INPUT_BYTES, readTextFile } from "./files/read-text-file.js";
export { readWorkersFile } from "./jurisdictions/kz/workers/read-workers-file.js";
export { receiptsToCsv, workersToCsv } from "./jurisdictions/kz/workers/write-workers.js";
export { type FiscalDataPackage, fiscalDataPackage } from "./report/datapackage.js";
export { formatAttribution, formatDecisionChecks, formatScenarioResult } from "./report/text.js";
export { formatAttributionTotals } from "./report/totals-text.js";
export { runXlsx } from "./report/xlsx.js";
export { loadScenario, scenarioFileReader } from "./scenario/load-file.js";

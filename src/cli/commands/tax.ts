import type { Command } from "commander";
import { addTaxAdvertisingCommand } from "./tax-advertising.js";
import { addTaxIitCommand } from "./tax-iit.js";
import { addTaxLandCommand } from "./tax-land.js";
import { addTaxPropertyCommand } from "./tax-property.js";
import { addTaxVehicleCommand } from "./tax-vehicle.js";

/**
 * Adds `fourth-level tax <kind>` (vehicle, property, iit, advertising, land): each prints the amount and its
 * breakdown, or with `--json` `{ "amount": "<KZT decimal string>", "breakdown": [...] }`.
 */
export function addTaxCommand(program: Command): void {
  const tax = program
    .command("tax")
    .description("compute one local tax from its base, with the breakdown and articles");
  addTaxPropertyCommand(tax);
  addTaxIitCommand(tax);
  addTaxAdvertisingCommand(tax);
  addTaxLandCommand(tax);
  addTaxVehicleCommand(tax);
}

import * as z from "zod";
import { throwIssues } from "../../../errors/issue.js";
import { checkInput } from "../../../input/parse.js";
import type { Territory } from "../../../territory/territory.js";
import { territorySchema } from "../../../territory/territory-schema.js";
import { registryIssues } from "./registry-checks.js";
import { type Registry, registrySchema } from "./registry-schema.js";

const argumentsSchema = z.strictObject({ territory: territorySchema, what: z.string() });

/**
 * Reads a registry of taxable objects for one tax year from parsed JSON (amounts as decimal strings in
 * KZT, see `registrySchema`), validating every field and every KATO code; every problem is reported at
 * once with its path.
 * @param territory - The territory whose KATO codes the registry's places must be.
 * @param what - What is read, for the message (e.g. the file name).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (`territory` when
 * it is not a territory).
 * @category Taxes
 * @example
 * ```ts
 * import { kazakhstanTerritory, readRegistry } from "fourth-level-budget";
 * const registry = readRegistry(
 *   { year: 2025, vehicles: [{ id: "car", payer: "individual", residence: "104035100", vehicle: { kind: "tractor" } }] },
 *   kazakhstanTerritory(),
 * );
 * registry.vehicles.length; //=> 1
 * ```
 */
export function readRegistry(data: unknown, territory: Territory, what = "registry"): Registry {
  const title = typeof what === "string" ? what : "registry";
  const args = checkInput(argumentsSchema, { territory, what }, "registry");
  const read = checkInput(registrySchema, data, title);
  throwIssues(title, [...args.issues, ...read.issues]);
  const registry = read.value as Registry;
  throwIssues(title, registryIssues(registry, territory));
  return registry;
}

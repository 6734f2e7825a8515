import type { Command } from "commander";
import { scenarioJsonSchema } from "../../scenario/schema.js";

/** Adds `fourth-level schema`: the JSON Schema of scenario files. */
export function addSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files, for editors")
    .action(() => {
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}

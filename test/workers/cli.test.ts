import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";
import { kazakhstanTerritory, readReceiptsCsv, readWorkersCsv, readWorkersJson } from "../../src/index.js";
import { captureOutput } from "../capture-output.js";

const output = captureOutput();

describe("fourth-level workers", () => {
  it("generate: CSV labelled GENERATED on standard output and standard error, read back", async () => {
    expect(
      await main(["workers", "generate", "--district", "104000000", "--count", "4", "--seed", "9"]),
    ).toBe(0);
    expect(output.out.startsWith("# GENERATED")).toBe(true);
    expect(output.err).toMatch(/^GENERATED/);
    const read = readWorkersCsv(output.out);
    expect([read.generated, read.records.length]).toEqual([true, 4]);
  });

  it("generate --format json: generated true, read back", async () => {
    expect(
      await main(["workers", "generate", "--district", "104000000", "--count", "3", "--format", "json"]),
    ).toBe(0);
    expect(readWorkersJson(output.out).generated).toBe(true);
  });

  it("generate --receipts: the receipts CSV, its note saying GENERATED", async () => {
    expect(await main(["workers", "generate", "--district", "104000000", "--count", "3", "--receipts"])).toBe(
      0,
    );
    expect(output.out.startsWith("# GENERATED")).toBe(true);
    expect(readReceiptsCsv(output.out, kazakhstanTerritory()).every((r) => r.ebk === "101201")).toBe(true);
  });

  it("bad arguments and bad files: exit code 2 with every problem", async () => {
    expect(await main(["workers", "generate", "--district", "104049000"])).toBe(2);
    expect(await main(["workers", "generate", "--district", "104000000", "--commuter-share", "2"])).toBe(2);
    expect(output.err).toContain("--commuter-share: 2 must be at least 0 and at most 1");
    const file = join(mkdtempSync(join(tmpdir(), "workers-")), "w.csv");
    writeFileSync(
      file,
      "id,year,employer_id,employer_seat,workplace,residence,annual_wage,withheld_iit\nw,2026,e,1,104035100,104035100,x,0\n",
    );
    expect(await main(["workers", "receipts", file])).toBe(2);
    expect(output.err).toContain("row 1 (line 2).employer_seat");
    expect(output.err).toContain("row 1 (line 2).annual_wage");
  });

  it("receipts of the bundled example, which says it is generated", async () => {
    expect(await main(["workers", "receipts", "examples/workers-borodulikha-generated.csv"])).toBe(0);
    expect(output.err).toContain("GENERATED records, not real data");
    expect(output.out.startsWith("# GENERATED")).toBe(true);
  });
});

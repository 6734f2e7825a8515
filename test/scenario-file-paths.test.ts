import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/scenario/load-file.js";
import { inputIssuesOf } from "./support.js";

const EXAMPLES = resolve(import.meta.dirname, "..", "examples");

describe("a scenario copied away from the files it names", () => {
  it("each missing file is named at its path, relative to the scenario's folder, with the path tried", () => {
    const folder = mkdtempSync(join(tmpdir(), "copied-scenario-"));
    const copy = join(folder, "kz-2026-published.json");
    copyFileSync(join(EXAMPLES, "kz-2026-published.json"), copy);
    const issues = inputIssuesOf(() => loadScenario(copy));
    // the example names its 12 decision texts as ../data/decisions/…, one folder above its own
    expect(issues).toHaveLength(12);
    expect(issues[0]).toEqual({
      path: ["districts", 0, "units", 0, "decisionFile"],
      code: "INVALID_INPUT",
      message: `the decision text "../data/decisions/kz-abai-borodulikha-belagach-2026.txt" is not there: a path in a scenario is relative to the scenario file's folder (${folder}), so it was looked for at ${resolve(folder, "..", "data/decisions/kz-abai-borodulikha-belagach-2026.txt")}; a scenario copied elsewhere needs the files it names copied with it, or its paths changed`,
    });
  });
});

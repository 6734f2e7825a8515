import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support.js";

const DECISIONS = join(import.meta.dirname, "..", "data", "decisions");

describe("report --previous: the decision of the year before must be the unit's own", () => {
  it("Aidarly's 2025 decision (Kostanay region) for Zubair (Abai region): exit 2, naming both units", async () => {
    const previous = join(DECISIONS, "kz-kostanay-karasu-aidarly-2025.txt");
    const args = ["104049000", "--year", "2026", "--format", "md", "--lang", "en", "--previous", previous];
    const { code, out, err } = await runCli(["report", ...args]);
    expect([code, out]).toEqual([2, ""]);
    expect(err).toBe(
      `error: report --previous ${previous}: 1 problem\n` +
        '  --previous: the decision text names "Айдарлинского сельского округа", not unit 104049000 (Зубаировский с.о. / Зубаир а.о.): give --previous the decision of unit 104049000 for the year before\n',
    );
  });

  it("Bostandyk's own 2025 decision for Bostandyk passes the check", async () => {
    const previous = join(DECISIONS, "kz-wko-kaztalov-bostandyk-2025.txt");
    const args = ["274839000", "--year", "2026", "--format", "md", "--lang", "en", "--previous", previous];
    const { code, err } = await runCli(["report", ...args]);
    expect([code, err]).toEqual([0, ""]);
  });
});

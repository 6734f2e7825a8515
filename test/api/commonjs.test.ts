import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** What a CommonJS program gets from `require(entry)`: the type of each named export, or the error. */
function required(entry: string, names: readonly string[]): string {
  const code = `const m = require(${JSON.stringify(entry)}); console.log(${JSON.stringify(names)}.map((n) => n + ":" + typeof m[n]).join(" "));`;
  return execFileSync(process.execPath, ["-e", code], { cwd: root, encoding: "utf8" }).trim();
}

describe("both entries load with require() (the built package, as getting-started says)", () => {
  it("the main entry", () => {
    expect(required("./dist/index.cjs", ["Money", "kazakhstanLaw"])).toBe(
      "Money:function kazakhstanLaw:function",
    );
  });

  it("the node entry, whose CSV reader uses import.meta.url in its ECMAScript form", () => {
    expect(required("./dist/node.cjs", ["readTextFile", "attributeReceiptsCsvFile", "loadScenario"])).toBe(
      "readTextFile:function attributeReceiptsCsvFile:function loadScenario:function",
    );
  });
});

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const json = (path: string) =>
  JSON.parse(readFileSync(path, "utf8")) as Record<string, Record<string, string>>;
const pkg = json(resolve(ROOT, "package.json"));
const installing =
  readFileSync(resolve(ROOT, "README.md"), "utf8").split("## Installing")[1]?.split("\n## ")[0] ?? "";

describe("what the README's install part says about install scripts holds", () => {
  it("the package itself runs no install script", () => {
    const scripts = Object.keys(pkg.scripts ?? {});
    expect(scripts.filter((s) => ["preinstall", "install", "postinstall", "prepare"].includes(s))).toEqual(
      [],
    );
    expect(installing).toContain("Installing runs no script.");
  });

  it("esbuild, whose install script npm 11 warns about, is a development dependency only", () => {
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain("esbuild");
    expect(Object.keys(pkg.devDependencies ?? {})).toContain("esbuild");
    expect(installing).toMatch(/npm 11 may warn that esbuild's install script[^.]*harmless/s);
  });

  it("esbuild's binary comes as an optional dependency (for this machine too), not from its script", () => {
    const esbuild = createRequire(resolve(ROOT, "package.json"))("esbuild/package.json") as {
      optionalDependencies: Record<string, string>;
    };
    expect(Object.keys(esbuild.optionalDependencies)).toContain(
      `@esbuild/${process.platform}-${process.arch}`,
    );
  });
});

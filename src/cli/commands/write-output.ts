import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { FourthLevelError } from "../../errors/error.js";

/** What is at `path`: a folder, another kind of file, or nothing. */
function kindAt(path: string): "folder" | "file" | "nothing" {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "nothing";
  }
}

/** The refusal of the output `path` of `option`, with why and what would do. */
function refusal(option: string, path: string, why: string): FourthLevelError {
  const message = `${option} ${path}: ${why}`;
  return new FourthLevelError("INVALID_INPUT", message, { path }, [
    { path: [option], code: "INVALID_INPUT", message },
  ]);
}

/** The reason of a failed file system call, without Node's call and path (`EACCES: permission denied`). */
function reasonOf(e: unknown): string {
  return String((e as Error).message).split(", ")[0] ?? "";
}

/**
 * Makes the folder `dir` that the option `option` names, and the missing folders above it, one level at
 * a time from the nearest one that exists (never Node's recursive `mkdir`, which loops forever under
 * `/proc`). Refuses, as `INVALID_INPUT` at `option` (exit 2), a path where a file stands or any folder
 * that cannot be made, saying which and why.
 */
export function makeOutputFolder(option: string, dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (kindAt(at) === "nothing" && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  if (kindAt(at) === "file") {
    const where = at === resolve(dir) ? "it is a file" : `${at} is a file`;
    throw refusal(option, dir, `cannot make the folder: ${where}, not a folder; give a folder's path`);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      throw refusal(option, dir, `cannot make the folder ${folder} (${reasonOf(e)})`);
    }
  }
}

/**
 * Writes `data` to the file `file` that the option `option` names (its folder must exist). Refuses, as
 * `INVALID_INPUT` at `option` (exit 2), a path that is a folder, a folder that does not exist, and any
 * other failure to write, saying which and why.
 */
export function writeOutputFile(option: string, file: string, data: string | Uint8Array): void {
  if (kindAt(file) === "folder") {
    throw refusal(option, file, "cannot write the file: it is a folder; give a file's path in it");
  }
  const folder = dirname(resolve(file));
  const kind = kindAt(folder);
  if (kind !== "folder") {
    const why = kind === "file" ? `${folder} is a file, not a folder` : `the folder ${folder} does not exist`;
    throw refusal(option, file, `cannot write the file: ${why}`);
  }
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw refusal(option, file, `cannot write the file (${reasonOf(e)})`);
  }
}

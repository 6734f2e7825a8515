import { FourthLevelError } from "../../errors/error.js";
import { formatPath, type IssuePath, throwIssues } from "../../errors/issue.js";

/** The path of a library input as the option that gave it: the longest mapped start of the path replaced. */
function optionPath(path: IssuePath, options: Readonly<Record<string, string>>): IssuePath {
  for (let k = path.length; k > 0; k--) {
    const option = options[formatPath(path.slice(0, k))];
    if (option !== undefined) return [option, ...path.slice(k)];
  }
  return path;
}

/**
 * Runs `run`, the library call of a command. The problems of its input that it throws are reported under
 * the command as the user typed it (`tax land`), each at the option that gave the value: `options` maps a
 * path of the library's input (`plot.areaM2`) to its option (`--area-m2`); a path not mapped is kept; a
 * problem that comes out the same twice is told once. Other errors pass unchanged.
 */
export function withOptionPaths<T>(
  command: string,
  options: Readonly<Record<string, string>>,
  run: () => T,
): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof FourthLevelError) || e.issues.length === 0) throw e;
    const issues = e.issues.map((issue) => ({ ...issue, path: optionPath(issue.path, options) }));
    // one option may give several fields (`--months` for every object): each problem once
    const seen = new Set<string>();
    throwIssues(
      command,
      issues.filter((issue) => {
        const key = JSON.stringify([issue.path, issue.code, issue.message]);
        return !seen.has(key) && seen.add(key) !== undefined;
      }),
    );
    throw e;
  }
}

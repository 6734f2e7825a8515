"use strict";
// `require("fourth-level-budget/charts")`: the charts entry is an ECMAScript module only (vega, which
// it loads, uses top-level await), so it cannot be required. Say so, and how to load it.
const error = new Error(
  'fourth-level-budget/charts is an ECMAScript module only (vega, which it loads, uses top-level await), so require() cannot load it: from CommonJS use `const { chartsOfRun } = await import("fourth-level-budget/charts")`; in a module, `import { chartsOfRun } from "fourth-level-budget/charts"`',
);
error.code = "ERR_REQUIRE_ESM";
throw error;

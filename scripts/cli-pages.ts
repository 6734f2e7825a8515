// Writes docs/cli/*.md: a page per command of `fourth-level`, each showing the output of its examples on
// the bundled data, run from the clone as a reader would type them. The reference of every option is
// docs/cli.md; these pages show what the commands print.
//
// Run: npm run docs:cli (writes the pages); test/docs/cli-pages.test.ts fails when a committed page
// differs from what this script writes, so the outputs shown cannot go stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/program.js";

/** One page: the command it shows, what it is for, and the command lines whose output it shows. */
interface Page {
  readonly name: string;
  readonly title: string;
  readonly intro: string;
  readonly examples: readonly { readonly args: readonly string[]; readonly note: string }[];
}

const RECEIPTS = "examples/borodulikha-2026-with-receipts.json";

const PAGES: readonly Page[] = [
  {
    name: "run",
    title: "`fourth-level run`: statements, consolidation and the plan",
    intro:
      "`run` prints a summary first: the units read, the identity checks counted, and the findings worth a look (mismatches, the plan's financing gaps, the least self-sufficient units). The assumptions the results rest on follow (the growth rates of every unit and year, the MRP path, each district's general transfers, the planning law with the terms of it each unit's plan gives, where each unit's figures come from: the `source` given and where they were read, inline in the scenario file at `districts.i.units.j.figures`, a decision text named at `decisionFile` or a line of the unit budgets file), then the multi-year plan. Each unit's statement, identity checks and self-sufficiency, the receipts and the district consolidations come with `--details`. Self-sufficiency is labelled with its basis: published, or computed from receipts. `--format csv --table NAME` exports one table (`statements`, `checks`, `consolidations`, `plan`); `--format xlsx --output FILE` writes them all as a workbook, `--format datapackage --output DIR` as a Fiscal Data Package.",
    examples: [
      { args: ["run"], note: "The bundled example: 12 real 2026 budgets, planned to 2028." },
      {
        args: ["run", "examples/druzhba-2026-law-terms.json"],
        note: "Druzhba's published figures with ILLUSTRATIVE terms of the planning law: the costs left out of the forecast base (BC2025 Art. 80 p.4 part 2), revenue over the plan (Art. 76 p.4 part 2) and a minimum-funding shortfall (Art. 79 p.3 part 4), each printed with its article.",
      },
      {
        args: ["run", RECEIPTS, "--details"],
        note: "Real budgets with ILLUSTRATIVE receipts: the statements, with self-sufficiency published and computed from the receipts.",
      },
      {
        args: ["run", RECEIPTS, "--format", "csv", "--table", "consolidations"],
        note: "One exported table.",
      },
    ],
  },
  {
    name: "check",
    title: "`fourth-level check`: read and check published decisions",
    intro:
      "`check` reads published maslikhat decisions and checks the budget identities; it ends with the count of decisions and of identities ok, mismatch and not checkable.",
    examples: [
      {
        args: ["check", "data/decisions/kz-wko-taskala-aggregate-2025-v1.txt"],
        note: "The first of the three published inconsistencies of the bundled texts.",
      },
    ],
  },
  {
    name: "attribute",
    title: "`fourth-level attribute`: which budget gets each receipt",
    intro:
      "`attribute` sends each tax receipt to the budget the law in force on its payment date gives it to.",
    examples: [
      {
        args: ["attribute", "examples/receipts-borodulikha-illustrative.csv"],
        note: "ILLUSTRATIVE receipts (invented amounts on real places and real codes).",
      },
    ],
  },
  {
    name: "tax",
    title: "`fourth-level tax`: one local tax from its base",
    intro: "`tax` computes one local tax from its base, each step with its article.",
    examples: [
      { args: ["tax", "vehicle", "--year", "2025", "--engine-cc", "2000"], note: "A 2,000 cc car in 2025." },
      {
        args: ["tax", "land", "--year", "2026", "--area-m2", "1000", "--category", "village"],
        note: "1,000 m² of village land in 2026.",
      },
    ],
  },
  {
    name: "revenue",
    title: "`fourth-level revenue`: from tax bases to budgets",
    intro:
      "`revenue` computes the taxes of a registry of taxable objects and attributes them to the budgets.",
    examples: [
      {
        args: ["revenue", "examples/registry-borodulikha-illustrative.json"],
        note: "An ILLUSTRATIVE registry (invented objects on real places).",
      },
    ],
  },
  {
    name: "compare",
    title: "`fourth-level compare`: a reform against the law as it is",
    intro:
      "`compare` runs a scenario under the law as it is and under its `reforms`, and shows who gains and who loses, each unit's self-sufficiency before and after, each district's and the country's net effect, and the rows that change ([reforms](../reforms.md)). Without reforms it says so first and shows every row unchanged. `--chart DIR` also writes who gains and who loses as SVG charts.",
    examples: [
      {
        args: [
          "compare",
          "examples/reform-workplace-iit.json",
          "--view",
          "held_as_planned",
          "--year",
          "2026",
        ],
        note: "Reform (a), half of the IIT withheld at source to the unit of the workplace, on real 2026 budgets and GENERATED worker records.",
      },
      {
        args: ["compare", RECEIPTS, "--view", "held_as_planned"],
        note: "A scenario without reforms: no change, every row shown.",
      },
    ],
  },
  {
    name: "report",
    title: "`fourth-level report`: the akim's report to voters",
    intro:
      "`report` writes one page on one unit's budget for its residents, in Russian, Kazakh or English: as self-contained HTML with its charts, or as Markdown ([charts and the report to voters](../reports.md)).",
    examples: [
      {
        args: ["report", "104049000", "--year", "2026", "--format", "md", "--lang", "ru"],
        note: "Zubair's 2026 budget, in Russian, as Markdown.",
      },
    ],
  },
  {
    name: "workers",
    title: "`fourth-level workers`: employer–employee records and withheld income tax",
    intro:
      "`workers generate` makes employer–employee records of a district's residents, seeded and calibrated to published statistics, labelled GENERATED; `workers receipts` turns records (real or generated) into withheld-IIT receipts ([workers](../workers.md)).",
    examples: [
      {
        args: ["workers", "generate", "--district", "104000000", "--count", "3", "--seed", "3"],
        note: "Three GENERATED records of Borodulikha district's residents.",
      },
      {
        args: ["workers", "generate", "--district", "104000000", "--count", "1", "--seed", "3", "--receipts"],
        note: "The withheld IIT of one of them as 12 receipts, with the employer's seat, the workplace and the residence.",
      },
    ],
  },
  {
    name: "sql",
    title: "`fourth-level sql`: the attribution of a year as SQL",
    intro:
      "`sql --year Y` prints the attribution law of a year as SQL (the rules and the places as views, the totals per account, EBK code and rule) for DuckDB, PostgreSQL, Spark or Trino, to attribute millions of receipts where they are stored. It keys each receipt to one budget, so it refuses reformed rules that split a receipt by shares. `--owners FILE` writes the 15,594 places and their budgets to a CSV file instead of inlining them.",
    examples: [
      {
        args: ["sql", "--year", "2026", "--owners", "/tmp/fourth-level-kato-owner.csv"],
        note: "The law of 2026, the places in a CSV file.",
      },
    ],
  },
  {
    name: "find",
    title: "`fourth-level find`: a unit by its name",
    intro:
      "`find` finds units and places by name in Russian, Kazakh or Latin, tolerant of case, the classifier's abbreviations and small typos.",
    examples: [{ args: ["find", "zubair"], note: "Latin, as a passport spells it." }],
  },
  {
    name: "units",
    title: "`fourth-level units`: a district's units",
    intro:
      "`units --district KATO` lists the fourth-level units of a district, each with its kind and its places.",
    examples: [
      {
        args: ["units", "--district", "104000000"],
        note: "The 18 fourth-level units of Borodulikha district.",
      },
    ],
  },
  {
    name: "explain",
    title: "`fourth-level explain`: where a figure comes from",
    intro:
      "`explain` traces one figure of a scenario to where it came from: the published decision's line of text, the receipts and rules, or the plan's formula with its inputs and legal ground ([explaining a figure](../explain.md)).",
    examples: [
      {
        args: ["explain", "104049000", "--year", "2026", "--line", "tax_revenue"],
        note: "Zubair's 2026 tax revenue, read from its decision.",
      },
      {
        args: ["explain", "104049000", "--year", "2027", "--line", "subvention"],
        note: "Its 2027 subvention, planned by the law's formula.",
      },
    ],
  },
  {
    name: "where",
    title: "`fourth-level where`: which budgets own a place",
    intro: "`where` names the unit, district and region budgets that own a place.",
    examples: [
      { args: ["where", "104035100", "631000200"], note: "A village of a unit, and a place of none." },
    ],
  },
  {
    name: "calibrate",
    title: "`fourth-level calibrate`: a reform's parameter solved for a target",
    intro:
      "`calibrate` solves one parameter of a scenario's reform (a share, a scale, a withdrawal cap's share) so that a target holds: a net effect unchanged or reaching a value, or a self-sufficiency reaching a value. It bisects the range on a grid of the stated precision, comparing exactly, and prints the first value at which the target is reached, the value one step before, both ends of the range, then the comparison at the answer ([reforms](../reforms.md#calibration-solving-a-parameter-for-a-target)).",
    examples: [
      {
        args: [
          "calibrate",
          "examples/reform-tax-swap.json",
          "--reform",
          "workplace-iit",
          "--target",
          "account:104000000",
        ],
        note: "A tax swap made revenue-neutral for the district's budget, on ILLUSTRATIVE receipts: the share of IIT withheld at source that pays for the vehicle tax the district takes.",
      },
      {
        args: [
          "calibrate",
          "examples/reform-workplace-iit-illustrative.json",
          "--reform",
          "workplace-iit-50",
          "--target",
          "median-self-sufficiency:104000000=62",
        ],
        note: "Reform (a) on the 8 ILLUSTRATIVE receipts of its variant: the share at which the median self-sufficiency of the example's three units reaches 62 %.",
      },
    ],
  },
];

/** What `fourth-level ARGS` prints on standard output, run in this process. */
async function outputOf(args: readonly string[]): Promise<string> {
  let out = "";
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await main(args);
    if (code !== 0) throw new Error(`fourth-level ${args.join(" ")} exits with ${code}`);
  } finally {
    process.stdout.write = write;
  }
  return out.trimEnd();
}

const shell = (args: readonly string[]) =>
  ["npx fourth-level", ...args.map((a) => (/^[\w./=-]+$/.test(a) ? a : JSON.stringify(a)))].join(" ");

/** The pages, as `{ path, text }` relative to the root; the commands run with the root as working folder. */
export async function cliPages(root: string): Promise<{ path: string; text: string }[]> {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const pages: { path: string; text: string }[] = [];
    for (const page of PAGES) {
      const parts = [
        "---",
        `title: fourth-level ${page.name}`,
        "group: Commands",
        "---",
        "",
        `# ${page.title}`,
        "",
        `Generated by \`scripts/cli-pages.ts\` (\`npm run docs:cli\`) from the commands below, run on the bundled data; a test fails when this page is not what they print. Every option: [the command line](../cli.md).`,
        "",
        page.intro,
      ];
      for (const example of page.examples) {
        const output = await outputOf(example.args);
        parts.push("", example.note, "", "```sh", shell(example.args), "```", "", "```text", output, "```");
      }
      pages.push({ path: `docs/cli/${page.name}.md`, text: `${parts.join("\n")}\n` });
    }
    return pages;
  } finally {
    process.chdir(cwd);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  mkdirSync(join(root, "docs", "cli"), { recursive: true });
  for (const page of await cliPages(root)) writeFileSync(join(root, page.path), page.text);
}

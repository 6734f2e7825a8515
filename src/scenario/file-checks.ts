import { formatPath, type Issue, type IssuePath } from "../errors/issue.js";
import { Dec } from "../money/decimal.js";
import type { EqualisationMethod } from "../transfers/equalisation/equalise.js";
import type { ScenarioFile } from "./schema.js";

type FileUnit = ScenarioFile["districts"][number]["units"][number];

const issue = (path: IssuePath, message: string): Issue => ({ path, code: "INVALID_INPUT", message });

/** The planned years: the year after the scenario's to the horizon (none when the horizon is too early). */
export function plannedYears(file: ScenarioFile): number[] {
  const horizon = file.plan?.horizon ?? file.year;
  return Array.from({ length: Math.max(0, horizon - file.year) }, (_, i) => file.year + 1 + i);
}

/** Every unit of every district, with its path. */
const unitsOf = (file: ScenarioFile) =>
  file.districts.flatMap((d, i) =>
    d.units.map((unit, j) => ({ unit, at: ["districts", i, "units", j] as IssuePath })),
  );

function unitsListedOnce(file: ScenarioFile): Issue[] {
  const seen = new Set<string>();
  return unitsOf(file).flatMap(({ unit, at }) => {
    const twice = seen.has(unit.kato);
    seen.add(unit.kato);
    return twice ? [issue([...at, "kato"], `unit ${unit.kato} is listed twice`)] : [];
  });
}

/** Plan parts of districts and units in a scenario without a `plan`. */
function orphanPlans(file: ScenarioFile): Issue[] {
  const hint = "but the scenario has no plan: add plan with horizon, revenueGrowth and costGrowth";
  return [
    ...file.districts.flatMap((d, i) =>
      d.plan === undefined ? [] : [issue(["districts", i, "plan"], `a district plan is given ${hint}`)],
    ),
    ...unitsOf(file).flatMap(({ unit, at }) =>
      unit.plan === undefined ? [] : [issue([...at, "plan"], `a unit plan is given ${hint}`)],
    ),
  ];
}

function planSettings(file: ScenarioFile, plan: NonNullable<ScenarioFile["plan"]>): Issue[] {
  return [
    ...(plan.horizon >= file.year + 1
      ? []
      : [
          issue(
            ["plan", "horizon"],
            `horizon ${plan.horizon} must be at least the year after the scenario's year (${file.year + 1})`,
          ),
        ]),
    ...(plan.madeIn === undefined || plan.madeIn === file.year
      ? []
      : [
          issue(
            ["plan", "madeIn"],
            `${plan.madeIn} must be the scenario's year ${file.year}: a plan made in a year forecasts from that year's budget (e.g. BC2025 Art. 79 p.2)`,
          ),
        ]),
  ];
}

/**
 * The units' `previousVolumes`: given without `plan.madeIn`; for a year outside the scenario's year to
 * the horizon (the year the plan is made in and the years a re-plan may keep).
 */
function previousVolumes(file: ScenarioFile, horizon: number): Issue[] {
  return unitsOf(file).flatMap(({ unit, at }): Issue[] => {
    const volumes = unit.plan?.previousVolumes;
    const path = [...at, "plan", "previousVolumes"];
    if (volumes === undefined) return [];
    if (file.plan?.madeIn === undefined) {
      return [
        issue(
          path,
          "previous volumes are read only when plan.madeIn says the plan is a re-plan: add plan.madeIn",
        ),
      ];
    }
    return volumes.flatMap((v, k) =>
      v.year < file.year || v.year > horizon
        ? [
            issue(
              [...path, k, "year"],
              `${v.year} is outside ${file.year}–${horizon}: give the volumes of the year the plan is made in and of the years it may keep`,
            ),
          ]
        : [],
    );
  });
}

/** The years of a keyed schedule (`{ "2027": … }`) outside the planned years. */
function yearsOutside(schedule: unknown, path: IssuePath, planned: readonly number[]): Issue[] {
  if (schedule === null || typeof schedule !== "object") return [];
  return Object.keys(schedule)
    .filter((key) => !planned.includes(Number(key)))
    .map((key) =>
      issue([...path, key], `${key} is not a planned year (${planned[0]}–${planned[planned.length - 1]})`),
    );
}

/** Every schedule by year of the file, with its path: growth rates, populations, equalisation methods. */
function schedulesOf(file: ScenarioFile): [unknown, IssuePath][] {
  const growth = (g: Readonly<Record<string, unknown>> | undefined, at: IssuePath): [unknown, IssuePath][] =>
    Object.entries(g ?? {}).map(([line, s]) => [s, [...at, line]]);
  return [
    ...growth(file.plan?.revenueGrowth, ["plan", "revenueGrowth"]),
    [file.plan?.costGrowth, ["plan", "costGrowth"]],
    ...file.districts.flatMap((d, i): [unknown, IssuePath][] => [
      [d.plan?.equalisation, ["districts", i, "plan", "equalisation"]],
      [d.plan?.alternative?.equalisation, ["districts", i, "plan", "alternative", "equalisation"]],
    ]),
    ...unitsOf(file).flatMap(({ unit, at }): [unknown, IssuePath][] => [
      ...growth(unit.plan?.revenueGrowth, [...at, "plan", "revenueGrowth"]),
      [unit.plan?.costGrowth, [...at, "plan", "costGrowth"]],
      [unit.plan?.population?.byYear, [...at, "plan", "population", "byYear"]],
    ]),
  ];
}

/** The plausible yearly growth rates: −50 % to +100 % a year. */
const PLAUSIBLE_RATES = { min: "-0.5", max: "1" } as const;

/** Every rate schedule of the file's plan, with its path: growth of revenues and costs, MRP indexation. */
function rateSchedulesOf(file: ScenarioFile): [unknown, IssuePath][] {
  return [
    ...schedulesOf(file).filter(([, at]) => at.includes("revenueGrowth") || at.includes("costGrowth")),
    [file.plan?.mrpIndexation?.rate, ["plan", "mrpIndexation", "rate"]],
  ];
}

/** A rate outside the plausible range, named as a percent with how rates are written. */
function implausibleRate(rate: string, path: IssuePath): Issue[] {
  const value = new Dec(rate);
  if (value.gte(PLAUSIBLE_RATES.min) && value.lte(PLAUSIBLE_RATES.max)) return [];
  const percent = value.times(100).toString();
  return [
    issue(
      path,
      `"${rate}" is ${value.isNegative() ? "" : "+"}${percent} % a year, outside -50 % to +100 %: rates are fractions, 5 % is "0.05"; if ${percent} % is meant, set plan.acceptImplausibleRates to true`,
    ),
  ];
}

/** Growth rates outside −50 % to +100 % a year, unless the plan accepts them. */
function implausibleRates(file: ScenarioFile): Issue[] {
  if (file.plan?.acceptImplausibleRates === true) return [];
  return rateSchedulesOf(file).flatMap(([schedule, at]) => {
    if (typeof schedule === "string") return schedule === "mrp" ? [] : implausibleRate(schedule, at);
    if (schedule === null || typeof schedule !== "object") return [];
    return Object.entries(schedule).flatMap(([year, rate]) =>
      typeof rate === "string" ? implausibleRate(rate, [...at, year]) : [],
    );
  });
}

/** Fixed volumes for a year that is not planned: the scenario's own year is as published. */
function fixedVolumeYears(file: ScenarioFile, planned: readonly number[]): Issue[] {
  const horizon = file.plan?.horizon;
  return unitsOf(file).flatMap(({ unit, at }) =>
    (unit.plan?.fixedVolumes ?? []).flatMap((v, k) => {
      const path = [...at, "plan", "fixedVolumes", k, "year"];
      if (v.year === file.year) {
        return [
          issue(
            path,
            `${file.year} is the scenario's year, whose transfers are as published: fixed volumes are for the planned years (${file.year + 1}–${horizon})`,
          ),
        ];
      }
      return planned.includes(v.year)
        ? []
        : [issue(path, `${v.year} is not a planned year (${planned[0]}–${planned[planned.length - 1]})`)];
    }),
  );
}

/** Whether a unit gives an indicator: `places` comes from the classifier, `population` from its forecast. */
const hasIndicator = (unit: FileUnit, name: string) =>
  name === "places" ||
  (name === "population" && unit.plan?.population !== undefined) ||
  unit.plan?.indicators?.[name] !== undefined;

/** The indicators a method reads of every unit it applies to, each with its path in the method. */
const indicatorsOf = (method: EqualisationMethod): [string, IssuePath][] => [
  ...(method.kind === "weights" ? [[method.indicator, ["indicator"]] as [string, IssuePath]] : []),
  ...(method.constraints?.capPerCapita === undefined
    ? []
    : [
        [method.constraints.capPerCapita.indicator, ["constraints", "capPerCapita", "indicator"]] as [
          string,
          IssuePath,
        ],
      ]),
];

/** Equalisation indicators that a unit the method applies to (one without a fixed volume that year) lacks. */
function missingIndicators(file: ScenarioFile): Issue[] {
  return file.districts.flatMap((d, i) =>
    (
      [
        [d.plan?.equalisation, ["equalisation"]],
        [d.plan?.alternative?.equalisation, ["alternative", "equalisation"]],
      ] as const
    ).flatMap(([byYear, where]) =>
      Object.entries(byYear ?? {}).flatMap(([year, method]) =>
        indicatorsOf(method).flatMap(([name, at]) =>
          d.units.flatMap((unit, j) =>
            hasIndicator(unit, name) || (unit.plan?.fixedVolumes ?? []).some((v) => v.year === Number(year))
              ? []
              : [
                  issue(
                    ["districts", i, "plan", ...where, year, ...at],
                    `unit ${unit.kato} has no indicator ${JSON.stringify(name)}: give it in ${formatPath(["districts", i, "units", j, "plan", "indicators", name])} (every unit has "places" from the classifier)`,
                  ),
                ],
          ),
        ),
      ),
    ),
  );
}

/**
 * The problems of a scenario file across its fields, each at its path in the file: a unit listed twice;
 * plan parts without a `plan`; the horizon, `madeIn` and the units' `previousVolumes`; growth rates
 * outside −50 % to +100 % a year without `plan.acceptImplausibleRates`; years of schedules
 * and fixed volumes outside the planned years; equalisation indicators a unit does not give. The file's
 * fields are each valid (see `scenarioShape`).
 * @internal
 */
export function scenarioFileIssues(file: ScenarioFile): Issue[] {
  const plan = file.plan;
  if (plan === undefined) return [...unitsListedOnce(file), ...orphanPlans(file)];
  const planned = plannedYears(file);
  return [
    ...unitsListedOnce(file),
    ...planSettings(file, plan),
    ...implausibleRates(file),
    ...previousVolumes(file, plan.horizon),
    ...(planned.length === 0
      ? []
      : [
          ...schedulesOf(file).flatMap(([schedule, at]) => yearsOutside(schedule, at, planned)),
          ...fixedVolumeYears(file, planned),
        ]),
    ...missingIndicators(file),
  ];
}

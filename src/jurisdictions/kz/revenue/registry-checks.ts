import { FourthLevelError } from "../../../errors/error.js";
import type { Issue } from "../../../errors/issue.js";
import type { Territory } from "../../../territory/territory.js";
import type { Registry } from "./registry-schema.js";

type Path = Issue["path"];

/** Every KATO code of the registry that the territory does not know, with its path. */
function placeIssues(registry: Registry, territory: Territory): Issue[] {
  const places: [Path, string][] = [
    ...registry.vehicles.map((v, i): [Path, string] =>
      v.payer === "individual"
        ? [["vehicles", i, "residence"], v.residence]
        : [["vehicles", i, "legalSeat"], v.legalSeat],
    ),
    ...registry.dwellings.map((d, i): [Path, string] => [["dwellings", i, "location"], d.location]),
    ...registry.landPlots.map((l, i): [Path, string] => [["landPlots", i, "location"], l.location]),
    ...registry.advertisements.map((a, i): [Path, string] => [["advertisements", i, "location"], a.location]),
    ...registry.incomes.map((v, i): [Path, string] =>
      v.payer === "individual"
        ? [["incomes", i, "residence"], v.residence]
        : [["incomes", i, "registeredLocation"], v.registeredLocation],
    ),
  ];
  return places.flatMap(([path, code]): Issue[] => {
    try {
      territory.place(code);
      return [];
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      return [{ path, code: e.code, message: e.message }];
    }
  });
}

const KINDS = ["vehicles", "dwellings", "landPlots", "advertisements", "incomes"] as const;

/** Ids used twice anywhere in the registry. */
function duplicateIds(registry: Registry): Issue[] {
  const ids = KINDS.flatMap((kind) =>
    registry[kind].map((o, i) => ({ id: o.id, path: [kind, i, "id"] as Path })),
  );
  return ids.flatMap(({ id, path }, n): Issue[] => {
    const first = ids.findIndex((other) => other.id === id);
    const firstPath = ids[first]?.path ?? [];
    return first === n
      ? []
      : [
          {
            path,
            code: "INVALID_INPUT",
            message: `id ${JSON.stringify(id)} is already used at ${firstPath.join(".")}`,
          },
        ];
  });
}

/** An owner with two different benefits. */
function conflictingBenefits(registry: Registry): Issue[] {
  const given = new Map<string, string>();
  return registry.dwellings.flatMap((d, i): Issue[] => {
    if (d.benefit === undefined) return [];
    const first = given.get(d.owner);
    if (first === undefined) given.set(d.owner, d.benefit);
    return first === undefined || first === d.benefit
      ? []
      : [
          {
            path: ["dwellings", i, "benefit"],
            code: "INVALID_INPUT",
            message: `owner ${d.owner} already has the benefit ${first}`,
          },
        ];
  });
}

/** A payment dated before its tax year begins. */
function earlyPayments(registry: Registry): Issue[] {
  const start = `${registry.year}-01-01`;
  const dated = [
    ...registry.landPlots.map((o, i) => ({
      date: o.paymentDate,
      path: ["landPlots", i, "paymentDate"] as Path,
    })),
    ...registry.incomes.map((o, i) => ({ date: o.paymentDate, path: ["incomes", i, "paymentDate"] as Path })),
  ];
  return dated.flatMap(({ date, path }): Issue[] =>
    date !== undefined && date < start
      ? [{ path, code: "INVALID_INPUT", message: `${date} is before the tax year ${registry.year} begins` }]
      : [],
  );
}

/**
 * The problems of a registry whose shape is valid: KATO codes the territory does not know, ids used
 * twice, an owner with conflicting benefits, a payment before the tax year begins — each at its path.
 */
export function registryIssues(registry: Registry, territory: Territory): Issue[] {
  return [
    ...placeIssues(registry, territory),
    ...duplicateIds(registry),
    ...conflictingBenefits(registry),
    ...earlyPayments(registry),
  ];
}

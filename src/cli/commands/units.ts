import { type Command, Option } from "commander";
import { kazakhstanTerritory } from "../../jurisdictions/kz/territory.js";
import { type DistrictUnits, unitsOfDistrict } from "../../territory/units-of-district.js";
import { withOptionPaths } from "./option-paths.js";
import { jsonOption, print } from "./options.js";

/** The readable answer of `units`: the district, then a line per unit with its places. */
function unitsText({ district, units }: DistrictUnits): string {
  const head = `${district.code} ${district.nameRu} / ${district.nameKk} (${district.region.nameRu}): ${units.length} fourth-level unit${units.length === 1 ? "" : "s"}`;
  const lines = units.map((unit) => {
    const places =
      unit.places.length === 0 ? "no places of its own" : unit.places.map((p) => p.nameRu).join(", ");
    return `  ${unit.code} ${unit.nameRu} / ${unit.nameKk} [${unit.type}]: ${places}`;
  });
  return [head, ...lines].join("\n");
}

/** Adds `fourth-level units --district KATO`: the fourth-level units of a district. */
export function addUnitsCommand(program: Command): void {
  const units = program
    .command("units")
    .description("the fourth-level units of a district or city of regional significance, with their places")
    .addOption(
      new Option(
        "--district <kato>",
        "the district's 9-digit KATO code, e.g. 104000000",
      ).makeOptionMandatory(),
    );
  jsonOption(units, "print the district and its units as JSON").action(
    (opts: { district: string; json?: boolean }) => {
      const found = withOptionPaths("units", { districtKato: "--district" }, () =>
        unitsOfDistrict(kazakhstanTerritory(), opts.district),
      );
      print(opts.json === true, found, () => unitsText(found));
    },
  );
}

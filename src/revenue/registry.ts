import { z } from "zod";
import { isIsoDate } from "../calendar/iso-date.js";
import { FourthLevelError, type InputIssue, throwIfIssues, zodIssues } from "../errors/error.js";
import { cellsByColumn, readCsvRecords } from "../files/read-csv.js";
import type { Vehicle } from "../jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
import type { Territory } from "../territory/territory.js";

const KATO = z.string().regex(/^\d{9}$/, "must be a 9-digit KATO code");
const DECIMAL = z
  .string({ error: 'must be a decimal number written as a string, such as "1.5"' })
  .regex(/^\d+(\.\d+)?$/, 'must be a decimal number such as "1.5" (a point, no spaces or commas)');
const WHOLE = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const vehicleSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("passenger_car"),
    engineCc: WHOLE(1, 100_000),
    manufacturedYear: WHOLE(1900, 2100).optional(),
    madeOrImportedAfter2013: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal("truck"), payloadTonnes: DECIMAL }),
  z.strictObject({ kind: z.literal("bus"), seats: WHOLE(1, 1000) }),
  z.strictObject({ kind: z.literal("tractor") }),
  z.strictObject({ kind: z.literal("motorcycle"), powerKw: DECIMAL }),
  z.strictObject({ kind: z.literal("boat"), powerHp: DECIMAL }),
]);

/** One vehicle of the registry: its owner, where the owner lives or sits, and the vehicle. */
export const registryVehicleSchema = z
  .strictObject({
    id: z.string().min(1),
    payer: z.enum(["individual", "legal_entity"]),
    residence: KATO.optional().describe("the individual owner's place of residence (KATO)"),
    legalSeat: KATO.optional().describe("the legal entity's seat in its founding documents (KATO)"),
    vehicle: vehicleSchema,
    months: WHOLE(1, 12).optional(),
    exemption: z
      .enum(["veteran_or_award", "disability", "peasant_farm_passenger_car", "peasant_farm_pickup"])
      .optional(),
    agriculturalProducer: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    const key = v.payer === "individual" ? "residence" : "legalSeat";
    const other = v.payer === "individual" ? "legalSeat" : "residence";
    if (v[other] !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [other],
        message: `${other} is not used for a ${v.payer}'s vehicle (give ${key})`,
      });
    }
    if (v[key] === undefined) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `a ${v.payer}'s vehicle needs ${key} (the place its tax is attributed by)`,
      });
    }
  });

const ISO = z
  .string({ error: "must be a date YYYY-MM-DD" })
  .refine(isIsoDate, "must be a real date YYYY-MM-DD");

/** A dwelling (or other object of individuals' property tax) with its owner and location. */
export const registryDwellingSchema = z.strictObject({
  id: z.string().min(1),
  owner: z
    .string()
    .min(1)
    .describe("the owner's id: one owner's objects are taxed together (benefits, the 2026 total rule)"),
  location: KATO.describe("where the object lies (KATO): the tax goes to that place's budget"),
  assessedValue: DECIMAL.describe("value assessed by the State Corporation, KZT"),
  months: WHOLE(1, 12).optional(),
  luxuryCoefficient: DECIMAL.optional(),
  benefit: z
    .enum(["within_1000_mrp", "within_1500_mrp"])
    .optional()
    .describe("the owner's benefit (give it on any one of the owner's objects)"),
});

/** A land plot in a settlement with its payer and location (land tax on settlement land). */
export const registryLandPlotSchema = z.strictObject({
  id: z.string().min(1),
  payer: z.enum(["individual", "legal_entity"]),
  location: KATO,
  areaM2: DECIMAL,
  category: z
    .string()
    .min(1)
    .describe("village, settlement, city_of_district_significance, … (see the land-tax docs)"),
  oblastCentre: z.string().optional(),
  regionRow: z.enum(["almaty_region", "akmola_region"]).optional(),
  use: z.enum(["other", "housing"]).optional(),
  months: WHOLE(1, 12).optional(),
  paymentDate: ISO.optional().describe("needed where the law read sets no due date (legal entities to 2025)"),
});

/** An outdoor advertisement with its location. */
export const registryAdvertisementSchema = z.strictObject({
  id: z.string().min(1),
  payer: z.enum(["individual", "individual_entrepreneur", "legal_entity"]),
  location: KATO.describe("where the advertisement stands (KATO)"),
  objectType: z.string().min(1),
  areaM2: DECIMAL.optional(),
  sides: WHOLE(1, 100).default(1),
  months: z
    .array(WHOLE(1, 12))
    .min(1, "give at least one month 1-12")
    .refine((m) => new Set(m).size === m.length, "each month once")
    .describe("months of placement in the year"),
  notified: z.boolean().default(true),
});

/** A self-declared income (IIT not withheld at source). */
export const registryIncomeSchema = z
  .strictObject({
    id: z.string().min(1),
    payer: z.enum(["individual", "individual_entrepreneur", "private_practitioner"]),
    residence: KATO.optional().describe("an individual's residence (KATO)"),
    registeredLocation: KATO.optional().describe(
      "an entrepreneur's or practitioner's registered location (KATO)",
    ),
    taxableIncome: DECIMAL.describe("annual taxable income after deductions, KZT"),
    paymentDate: ISO.describe("when the declared tax is paid (the due date was not read: give it)"),
  })
  .superRefine((v, ctx) => {
    const key = v.payer === "individual" ? "residence" : "registeredLocation";
    const other = v.payer === "individual" ? "registeredLocation" : "residence";
    if (v[other] !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [other],
        message: `${other} is not used for a ${v.payer} (give ${key})`,
      });
    }
    if (v[key] === undefined) {
      ctx.addIssue({ code: "custom", path: [key], message: `a ${v.payer}'s declared income needs ${key}` });
    }
  });

/** A registry of taxable objects for one tax year. */
export const registrySchema = z.strictObject({
  $schema: z.string().optional(),
  note: z
    .string()
    .optional()
    .describe("where the registry comes from; say so plainly if it is not real data"),
  year: WHOLE(2018, 2100).describe("the tax year"),
  collectionRate: z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a share from "0" to "1", e.g. "0.95"')
    .optional()
    .describe("share of the assessed tax collected, 1 (100 %) by default"),
  ageCoefficientScope: z.enum(["whole_amount", "mrp_part"]).optional(),
  openCodes: z
    .record(z.string(), z.string().regex(/^\d{6}$/))
    .optional()
    .describe("EBK codes for revenue lines the law leaves open (e.g. legal entities' settlement land tax)"),
  vehicles: z.array(registryVehicleSchema).default([]),
  dwellings: z.array(registryDwellingSchema).default([]),
  landPlots: z.array(registryLandPlotSchema).default([]),
  advertisements: z.array(registryAdvertisementSchema).default([]),
  incomes: z.array(registryIncomeSchema).default([]),
});

/** A validated registry. */
export type Registry = z.output<typeof registrySchema>;
/** A registry as written (JSON form, before defaults). */
export type RegistryInput = z.input<typeof registrySchema>;

function checkPlaces(registry: Registry, territory: Territory): InputIssue[] {
  const places: [string, string | undefined][] = [
    ...registry.vehicles.flatMap((v, i): [string, string | undefined][] => [
      [`vehicles[${i}].residence`, v.residence],
      [`vehicles[${i}].legalSeat`, v.legalSeat],
    ]),
    ...registry.dwellings.map((d, i): [string, string] => [`dwellings[${i}].location`, d.location]),
    ...registry.landPlots.map((l, i): [string, string] => [`landPlots[${i}].location`, l.location]),
    ...registry.advertisements.map((a, i): [string, string] => [`advertisements[${i}].location`, a.location]),
    ...registry.incomes.flatMap((v, i): [string, string | undefined][] => [
      [`incomes[${i}].residence`, v.residence],
      [`incomes[${i}].registeredLocation`, v.registeredLocation],
    ]),
  ];
  return places.flatMap(([path, code]) => {
    if (code === undefined) return [];
    try {
      territory.place(code);
      return [];
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      return [{ path, message: e.message, code: e.code }];
    }
  });
}

/** Ids used twice anywhere in the registry, owners with conflicting benefits, payments before the tax year. */
function checkAcrossObjects(registry: Registry): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<string, string>();
  const kinds = ["vehicles", "dwellings", "landPlots", "advertisements", "incomes"] as const;
  for (const kind of kinds) {
    registry[kind].forEach((o, i) => {
      const path = `${kind}[${i}].id`;
      const first = seen.get(o.id);
      if (first !== undefined)
        issues.push({ path, message: `id ${JSON.stringify(o.id)} is already used at ${first}` });
      else seen.set(o.id, path);
    });
  }
  const benefits = new Map<string, string>();
  registry.dwellings.forEach((d, i) => {
    const given = benefits.get(d.owner);
    if (d.benefit !== undefined && given !== undefined && given !== d.benefit) {
      issues.push({
        path: `dwellings[${i}].benefit`,
        message: `owner ${d.owner} already has the benefit ${given}`,
      });
    }
    if (d.benefit !== undefined) benefits.set(d.owner, d.benefit);
  });
  const start = `${registry.year}-01-01`;
  for (const kind of ["landPlots", "incomes"] as const) {
    registry[kind].forEach((o, i) => {
      if (o.paymentDate !== undefined && o.paymentDate < start) {
        issues.push({
          path: `${kind}[${i}].paymentDate`,
          message: `${o.paymentDate} is before the tax year ${registry.year} begins`,
        });
      }
    });
  }
  return issues;
}

/**
 * Reads a registry from parsed JSON, validating every field and every KATO code; every problem is
 * reported at once with its JSON path.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem.
 */
export function readRegistry(data: unknown, territory: Territory, what = "registry"): Registry {
  if (territory === undefined || typeof territory.place !== "function") {
    throw new FourthLevelError(
      "INVALID_INPUT",
      "readRegistry needs the territory, e.g. kazakhstanTerritory()",
      {},
    );
  }
  const parsed = registrySchema.safeParse(data);
  if (!parsed.success) {
    throwIfIssues(what, zodIssues(parsed.error.issues));
  }
  const registry = parsed.data as Registry;
  throwIfIssues(what, [...checkPlaces(registry, territory), ...checkAcrossObjects(registry)]);
  return registry;
}

/** The columns of a vehicle registry in CSV. */
export const VEHICLE_CSV_COLUMNS = [
  "id",
  "payer",
  "residence",
  "legal_seat",
  "category",
  "engine_cc",
  "payload_t",
  "seats",
  "power_kw",
  "power_hp",
  "manufactured_year",
  "post_2013",
  "months",
  "exemption",
  "agricultural_producer",
] as const;

/** `true` / `false` as written; anything else stays a string so that validation refuses it by name. */
function csvBoolean(text: string | undefined): boolean | string | undefined {
  return text === "true" ? true : text === "false" ? false : text;
}

function vehicleFromRow(r: Readonly<Record<string, string>>): Record<string, unknown> {
  const num = (text: string | undefined) =>
    text === undefined || !/^-?\d+$/.test(text) ? text : Number(text);
  const kind = r.category === "" || r.category === undefined ? "passenger_car" : r.category;
  // Every cell given goes to its field, whatever the category: a cell that does not belong to the
  // category is then refused by name instead of being ignored.
  const cells: [string, unknown][] = [
    ["engineCc", num(r.engine_cc)],
    ["payloadTonnes", r.payload_t],
    ["seats", num(r.seats)],
    ["powerKw", r.power_kw],
    ["powerHp", r.power_hp],
    ["manufacturedYear", num(r.manufactured_year)],
    ["madeOrImportedAfter2013", csvBoolean(r.post_2013)],
  ];
  return { kind, ...Object.fromEntries(cells.filter(([, v]) => v !== undefined && v !== "")) };
}

/**
 * Reads a vehicle registry from CSV ({@link VEHICLE_CSV_COLUMNS}; empty cells are absent values; lines
 * starting with `#` before the header are a note), for tax year `year`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem by row and column.
 */
export function readVehicleRegistryCsv(
  text: string,
  year: number,
  territory: Territory,
  what = "registry CSV",
): Registry {
  const csv = readCsvRecords(text, what, { trim: true });
  const note = csv.preamble.join(" ");
  const rows = csv.rows.map((row) => cellsByColumn(csv.header, row));
  const unknown = csv.header.filter((c) => !(VEHICLE_CSV_COLUMNS as readonly string[]).includes(c));
  throwIfIssues(
    what,
    unknown.map((c) => ({
      path: `column ${c}`,
      message: `unknown column; columns are ${VEHICLE_CSV_COLUMNS.join(", ")}`,
    })),
  );
  const vehicles = rows.map((r) => ({
    id: r.id,
    payer: r.payer,
    ...((r.residence ?? "") === "" ? {} : { residence: r.residence }),
    ...((r.legal_seat ?? "") === "" ? {} : { legalSeat: r.legal_seat }),
    vehicle: vehicleFromRow(r) as Vehicle,
    ...((r.months ?? "") === "" ? {} : { months: Number(r.months) }),
    ...((r.exemption ?? "") === "" ? {} : { exemption: r.exemption }),
    ...((r.agricultural_producer ?? "") === ""
      ? {}
      : { agriculturalProducer: csvBoolean(r.agricultural_producer) }),
  }));
  try {
    return readRegistry({ ...(note === "" ? {} : { note }), year, vehicles }, territory, what);
  } catch (e) {
    // Name rows as a spreadsheet user sees them: vehicles[3].vehicle.engineCc → row 4 (line N).engineCc
    const issues =
      e instanceof FourthLevelError ? (e.details.issues as readonly InputIssue[] | undefined) : undefined;
    if (issues === undefined) throw e;
    throwIfIssues(
      what,
      issues.map((i) => ({
        ...i,
        path: i.path.replace(
          /^vehicles\[(\d+)\](?:\.vehicle)?/,
          (_, n: string) => `row ${Number(n) + 1} (line ${csv.rows[Number(n)]?.line ?? "?"})`,
        ),
      })),
    );
    throw e;
  }
}

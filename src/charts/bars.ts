import type { TopLevelSpec } from "vega-lite";

/** One bar: the row's label, its value on the axis, the text beside it and the key of its colour. */
export interface Bar {
  readonly unit: string;
  readonly value: number;
  readonly label: string;
  readonly colour: string;
}

/** What a chart of horizontal bars shows around its bars. */
export interface BarsOptions {
  readonly title: string;
  /** One line, or several (a long scenario name wrapped). */
  readonly subtitle: string | readonly string[];
  /** The axis of values: its title, scale and axis properties (e.g. `{ format: ",d" }`). */
  readonly x: { readonly title: string; readonly scale: object; readonly axis?: object };
  /** The colour of each key (`Bar.colour`), and the legend's title (`null`: no legend). */
  readonly colours: { readonly domain: readonly string[]; readonly range: readonly string[] };
  readonly legend: boolean;
}

/**
 * Horizontal bars, one row per bar in the order given, each labelled at its end: to the right of a
 * value at or above zero, to the left of a negative one. Self-sufficiency side by side and gains and
 * losses by unit are drawn with it.
 */
export function barsSpec(bars: readonly Bar[], options: BarsOptions): TopLevelSpec {
  const { title, subtitle, x, colours, legend } = options;
  const label = (filter: string, align: "left" | "right", dx: number) => ({
    transform: [{ filter }],
    mark: { type: "text", fontSize: 12, align, dx },
    encoding: { text: { field: "label" } },
  });
  return {
    title: { text: title, subtitle: typeof subtitle === "string" ? subtitle : [...subtitle] },
    width: 440,
    height: { step: 30 },
    data: { values: bars.map((b) => ({ ...b })) },
    encoding: {
      y: { field: "unit", type: "nominal", title: null, sort: null },
      x: {
        field: "value",
        type: "quantitative",
        title: x.title,
        scale: x.scale,
        ...(x.axis ? { axis: x.axis } : {}),
      },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: {
            field: "colour",
            type: "nominal",
            title: null,
            ...(legend ? {} : { legend: null }),
            scale: { domain: [...colours.domain], range: [...colours.range] },
          },
        },
      },
      label("datum.value >= 0", "left", 4),
      label("datum.value < 0", "right", -4),
    ],
  } as TopLevelSpec;
}

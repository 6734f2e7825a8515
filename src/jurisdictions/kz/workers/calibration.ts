/**
 * A published figure the worker generator is calibrated to: the figure, what it measures, and where it
 * was published (address, title, date).
 *
 * @category Workers
 */
export interface PublishedFigure {
  /** The figure as published, e.g. `"448620"` (KZT) or `"0.234"` (a share). */
  readonly value: string;
  /** What the figure measures, with its unit and period. */
  readonly what: string;
  /** The address of the publication. */
  readonly url: string;
  /** The publication's title and publisher. */
  readonly title: string;
  /** When it was published (as precise as the page says). */
  readonly published: string;
}

const BNS_WAGES = {
  url: "https://stat.gov.kz/en/industries/labor-and-income/stat-wags/publications/411772/",
  title:
    "Bureau of National Statistics: wages in the Republic of Kazakhstan, II quarter 2025 (key indicators)",
  published: "2025-08",
} as const;

const quarter = (value: string, period: string): PublishedFigure => ({
  value,
  what: `average monthly nominal wage of an employee, Kazakhstan, ${period}, KZT (small entrepreneurs excluded)`,
  ...BNS_WAGES,
});

/**
 * The published figures the worker generator is calibrated to, each with its source (see
 * docs/workers.md and data/workers/SOURCE.md):
 * - `employees` 7.0 mn employees (working for hire) in 2024, of 9.2 mn employed (labour-force survey);
 * - `population` 20,265,320 people on 1 Dec 2024;
 * - `wages` the quarterly average monthly nominal wage 2024 Q1 – 2025 Q2, and `median` of 2025 Q2;
 * - `urbanPremium` wages in cities 23.4 % above villages (2025 Q2);
 * - `urbanEmployed` 62.5 % of the employed live in cities (2021 census).
 *
 * @category Workers
 * @example
 * ```ts
 * import { WORKER_CALIBRATION_FIGURES } from "fourth-level-budget";
 * WORKER_CALIBRATION_FIGURES.median.value; //=> "316152"
 * ```
 */
export const WORKER_CALIBRATION_FIGURES = {
  employees: {
    value: "7000000",
    what: "employees (working for hire), Kazakhstan, 2024, persons (of 9.2 mn employed)",
    url: "https://stat.gov.kz/ru/industries/labor-and-income/stat-empt-unempl/publications/341240/",
    title: "Bureau of National Statistics: labour force survey («по найму работали 7 млн человек»)",
    published: "2025",
  },
  population: {
    value: "20265320",
    what: "population of Kazakhstan on 1 Dec 2024, persons",
    url: "https://gorodpavlodar.kz/News_109385_4.html",
    title: "Tengrinews via gorodpavlodar.kz (Bureau of National Statistics figures)",
    published: "2024-12",
  },
  wages: {
    2024: [
      quarter("382279", "2024 Q1"),
      quarter("403251", "2024 Q2"),
      quarter("390328", "2024 Q3"),
      quarter("434982", "2024 Q4"),
    ],
    2025: [quarter("423133", "2025 Q1"), quarter("448620", "2025 Q2")],
  },
  median: {
    value: "316152",
    what: "median monthly wage (estimate), Kazakhstan, 2025 Q2, KZT",
    ...BNS_WAGES,
  },
  meanOfMedianQuarter: quarter("448620", "2025 Q2"),
  urbanPremium: {
    value: "0.234",
    what: "how much higher wages in cities are than in villages, 2025 Q2 (23.4 %)",
    url: "https://baq.kz/top-5-qazaqstanda-zhalaqysy-en-zhogary-onirler-belgili-boldy-200023555/",
    title: "BAQ.kz citing Ranking.kz and the Bureau of National Statistics",
    published: "2025-10-17",
  },
  urbanEmployed: {
    value: "0.625",
    what: "share of the employed living in cities, 2021 census (62.5 %, 5.7 mn)",
    url: "https://news.fxt.kz/?p=395",
    title: "Занятость в Казахстане возросла до девяти миллионов человек (Bureau release of 9 Nov 2023)",
    published: "2023-11",
  },
} as const;

/** The years whose wage level is published; later years use the last (an assumption, stated). */
export const WAGE_YEARS = [2024, 2025] as const;

/**
 * The generator's parameters that no published figure gives: stated defaults, ASSUMPTIONS that every
 * generated output names. Shares are decimal strings.
 *
 * @category Workers
 */
export interface WorkerAssumptions {
  /** Share of workers who work outside their residence unit (in the district centre). Default `"0.25"`. */
  readonly commuterShare: string;
  /** Share of workers whose employer is seated in the oblast centre, not where they work. Default `"0.2"`. */
  readonly externalEmployerShare: string;
  /** Workers per employer, on average. Default 10. */
  readonly workersPerEmployer: number;
}

/**
 * The defaults of {@link WorkerAssumptions}: nothing published says how many villagers work outside
 * their rural district, nor where their employers are registered.
 *
 * @category Workers
 * @example
 * ```ts
 * import { WORKER_ASSUMPTIONS } from "fourth-level-budget";
 * WORKER_ASSUMPTIONS.commuterShare; //=> "0.25"
 * ```
 */
export const WORKER_ASSUMPTIONS: WorkerAssumptions = {
  commuterShare: "0.25",
  externalEmployerShare: "0.2",
  workersPerEmployer: 10,
};

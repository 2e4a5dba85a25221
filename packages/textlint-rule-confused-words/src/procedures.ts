import type { Procedure } from "./confusions";
import { explainTemplate, fill, type Context, type PairSpec } from "./pairTable";
import { suchAsWithoutExamples } from "./suchAsComma";
import { weatherOrWhether, type WeatherWhetherWords } from "./weatherOrWhether";

const asSets = (data: { [name: string]: unknown }): WeatherWhetherWords =>
  Object.fromEntries(
    Object.entries(data)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, new Set(v as string[])]),
  ) as unknown as WeatherWhetherWords;

// Data files stay beside lib/ and src/ alike, so both load them from ../data.
const WEATHER_WHETHER_WORDS = asSets(require("../data/weather-whether-words.json"));

/** A decision of a procedure as a context, with the pair's message for it. */
function contextOf(pair: PairSpec & { id: string }, found: string, to: string, fix: boolean, span?: number): Context {
  return {
    ...(span === undefined ? {} : { span }),
    pairId: pair.id,
    condition: {},
    unless: [],
    replacement: to,
    fix,
    message: fill(explainTemplate(pair, to), found, to),
  };
}

/** The procedures of a shipped pair that names one, by the word each looks at. */
export function proceduresOf(pair: PairSpec & { id: string }): [string, Procedure][] {
  switch (pair.procedure) {
    case "weatherOrWhether": {
      const decide = (found: "weather" | "whether"): Procedure => (run, at) => {
        const decision = weatherOrWhether(run, at, WEATHER_WHETHER_WORDS);
        return decision === undefined || decision.word === found ? undefined : contextOf(pair, found, decision.word, decision.fix);
      };
      return [["weather", decide("weather")], ["whether", decide("whether")]];
    }
    case "suchAsComma": {
      const decide: Procedure = (run, at) => {
        const span = suchAsWithoutExamples(run, at);
        return span === undefined ? undefined : contextOf(pair, "such as,", "such as", false, span);
      };
      return [["such", decide]];
    }
    default:
      return [];
  }
}

import type { PairSpec } from "./pairTable";

// One data file per pair: its contexts, and examples of each reading.
// Data files stay beside lib/ and src/ alike, so both load them from ../data.
export const SHIPPED_PAIRS: readonly (PairSpec & { readonly id: string })[] = [
  require("../data/pairs/weather-whether.json"),
  require("../data/pairs/its-its.json"),
  require("../data/pairs/then-than.json"),
  require("../data/pairs/loose-lose.json"),
  require("../data/pairs/affect-effect.json"),
  require("../data/pairs/principal-principle.json"),
  require("../data/pairs/complement-compliment.json"),
  require("../data/pairs/whos-whose.json"),
  require("../data/pairs/your-youre.json"),
  require("../data/pairs/led-lead.json"),
  require("../data/pairs/could-of.json"),
  require("../data/pairs/their-there.json"),
  require("../data/pairs/baited-bated.json"),
  require("../data/pairs/now-know.json"),
  require("../data/pairs/such-as.json"),
  require("../data/pairs/reign-rein.json"),
  require("../data/pairs/peaked-piqued.json"),
  require("../data/pairs/peak-peek.json"),
  require("../data/pairs/wreck-wreak.json"),
  require("../data/pairs/shoe-in-shoo-in.json"),
  require("../data/pairs/tow-toe.json"),
  require("../data/pairs/hone-home.json"),
  require("../data/pairs/loath-loathe.json"),
  require("../data/pairs/discreet-discrete.json"),
];

export const SHIPPED_CLASSES: { readonly [name: string]: readonly string[] } = {
  ...(require("../data/classes.json") as { classes: { [name: string]: string[] } }).classes,
  // Built from WordNet's verb frames by scripts/build-clause-verbs.mjs.
  clauseVerb: (require("../data/clause-verbs.json") as { verbs: string[] }).verbs,
};

/** The currency a document converts into, and why. */
export interface Target {
  readonly code: string;
  /** "option": set by targetCurrency; "conversions": most conversions go into it; "mentions": a tie broken by how often the document states amounts in it. */
  readonly why: "option" | "conversions" | "mentions";
  readonly conversionsInto: number;
  readonly mentions: number;
}

function mostOf(counts: ReadonlyMap<string, number>, among?: readonly string[]): string[] {
  let best = 0;
  let leaders: string[] = [];
  for (const [code, count] of counts) {
    if (among !== undefined && !among.includes(code)) continue;
    if (count > best) {
      best = count;
      leaders = [code];
    } else if (count === best && count > 0) {
      leaders.push(code);
    }
  }
  return leaders;
}

/**
 * The document's conversion target: the `targetCurrency` option when given; else the currency
 * most of its conversions convert into, when it has at least two conversions; a tie goes to the
 * currency the document states more amounts in. Undefined when nothing decides it.
 */
export function conversionTarget(
  into: ReadonlyMap<string, number>,
  mentions: ReadonlyMap<string, number>,
  option?: string,
): Target | undefined {
  if (option !== undefined && option !== "") {
    return { code: option, why: "option", conversionsInto: into.get(option) ?? 0, mentions: mentions.get(option) ?? 0 };
  }
  let total = 0;
  for (const count of into.values()) total += count;
  if (total < 2) return undefined;
  const leaders = mostOf(into);
  if (leaders.length === 1) {
    const code = leaders[0]!;
    return { code, why: "conversions", conversionsInto: into.get(code)!, mentions: mentions.get(code) ?? 0 };
  }
  const byMentions = mostOf(mentions, leaders);
  if (byMentions.length !== 1) return undefined;
  const code = byMentions[0]!;
  return { code, why: "mentions", conversionsInto: into.get(code) ?? 0, mentions: mentions.get(code) ?? 0 };
}

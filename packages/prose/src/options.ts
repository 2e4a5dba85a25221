/** What an option may hold. */
export type OptionSpec =
  | { readonly type: "boolean" }
  | { readonly type: "number"; readonly min?: number; readonly max?: number }
  | { readonly type: "string" }
  | { readonly type: "strings" }
  | { readonly type: "stringLists"; readonly minLength?: number }
  | { readonly type: "oneOf"; readonly values: readonly string[] }
  | { readonly type: "object" };

/** A rule's option error: one line that names the rule, the option and what is allowed. */
export class OptionError extends Error {
  override name = "OptionError";

  constructor(message: string) {
    super(message);
    // A wrong option is the user's to fix, not a crash: no stack trace in textlint's output.
    this.stack = `${this.name}: ${message}`;
  }
}

function describe(spec: OptionSpec): string {
  switch (spec.type) {
    case "boolean":
      return "true or false";
    case "number":
      return `a number${spec.min !== undefined ? ` from ${spec.min}` : ""}${spec.max !== undefined ? ` to ${spec.max}` : ""}`;
    case "string":
      return "a string";
    case "strings":
      return "an array of strings";
    case "stringLists":
      return `an array of arrays of${spec.minLength !== undefined ? ` at least ${spec.minLength}` : ""} strings`;
    case "oneOf":
      return `one of ${spec.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "object":
      return "an object";
  }
}

function fits(spec: OptionSpec, value: unknown): boolean {
  switch (spec.type) {
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return (
        typeof value === "number" &&
        Number.isFinite(value) &&
        (spec.min === undefined || value >= spec.min) &&
        (spec.max === undefined || value <= spec.max)
      );
    case "string":
      return typeof value === "string";
    case "strings":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "stringLists":
      return (
        Array.isArray(value) &&
        value.every(
          (list) => Array.isArray(list) && list.length >= (spec.minLength ?? 0) && list.every((v) => typeof v === "string"),
        )
      );
    case "oneOf":
      return typeof value === "string" && spec.values.includes(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
  }
}

/**
 * Merges a rule's options over its defaults, checking each against its spec.
 * Throws an OptionError naming the rule and the option for an unknown option or a value of the wrong kind.
 */
export function readOptions<T extends object>(
  ruleName: string,
  given: unknown,
  defaults: T,
  specs: { readonly [K in keyof T]: OptionSpec },
): T {
  if (given === undefined || given === null || given === true) return { ...defaults };
  if (typeof given !== "object" || Array.isArray(given)) {
    throw new OptionError(`${ruleName}: options must be an object or true, got ${JSON.stringify(given)}.`);
  }
  const result: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const known = Object.keys(specs);
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    // textlint passes "severity" through to every rule.
    if (key === "severity") continue;
    const spec = (specs as Record<string, OptionSpec>)[key];
    if (spec === undefined) {
      throw new OptionError(
        `${ruleName}: unknown option "${key}". Known options: ${known.map((k) => `"${k}"`).join(", ")}.`,
      );
    }
    if (!fits(spec, value)) {
      throw new OptionError(`${ruleName}: option "${key}" must be ${describe(spec)}, got ${JSON.stringify(value)}.`);
    }
    result[key] = value;
  }
  return result as T;
}

import { z } from "zod";

/** The environment as the schemas read it. */
export type Environment = Record<string, string | undefined>;

/** True when the variable has a value other than spaces: `VAR=` in a compose or systemd env file is "". */
export function isSetIn(env: Environment, variable: string): boolean {
  return (env[variable] ?? "").trim() !== "";
}

/**
 * The environment with every empty or blank variable left out, so that each setting's default applies:
 * compose (`env_file`) and systemd (`EnvironmentFile`) pass `VAR=` as "", and .env.example, copied as it is,
 * is all `VAR=` lines. Applied once by loadConfig, so no schema has to remember it.
 */
export function withoutBlankValues(env: Environment): Environment {
  return Object.fromEntries(Object.entries(env).filter(([variable]) => isSetIn(env, variable)));
}

/** An environment variable that may be unset or empty; empty counts as unset. */
export const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** An http:// or https:// address (a platform API's, for a local stand-in or server), or unset. */
export function optionalHttpUrl(example: string) {
  return optionalString.superRefine((url, ctx) => {
    if (url === undefined) return;
    const protocol = URL.canParse(url) ? new URL(url).protocol : undefined;
    if (protocol !== "http:" && protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `must be an http:// or https:// address, e.g. ${example}` });
    }
  });
}

/** "true"/"false" (also 1/0, yes/no), with a default when unset. */
export function flag(defaultValue: boolean) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return defaultValue;
      const s = v.trim().toLowerCase();
      if (["true", "1", "yes", "on"].includes(s)) return true;
      if (["false", "0", "no", "off"].includes(s)) return false;
      ctx.addIssue({ code: "custom", message: `must be true or false, not "${v}"` });
      return z.NEVER;
    });
}

/** A whole number within bounds, with a default when unset. */
export function integer(defaultValue: number, min: number, max: number) {
  return optionalInteger(min, max).transform((n) => n ?? defaultValue);
}

/** A whole number within bounds, or undefined when unset: for a default that depends on other settings. */
export function optionalInteger(min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((v, ctx): number | undefined => {
      if (v === undefined || v.trim() === "") return undefined;
      const n = wholeNumberIn(v, min, max, `must be a whole number from ${min} to ${max}, not "${v}"`);
      if (typeof n === "string") {
        ctx.addIssue({ code: "custom", message: n });
        return z.NEVER;
      }
      return n;
    });
}

/**
 * The number a setting's plain digits (0 to 9) write, or what to tell the admin. Number() alone would also
 * take "0x10", "1e3", "+5" and "1.0": a value read otherwise than the admin who typed it may have meant.
 */
export function wholeNumberIn(value: string, min: number, max: number, outOfRange: string): number | string {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < min || n > max) return outOfRange;
  if (!/^\d+$/.test(value.trim())) return `must be written in plain digits: type ${n}, not "${value}"`;
  return n;
}

/** One of a few words (any case), with a default when unset. */
export function choice<const T extends readonly string[]>(values: T, defaultValue: T[number]) {
  return optionalChoice(values).transform((v): T[number] => v ?? defaultValue);
}

/** One of `values` (any case, trimmed), or undefined when unset: for a default that depends on other settings. */
export function optionalChoice<const T extends readonly string[]>(values: T) {
  return z
    .string()
    .optional()
    .transform((v, ctx): T[number] | undefined => {
      if (v === undefined || v.trim() === "") return undefined;
      const s = v.trim().toLowerCase();
      if (values.includes(s)) return s;
      ctx.addIssue({ code: "custom", message: `must be one of ${values.join(", ")}; not "${v}"` });
      return z.NEVER;
    });
}

/** A comma-separated list; empty items dropped. */
export const commaList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  );

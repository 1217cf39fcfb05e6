/**
 * .env and systemd's EnvironmentFile take the quotes off a value; `docker run --env-file` and compose's
 * `environment:` list (`- NAME="value"`) keep them in it, so the bot gets `"redis://..."` with its quotes.
 */
export function isInQuotes(value: string): boolean {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]);
}

export const QUOTES_ADVICE =
  "docker's --env-file and compose's environment: list keep quotes as part of the value, so remove them there";

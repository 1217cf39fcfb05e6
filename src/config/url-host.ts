/**
 * host:port of a configured URL, for start-up lines and errors: never its user, password or path (a URL
 * setting may hold credentials). `fallback` when it is not a URL at all.
 */
export function hostOf(url: string | undefined, fallback = "?"): string {
  if (url === undefined) return fallback;
  try {
    return new URL(url).host;
  } catch {
    return fallback;
  }
}

/**
 * What is wrong with the shape of an LDAP search filter (RFC 4515), or null when it has none: the check the
 * settings can make at once, without the LDAP library, so a broken LDAP_USER_FILTER is in the one start-up
 * message with the rest. The library still parses it when the directory is built (ldap-directory.ts).
 * A filter without its outer parentheses ("objectClass=user") is taken as one, as the directory does.
 */
export function filterShapeProblem(filter: string): string | null {
  const trimmed = filter.trim();
  const text = trimmed.startsWith("(") ? trimmed : `(${trimmed})`;
  try {
    const end = readFilter(text, 0);
    if (end !== text.length) return `a ")" closes more than was opened, at character ${end + 1}`;
    return null;
  } catch (error) {
    if (error instanceof ShapeError) return error.message;
    throw error;
  }
}

class ShapeError extends Error {}

/** Reads one "(...)" from `at`; returns the index after its ")". */
function readFilter(text: string, at: number): number {
  if (text[at] !== "(") throw new ShapeError(`a "(" is missing at character ${at + 1}`);
  const kind = text[at + 1];
  let i = at + 1;
  if (kind === "&" || kind === "|" || kind === "!") {
    i += 1;
    let parts = 0;
    while (text[i] === "(") {
      i = readFilter(text, i);
      parts += 1;
    }
    if (parts === 0) throw new ShapeError(`"${kind}" needs a filter in parentheses after it`);
    if (kind === "!" && parts > 1) throw new ShapeError(`"!" takes one filter, not ${parts}`);
  } else {
    i = readItem(text, i);
  }
  if (i >= text.length) throw new ShapeError('a ")" is missing at the end');
  if (text[i] !== ")") throw new ShapeError(`a ")" or "(" is missing at character ${i + 1}`);
  return i + 1;
}

/**
 * Reads "attribute=value" (or ~=, >=, <=, and the extensible "attr:rule:=value") up to its ")". A "(" in
 * a value must be escaped as \28, and ")" as \29.
 */
function readItem(text: string, at: number): number {
  const item = /^([A-Za-z0-9][A-Za-z0-9.;:-]*|:[A-Za-z0-9.;:-]+)(~=|>=|<=|=)/.exec(text.slice(at));
  if (item === null) {
    const close = text.indexOf(")", at);
    const shown = text.slice(at, close === -1 ? undefined : close);
    throw new ShapeError(shown === "" ? "empty parentheses" : `"${shown}" is no attribute=value test`);
  }
  let i = at + item[0].length;
  while (i < text.length && text[i] !== ")") {
    if (text[i] === "(")
      throw new ShapeError(`a "(" inside a value at character ${i + 1} (write it as \\28)`);
    i += 1;
  }
  return i;
}

/** A stand-in for the typed id that other tools' filters carry (%s, {username}): this bot adds the id itself. */
const ID_PLACEHOLDER =
  /%(?:s|u|uid|user|username|login)\b|\{\{?\s*(?:0|id|uid|user|username|login|name)\s*\}\}?/i;

/** The placeholder in the filter, or null. */
export function idPlaceholderIn(filter: string): string | null {
  return ID_PLACEHOLDER.exec(filter)?.[0] ?? null;
}

import { COMMENT_ADVICE, hasCommentAfter } from "./comment-in-value.js";

/**
 * Why a URL setting that starts with its scheme still cannot be read, in words that say what to fix in it,
 * never repeating it (it may hold a password). Undefined when it parses (the caller judges its parts), or
 * when it does not start with one of the schemes (the setting's own message says what it must start with).
 */
export function urlShapeProblem(url: string, schemes: string[], several: string): string | undefined {
  const start = schemes.map((scheme) => `${scheme}://`).find((s) => url.toLowerCase().startsWith(s));
  if (start === undefined) return undefined;
  const rest = url.slice(start.length);
  // Only what follows the password is looked at for these: a generated password may hold a comma or a space.
  const at = rest.lastIndexOf("@");
  const address = rest.slice(at + 1);
  // A comment kept in the value: said here, in place of the start-up message's general hint.
  if (hasCommentAfter(address)) return `has a comment after the address: ${COMMENT_ADVICE}`;
  // Two addresses in one setting, written with a comma or a space between their hosts.
  const hosts = address.split(/[/?#]/)[0] ?? "";
  // An @ then a comma or a space before the last @: another address, with a password of its own, came first.
  const earlier = /@[^@]*[\s,]/.test(rest.slice(0, Math.max(at, 0)));
  if (/[\s,]/.test(hosts) || earlier || rest.toLowerCase().includes("://"))
    return `takes one address: ${several}`;
  if (URL.canParse(url)) return undefined;
  const login = at < 0 ? "" : rest.slice(0, at);
  if (/[/?#]|%(?![0-9a-f]{2})/i.test(login))
    return (
      "has a character in its password (or user name) that a URL cannot hold as it is: " +
      "write / as %2F, ? as %3F, # as %23 and % as %25"
    );
  // No host at all (a socket's path written after redis://): the setting's own words say the form.
  if (hosts === "") return undefined;
  const port = /^(?:\[[^\]]*\]|[^:]*):(.*)$/.exec(hosts)?.[1];
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535))
    return "has a port that is not a number from 1 to 65535 (after the host's last :)";
  return `could not be read as a URL: check it for a typo in the host name`;
}

/**
 * A token pasted with a space or line break inside (copied from a page that wrapped it): the platform would
 * only answer "Not Found" or "invalid_auth" for a token that looks right, so the start says it first.
 */
export function tokenInPiecesProblem(token: string, whereFrom: string): string | undefined {
  return /\s/.test(token)
    ? `has a space or line break inside: copy it again from ${whereFrom} in one piece`
    : undefined;
}

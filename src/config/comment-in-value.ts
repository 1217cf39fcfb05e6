/**
 * systemd's EnvironmentFile (the unit in deploy/) and docker's --env-file keep a comment written after a
 * value in the value ("3000 # the port"). A # with no space before it is no comment: a password may hold one.
 */
export function hasCommentAfter(value: string): boolean {
  return /\s#/.test(value);
}

/**
 * What to do about such a comment, said (never the value) when the value is refused. A setting's own check
 * that names the comment ends its words with this; the start-up message adds it to any other refused value.
 */
export const COMMENT_ADVICE =
  "systemd's EnvironmentFile and docker's --env-file keep it in the value, so put the comment on a line of its own";

/**
 * `npm run leavers --dry-run` (no `--` before the flag) gives the tool no argument: npm takes `--dry-run`
 * as its own setting and puts it in the script's environment as npm_config_dry_run=true. The tool would
 * then run for real. This finds such flags: a setting npm made from one of the tool's own flag names,
 * while the flag itself is not among the tool's arguments.
 */
export function npmSwallowedFlags(
  flags: readonly string[],
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { flag: string; value: string }[] {
  const swallowed: { flag: string; value: string }[] = [];
  for (const flag of flags) {
    const value = env[`npm_config_${flag.replace(/-/g, "_")}`];
    // Older npm versions put every setting in the environment, unset ones as "" (and "false" is not a yes).
    if (value === undefined || value === "" || value === "false") continue;
    const given = argv.some((arg) => arg === `--${flag}` || arg.startsWith(`--${flag}=`));
    if (!given) swallowed.push({ flag, value });
  }
  return swallowed;
}

/**
 * The refusal, with the command the admin meant: `npm run leavers -- --dry-run`. A flag that takes a value
 * (`--since 7d`) reaches npm's setting as "true" and leaves its value among the arguments, where the tool
 * cannot tell whose it is: that value is shown as "…".
 */
export function npmSwallowedWords(
  script: string,
  swallowed: readonly { flag: string; value: string }[],
  argv: readonly string[],
  takesValue: readonly string[] = [],
): string {
  const names = swallowed.map(({ flag }) => `--${flag}`).join(" and ");
  const lostValues = swallowed.some(({ flag, value }) => takesValue.includes(flag) && value === "true");
  const meant = swallowed.map(({ flag, value }) => {
    if (!takesValue.includes(flag)) return `--${flag}`;
    return value === "true" ? `--${flag} …` : `--${flag} ${value}`;
  });
  const kept = lostValues ? argv.filter((arg) => arg.startsWith("-")) : argv;
  const command = ["npm run", script, "--", ...kept, ...meant].join(" ");
  const them = swallowed.length === 1 ? "it" : "them";
  return (
    `npm took ${names} as its own setting and did not pass ${them} on, so nothing was done. ` +
    `Did you mean \`${command}\`? The tool's flags go after \`--\`.`
  );
}

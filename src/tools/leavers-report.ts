/** What a leavers run found, as the tool prints it on standard output (the logs go to standard error). */
export function leaversReport(result: {
  checked: number;
  removed: boolean;
  leavers: string[];
  disabled: number;
  ambiguous: string[];
  tooMany?: boolean;
}): string {
  const people = result.checked === 1 ? "1 person" : `${result.checked} people`;
  const verb = result.removed ? "Removed" : "Would remove";
  const list = idList(result.leavers);
  const kept =
    result.disabled === 0
      ? ""
      : result.disabled === 1
        ? "Kept 1 person whose account is disabled in the directory: they have not left.\n"
        : `Kept ${result.disabled} people whose accounts are disabled in the directory: they have not left.\n`;
  return (
    `Checked ${people}. ${verb} ${result.leavers.length}${list === "" ? "." : ":"}${list}\n${kept}` +
    ambiguousReport(result.ambiguous) +
    (result.tooMany === true ? `${tooManyWarning(result.leavers.length, result.checked)}\n` : "")
  );
}

/** A dry run over the share a real run refuses: what that run would do, and what to do. */
function tooManyWarning(missing: number, checked: number): string {
  return (
    `Without --dry-run nobody would be removed: ${missing} of ${checked} people are not in the directory any more, ` +
    "which looks more like a directory setting (LDAP_BASE_DN, LDAP_USER_FILTER) than leavers. " +
    "Check the list above; if they did leave, run npm run leavers -- --force."
  );
}

/** The people kept because their id is on several entries, by id: IT has to fix each one. */
function ambiguousReport(ids: string[]): string {
  if (ids.length === 0) return "";
  const who =
    ids.length === 1 ? "Kept 1 person whose ID matches" : `Kept ${ids.length} people whose IDs match`;
  return (
    `${who} more than one directory entry. Fix the directory so that each ID is on one entry; ` +
    `until then the bot cannot help them:${idList(ids)}\n`
  );
}

const idList = (ids: string[]) => ids.map((id) => `\n  ${id}`).join("");

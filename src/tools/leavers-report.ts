/** What a leavers run found, as the tool prints it on standard output (the logs go to standard error). */
export function leaversReport(result: {
  checked: number;
  removed: boolean;
  leavers: string[];
  disabled: number;
}): string {
  const people = result.checked === 1 ? "1 person" : `${result.checked} people`;
  const verb = result.removed ? "Removed" : "Would remove";
  const list = result.leavers.map((id) => `\n  ${id}`).join("");
  const kept =
    result.disabled === 0
      ? ""
      : result.disabled === 1
        ? "Kept 1 person whose account is disabled in the directory: they have not left.\n"
        : `Kept ${result.disabled} people whose accounts are disabled in the directory: they have not left.\n`;
  return `Checked ${people}. ${verb} ${result.leavers.length}${list === "" ? "." : ":"}${list}\n${kept}`;
}

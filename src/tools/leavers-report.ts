/** What a leavers run found, as the tool prints it on standard output (the logs go to standard error). */
export function leaversReport(result: { checked: number; removed: boolean; leavers: string[] }): string {
  const people = result.checked === 1 ? "1 person" : `${result.checked} people`;
  const verb = result.removed ? "Removed" : "Would remove";
  const list = result.leavers.map((id) => `\n  ${id}`).join("");
  return `Checked ${people}. ${verb} ${result.leavers.length}${list === "" ? "." : ":"}${list}\n`;
}

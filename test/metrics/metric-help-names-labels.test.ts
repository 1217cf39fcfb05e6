import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIALOG_ENDS, DIALOG_FLOWS } from "../../src/core/ports/metrics.js";
import { BotMetrics } from "../../src/metrics/bot-metrics.js";

const OPERATIONS = readFileSync(new URL("../../docs/operations.md", import.meta.url), "utf8");

async function help(family: string): Promise<string> {
  const text = await new BotMetrics().registry.metrics();
  return new RegExp(`^# HELP ${family} (.*)$`, "m").exec(text)?.[1] ?? "";
}

function docsRow(family: string): string {
  return OPERATIONS.split("\n").find((line) => line.startsWith(`| \`${family}\``)) ?? "";
}

/*
 * An admin builds a dashboard from what /metrics's HELP lines and the operations page say a label holds: a
 * value they leave out (the family flow, the practice round, a directory "error") is a line never drawn.
 */
describe("the metrics' HELP lines and the operations page name every label value the bot uses", () => {
  it("every dialog flow, in sspr_dialogs_started_total", async () => {
    const started = await help("sspr_dialogs_started_total");
    for (const flow of DIALOG_FLOWS) {
      expect(started).toMatch(new RegExp(`\\b${flow}\\b`));
      expect(docsRow("sspr_dialogs_started_total")).toMatch(new RegExp(`\\b${flow}\\b`));
    }
  });

  it("the flow a timed-out dialog is counted under, in sspr_dialogs_finished_total", async () => {
    expect(await help("sspr_dialogs_finished_total")).toContain("unknown");
    expect(docsRow("sspr_dialogs_finished_total")).toContain("unknown");
  });

  it("every way a dialog ends, in sspr_dialogs_finished_total", async () => {
    const finished = await help("sspr_dialogs_finished_total");
    for (const outcome of DIALOG_ENDS) {
      expect(finished).toContain(outcome);
      expect(docsRow("sspr_dialogs_finished_total")).toContain(`\`${outcome}\``);
    }
  });

  it("every directory outcome, in sspr_directory_operations_total", async () => {
    const directory = await help("sspr_directory_operations_total");
    for (const outcome of ["ok", "rejected", "unavailable", "size-limit", "error"]) {
      expect(directory).toContain(outcome);
      expect(docsRow("sspr_directory_operations_total")).toContain(`\`${outcome}\``);
    }
  });
});

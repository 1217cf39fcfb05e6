import { describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/translate.js";

/**
 * A teacher whose pupil says "my account is locked" (too many wrong passwords at the school's login) looks
 * in /help for what to do: /unlock lifts that lock too, so its line says so, not only "suspended".
 */
describe("the teacher's /help line for /unlock", () => {
  it.each([
    ["en", "locked"],
    ["zh", "被锁"],
    ["ms", "dikunci"],
    ["ta", "பூட்ட"],
  ])("in %s names a locked account as well as a suspension", (language, locked) => {
    for (const role of ["teacher", "admin"]) {
      const help = translate({ key: "staff.help", params: { role } }, language);
      const unlockLine = help.split("\n").find((line) => line.startsWith("/unlock"));
      expect(unlockLine).toContain(locked);
    }
  });
});

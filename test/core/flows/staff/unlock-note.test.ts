import { describe, expect, it } from "vitest";
import { reasonText } from "../../../../src/core/flows/staff/audit-reasons.js";
import { UNLOCK_NOTES, unlockNote, unlockParts } from "../../../../src/core/flows/staff/unlock-note.js";
import { translate } from "../../../../src/core/i18n/translate.js";

const NOTHING = { suspension: false, directoryLock: false, failedTries: false, setupPause: false };

describe("an unlock's audit note", () => {
  it("keeps the words events were stored with, so old events read the same in /audit and the export", () => {
    expect([...UNLOCK_NOTES.keys()].sort()).toEqual(
      [
        "not suspended",
        "set-up pause lifted",
        "failures cleared",
        "failures cleared; set-up pause lifted",
        "directory lock lifted",
        "directory lock lifted; set-up pause lifted",
        "suspension lifted",
        "suspension lifted; set-up pause lifted",
        "suspension and directory lock lifted",
        "suspension and directory lock lifted; set-up pause lifted",
        "staff password pause lifted",
        "set-up pause lifted; staff password pause lifted",
      ].sort(),
    );
  });

  it("names failed tries only when nothing more was lifted", () => {
    const note = (lifts: Partial<typeof NOTHING>) => unlockNote(unlockParts({ ...NOTHING, ...lifts }));
    expect(note({ failedTries: true })).toBe("failures cleared");
    expect(note({ failedTries: true, suspension: true })).toBe("suspension lifted");
    expect(note({ failedTries: true, directoryLock: true })).toBe("directory lock lifted");
    expect(note({ setupPause: true })).toBe("set-up pause lifted");
  });

  it("reads in the admin's language, the set-up pause after what was lifted first", () => {
    const words = (note: string, language: string) => {
      const render = (text: Parameters<typeof translate>[0]) => translate(text, language);
      const text = reasonText("unlock", note, render);
      return text === null ? null : render(text);
    };
    expect(words("suspension lifted; set-up pause lifted", "en")).toBe(
      "suspension lifted; set-up pause lifted",
    );
    expect(words("suspension lifted; set-up pause lifted", "zh")).toBe("已取消暂停；解除了设置暂停");
    expect(words("not suspended", "en")).toBe("was not suspended");
    expect(words("failures cleared", "en")).toBe("failed tries cleared");
  });
});

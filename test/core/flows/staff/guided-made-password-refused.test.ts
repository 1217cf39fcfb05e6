import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PasswordRejectedError } from "../../../../src/core/errors.js";
import type { PasswordRejection } from "../../../../src/core/ports/directory-errors.js";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep, WEI_LING, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const TOO_RECENT = "The school system says Tan Wei Ling's password was changed very recently";

/**
 * A guided reset's password is always one the bot made. When the directory refused it, the teacher read the
 * student's words for a password she typed herself ("that password is too simple. Try mixing…", "your
 * password was changed very recently. Please ask your form teacher to help you."), though she typed none,
 * and she is the form teacher.
 */
describe("the school refuses a guided reset's password", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    await weiLingSetUpOnOwnPhone(world);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Her chat is this phone she lost: the teacher checks her in person, and the chat is unlinked. */
  async function guidedInPerson(): Promise<void> {
    await teacher.send("/guided S1001");
    await teacher.press(
      teacher.buttons.includes("They can't use their chat")
        ? "They can't use their chat"
        : "I checked them in person",
    );
    await teacher.press("Yes, I checked");
  }

  it.each<PasswordRejection>(["too-simple", "too-short", "used-before", "other"])(
    "(%s): the teacher hears it was the bot's password, and that starting again makes another",
    async (reason) => {
      vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError(reason));
      await guidedInPerson();
      expect(teacher.lastText).toBe(
        "The school system did not take the password I made for Tan Wei Ling. That is not your fault. " +
          "Start again with /guided, and I will make a different one.",
      );
      expect(await openStep(world, teacher)).toBeNull();

      await guidedInPerson();
      const password = String(teacher.last.replies[0]?.text.params?.password);
      expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    },
  );

  it("'changed very recently' says so, and what to do: not 'ask your form teacher' to the form teacher", async () => {
    vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError("too-recent"));
    await guidedInPerson();
    expect(teacher.lastText).toContain(TOO_RECENT);
    expect(teacher.lastText).toContain("Tan Wei Ling's password was not changed.");
    expect(teacher.lastText).not.toContain("form teacher");
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
  });

  it("says so in all four languages", () => {
    for (const key of ["guided.madeRefused", "guided.tooRecent"] as const) {
      for (const language of ["en", "zh", "ms", "ta"] as const) {
        const text = translate({ key, params: { name: "Tan Wei Ling" } }, language);
        expect(text).not.toBe(key);
        expect(text).toContain("Tan Wei Ling");
        expect(text).toContain("/guided");
      }
    }
  });
});

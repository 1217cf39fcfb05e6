import { afterEach, expect, it, vi } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { noticesTo, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestWorld } from "../../../helpers/test-world.js";

/*
 * The right code typed: the turn read the student's link three times, once for the chat her password goes
 * to, once more to forget the code's notes there, and once as the code step is left (codeStopped, which
 * finds the code already used). The chat read for the password now serves its notes too.
 */
let world: TestWorld;
afterEach(async () => {
  await world.close();
});

it("the right code's turn reads her chat's link once for the password and the code's notes", async () => {
  let teacher;
  ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  const kid = await weiLingSetUpOnOwnPhone(world, "declined");
  await teacher.send("/guided S1001");
  await teacher.press("Send a code");
  const code = String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);
  const reads = vi.spyOn(world.deps.store, "linkedChat");
  await teacher.send(code);
  await world.engine.settled();
  expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  expect(noticesTo(world, kid).at(-1)?.reply.text.key).toBe("guided.passwordForStudent");
  // One for the password and the notes, one as the code step is left (the code already used: nothing told).
  expect(reads).toHaveBeenCalledTimes(2);
});

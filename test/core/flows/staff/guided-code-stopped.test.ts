import { beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { guidedCodeEnds } from "../../../../src/guided-code-ends.js";
import { WEI_LING, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { MINUTE } from "../../../helpers/security-helpers.js";
import { noticesTo, teacherOnOwnPhone, type StaffOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const STOPPED = "Tan Wei Ling, your teacher stopped helping you get a new password for now.";
const STOPPED_FOR_TEACHER =
  "The guided reset for Tan Wei Ling has stopped, so the code I sent to Tan Wei Ling's chat no longer works. If Tan Wei Ling still needs a new password, start again with /guided.";

/**
 * A guided reset by code: the student's chat holds the code the teacher asked for. When the teacher stops
 * without finishing, the child is told in their own chat that the code no longer works, and it does not.
 */
describe("a guided code the teacher does not finish", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world);
  });

  /** The teacher sends Wei Ling a code; returns it, as the child reads it to her. */
  async function codeSent(): Promise<string> {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const notice = noticesTo(world, kid).at(-1)!;
    expect(notice.reply.text.key).toBe("guided.codeForStudent");
    return String(notice.reply.text.params?.code);
  }

  /** What the child's chat was told after the code, once the work after the teacher's reply is done. */
  async function kidToldAfterCode(): Promise<string[]> {
    await world.engine.settled();
    const notices = noticesTo(world, kid);
    const code = notices.findLastIndex((n) => n.reply.text.key === "guided.codeForStudent");
    return notices.slice(code + 1).map((n) => translate(n.reply.text, n.reply.language));
  }

  /** Every "the code no longer works" the child's chat was told. */
  async function stopsTold(): Promise<number> {
    await world.engine.settled();
    return noticesTo(world, kid).filter((n) => n.reply.text.key === "guided.codeStoppedForStudent").length;
  }

  async function passwordUnchanged(): Promise<void> {
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
  }

  it("/cancel tells the child once that the code no longer works, and it does not", async () => {
    const code = await codeSent();
    await teacher.send("/cancel");
    const told = await kidToldAfterCode();
    expect(told).toEqual([
      "Tan Wei Ling, your teacher stopped helping you get a new password for now. The code I sent you does not work any more. If you still need a new password, ask your teacher.",
    ]);
    // The code read out now opens nothing: there is no code prompt any more.
    await teacher.send(code);
    expect(teacher.lastText).toContain("What would you like to do?");
    await passwordUnchanged();
    // Nor does a new guided reset take it: it sends a new code and wants that one.
    const second = await codeSent();
    if (second !== code) {
      await teacher.send(code);
      expect(teacher.lastText).toContain("That code is not right");
    }
    await teacher.send("/cancel");
    await passwordUnchanged();
    expect(await stopsTold()).toBe(2);
    // Nor do the codes' expiry tell the child again.
    clock.advance(11 * MINUTE);
    await guidedCodeEnds(world.deps).runOnce();
    expect(await stopsTold()).toBe(2);
  });

  it("'stop', the menu, another command or another student's reset stop it too, and the child hears it each time", async () => {
    for (const stop of ["stop", "/start", "menu", "/coverage", "/guided S1002"]) {
      // A code an hour per stop: one student gets at most 3 within an hour (GUIDED_MAX_CODES_PER_HOUR).
      clock.advance(60 * MINUTE);
      await codeSent();
      await teacher.send(stop);
      expect(await kidToldAfterCode(), stop).toEqual([expect.stringContaining(STOPPED)]);
      await teacher.send("/cancel");
    }
    await passwordUnchanged();
  });

  it.each([
    ["/coverage", "Class 4A: 3 students"],
    [
      "/stats",
      "Only admins can use that. Type /help to see the commands you can use, or ask the school's IT team.",
    ],
    ["/start", "What would you like to do?"],
    ["menu", "What would you like to do?"],
    ["/guided S1002", "Let's get Aisha Binte Rahman a new password."],
    ["/unlock S1002", "Aisha Binte Rahman was not suspended, and their account was not locked"],
    ["/setup", "Type your user ID."],
    ["/cancel", null],
    ["stop", null],
    // It only asks: the link stays until she taps "Yes, unlink".
    ["/logout", "Do you want to unlink this chat from your account?"],
  ])(
    "%s while waiting for the code tells the teacher, in the same reply, that the code no longer works",
    async (typed, then) => {
      const code = await codeSent();
      const reply = await teacher.send(typed);
      const [first, ...rest] = reply.replies.map((r) => translate(r.text, r.language));
      expect(first).toBe(STOPPED_FOR_TEACHER);
      if (then === null) expect(rest).toEqual([]);
      else expect(rest.join("\n")).toContain(then);
      expect(await kidToldAfterCode()).toEqual([expect.stringContaining(STOPPED)]);
      // The code read out now is no code: she was told, and nothing takes it.
      await teacher.send("/cancel");
      await teacher.send(code);
      expect(teacher.lastText).not.toContain("new password was sent");
      await passwordUnchanged();
    },
  );

  it("/help or /language while waiting for the code stops nothing", async () => {
    const code = await codeSent();
    await teacher.send("/help");
    await teacher.send("/language");
    await teacher.press("English");
    expect(await kidToldAfterCode()).toEqual([]);
    await teacher.send(code);
    expect(teacher.lastText).toContain("new password was sent to their own chat");
  });

  it("a teacher who walks away: when the code runs out, the child is told once, and the code stays dead", async () => {
    const code = await codeSent();
    clock.advance(5 * MINUTE);
    await guidedCodeEnds(world.deps).runOnce();
    expect(await kidToldAfterCode()).toEqual([]);
    clock.advance(5 * MINUTE + 1000);
    await guidedCodeEnds(world.deps).runOnce();
    expect(await kidToldAfterCode()).toEqual([expect.stringContaining(STOPPED)]);
    // She comes back and types it: expired, and the child is not told again.
    await teacher.send(code);
    expect(teacher.lastText).toBe("That code has expired. Start again with /guided.");
    await guidedCodeEnds(world.deps).runOnce();
    expect(await kidToldAfterCode()).toEqual([expect.stringContaining(STOPPED)]);
    await passwordUnchanged();
  });

  it("a code's expiry check done twice (its lease ran out before it was noted done) tells the child once", async () => {
    await codeSent();
    // Redis does not take the note that the check is done (it stalled), so the check is due again.
    let finishes = 0;
    const store = new Proxy(world.deps.store, {
      get(target, property, receiver) {
        if (property === "finishJob") {
          return async () => {
            finishes += 1;
            throw new Error("Redis stalled");
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const checks = guidedCodeEnds({ ...world.deps, store });
    clock.advance(10 * MINUTE + 1000);
    await checks.runOnce();
    clock.advance(15 * MINUTE);
    await checks.runOnce();
    expect(finishes).toBe(2);
    expect(await stopsTold()).toBe(1);
  });

  it("a conversation that reaches its lifetime while waiting for the code ends the code, and says so", async () => {
    await teacher.send("/guided S1001");
    clock.advance(14 * MINUTE);
    await teacher.send("/help");
    clock.advance(12 * MINUTE);
    await teacher.press("Send a code");
    const code = String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);
    // 31 minutes after /guided: past DIALOG_MAX_MINUTES (30), while the code would work 5 more.
    clock.advance(5 * MINUTE);
    await teacher.send(code);
    expect(teacher.lastText).toContain("We stopped because this took too long.");
    expect(await kidToldAfterCode()).toEqual([expect.stringContaining(STOPPED)]);
    await passwordUnchanged();
  });

  it("three wrong codes: the child is told the code no longer works", async () => {
    const code = await codeSent();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) await teacher.send(wrong);
    expect(teacher.lastText).toBe("Too many wrong codes. Start again with /guided.");
    expect(await kidToldAfterCode()).toEqual([expect.stringContaining(STOPPED)]);
  });

  it("a finished reset sends the password and nothing more, even when the code's time runs out later", async () => {
    const code = await codeSent();
    await teacher.send(code);
    clock.advance(11 * MINUTE);
    await guidedCodeEnds(world.deps).runOnce();
    const told = await kidToldAfterCode();
    expect(told).toHaveLength(1);
    expect(told[0]).toContain("Tan Wei Ling, here is your new password");
  });

  it("the code running out while the directory sets the password says nothing after the password", async () => {
    const code = await codeSent();
    clock.advance(9 * MINUTE);
    const directory = world.memoryDirectory;
    const setPassword = directory.setPassword.bind(directory);
    let asked!: () => void;
    const reached = new Promise<void>((resolve) => (asked = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = vi.spyOn(directory, "setPassword").mockImplementation(async (...args) => {
      asked();
      await held;
      return setPassword(...args);
    });
    try {
      const typed = teacher.send(code);
      // A step that ends without setting the password fails here with its reply, not by a time-out.
      const asked = await Promise.race([reached.then(() => true), typed.then(() => false)]);
      expect(asked, `the password was not set; the teacher was told: ${teacher.lastText}`).toBe(true);
      // The directory is slow; meanwhile the code's expiry job runs.
      clock.advance(2 * MINUTE);
      await guidedCodeEnds(world.deps).runOnce();
      release();
      await typed;
    } finally {
      slow.mockRestore();
    }
    const told = await kidToldAfterCode();
    expect(told).toHaveLength(1);
    expect(told[0]).toContain("Tan Wei Ling, here is your new password");
  });

  it("the child reads it in their chat's language", async () => {
    await kid.send("/language");
    await kid.press("Bahasa Melayu");
    await codeSent();
    await teacher.send("/cancel");
    expect(await kidToldAfterCode()).toEqual([
      "Tan Wei Ling, guru kamu sudah berhenti membantu kamu dapat kata laluan baharu buat masa ini. Kod yang saya hantar kepada kamu tidak boleh digunakan lagi. Kalau kamu masih perlukan kata laluan baharu, tanya guru kamu.",
    ]);
  });
});

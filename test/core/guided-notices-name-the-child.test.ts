import { beforeEach, describe, expect, it } from "vitest";
import { disappearsIn } from "../../src/core/i18n/disappears-in.js";
import type { MessageKey } from "../../src/core/i18n/en.js";
import { translate } from "../../src/core/i18n/translate.js";
import { scheduleCodeEnd, type CodeEndJob } from "../../src/core/flows/staff/guided-code-end.js";
import { guidedCodeEnds } from "../../src/guided-code-ends.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { MINUTE } from "../helpers/security-helpers.js";
import {
  linkedOnOwnPhone,
  MRS_NG,
  noticesTo,
  PRIYA,
  type StaffOnOwnPhone,
  teacherOnOwnPhone,
} from "../helpers/staff-helpers.js";
import { familyPhone } from "../helpers/family-phone.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

const AISHA = "Aisha Binte Rahman";

/**
 * A family phone holds several children. A guided reset's code, "the code does not work any more", "here
 * is your new password" and "this chat was unlinked" went there with no name: a parent or a sibling could
 * not tell whose. Each now starts with the child's name, as the other notices about one child do.
 */
describe("on a family phone, a guided reset's messages name the child", () => {
  let world: TestWorld;
  let phone: TestChat;
  let teacher: TestChat;
  let admin: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone());
    phone = await familyPhone(world);
    admin = await linkedOnOwnPhone(world, PRIYA);
  });

  /** What the family phone was told since `since` notices, as it reads them. */
  async function phoneReads(since = 0): Promise<string[]> {
    await world.engine.settled();
    return noticesTo(world, phone)
      .slice(since)
      .map((n) => translate(n.reply.text, n.reply.language));
  }

  it("a teacher's code and the new password it brings say whose", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const [code] = await phoneReads();
    expect(code).toMatch(
      /^Tan Wei Ling, your teacher Mrs Ng Mei Hua is helping you get a new password\. Tell your teacher this code: \d{6}\n/,
    );
    await teacher.send(code!.match(/\d{6}/)![0]);
    const [, password] = await phoneReads();
    expect(password).toMatch(/^Tan Wei Ling, here is your new password:\n\n/);
  });

  it("an admin's code, and her stop, say whose", async () => {
    await admin.send("/guided S1002");
    await admin.press("Send a code");
    await admin.send("/cancel");
    const [code, stopped] = await phoneReads();
    expect(code).toMatch(
      /^Aisha Binte Rahman, Priya Nair \(IT\) from the school's computer team is helping you get a new password\./,
    );
    expect(stopped).toBe(
      "Aisha Binte Rahman, the school's computer team stopped helping you get a new password for now. The code I sent you does not work any more. If you still need a new password, ask your teacher.",
    );
  });

  it("a teacher's code that runs out says whose", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    clock.advance(11 * MINUTE);
    await guidedCodeEnds(world.deps).runOnce();
    const [, stopped] = await phoneReads();
    expect(stopped).toBe(
      "Tan Wei Ling, your teacher stopped helping you get a new password for now. The code I sent you does not work any more. If you still need a new password, ask your teacher.",
    );
  });

  it("a code's expiry job saved by an older version (no name in it) still says whose", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    // The job as a version before this one saved it: no studentName.
    const store = world.deps.store;
    const due = await store.claimDueJobs(
      "guided-code-end",
      clock.now() + 11 * MINUTE,
      10,
      clock.now() + 60 * MINUTE,
    );
    expect(due).toHaveLength(1);
    for (const { id, payload } of due) {
      await store.finishJob("guided-code-end", id);
      const { studentName: _dropped, ...older } = JSON.parse(payload) as Record<string, unknown>;
      await store.scheduleJob("guided-code-end", JSON.stringify(older), clock.now() + 10 * MINUTE);
    }
    clock.advance(11 * MINUTE);
    await guidedCodeEnds(world.deps).runOnce();
    const [, stopped] = await phoneReads();
    expect(stopped).toMatch(/^Tan Wei Ling, your teacher stopped helping you/);
  });

  it("a code's expiry job still runs for a name longer than a job may hold", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    // A directory's display name has no length limit; the job's name field has one.
    const longName = "Tan Wei Ling binti ".repeat(20).trim();
    const store = world.deps.store;
    const due = await store.claimDueJobs(
      "guided-code-end",
      clock.now() + 11 * MINUTE,
      10,
      clock.now() + 60 * MINUTE,
    );
    expect(due).toHaveLength(1);
    const ctx = { chat: teacher.ref, now: clock.now(), deps: world.deps, language: "en" as const };
    for (const { id, payload } of due) {
      await store.finishJob("guided-code-end", id);
      const { tries: _tries, ...job } = JSON.parse(payload) as CodeEndJob;
      await scheduleCodeEnd(ctx, { ...job, studentName: longName }, clock.now() + 10 * MINUTE);
    }
    clock.advance(11 * MINUTE);
    await guidedCodeEnds(world.deps).runOnce();
    const [, stopped] = await phoneReads();
    expect(stopped).toMatch(/^Tan Wei Ling binti Tan Wei Ling .*, your teacher stopped helping you/);
  });

  it("a lost phone's unlink says whose, by a teacher or the school's computer team, and how to link it again", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await teacher.press("Yes, I checked");
    await admin.send("/guided S1002");
    await admin.press("They can't use their chat");
    await admin.press("Yes, I checked");
    const [wei, aisha] = await phoneReads();
    expect(wei).toBe(
      "Tan Wei Ling, your teacher unlinked this chat from your school account, because you could not use it. If you did not ask for this, tell your teacher right away. To use this chat again, type /setup.",
    );
    expect(aisha).toBe(
      "Aisha Binte Rahman, the school's computer team unlinked this chat from your school account, because you could not use it. If you did not ask for this, tell your teacher right away. To use this chat again, type /setup.",
    );
  });

  it("says whose in every language, in the children's words", () => {
    const params = {
      name: AISHA,
      account: "MIMS",
      teacher: MRS_NG.name,
      admin: PRIYA.name,
      code: "123456",
      password: "Mango-Tiger-47",
      ...disappearsIn(300),
    };
    const keys: MessageKey[] = [
      "notice.unlinkedByTeacher",
      "notice.unlinkedByAdmin",
      "guided.codeForStudent",
      "guided.codeFromAdminForStudent",
      "guided.codeStoppedForStudent",
      "guided.codeStoppedByAdminForStudent",
      "guided.passwordForStudent",
    ];
    for (const language of ["en", "zh", "ms", "ta"] as const) {
      for (const key of keys) {
        const words = translate({ key, params }, language);
        expect(words.startsWith(AISHA), `${key} ${language}`).toBe(true);
        // Malay's "kamu", Tamil's நீ (Chinese says the same to a child and a teacher).
        if (language === "ms" || language === "ta")
          expect(childRegisterWords(language, words), `${key} ${language}`).not.toEqual([]);
        // What to do next, as /logout's "To link it again, type /setup" says.
        if (key.startsWith("notice.unlinkedBy")) expect(words, `${key} ${language}`).toContain("/setup");
      }
    }
  });
});

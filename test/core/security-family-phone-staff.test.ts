import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { translate } from "../../src/core/i18n/translate.js";
import { staffPasswordSubject } from "../../src/core/ports/limit-counters.js";
import { onTheTerminal, typedLines } from "../helpers/on-the-terminal.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import {
  expectOneWrongStaffPasswordCounted,
  linkStaff,
  MR_LEE,
  MRS_NG,
  PRIYA,
} from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A family phone: a child (S1001) and her mother, a teacher (T2001), linked to one chat. Whoever holds the
 * phone must not act as the teacher: every staff command asks for the teacher's own password first.
 */
const ASK = "This phone is also linked to a student, so only";
const WRONG = "Teach-Four-A-2025";

/** The family phone: Wei Ling (S1001) links it first, then her mother, Mrs Ng (T2001). */
async function familyPhone(world: TestWorld): Promise<TestChat> {
  const phone = world.chat("mums-phone");
  await phone.send("/setup");
  await phone.send("S1001");
  await phone.send(DEMO_PASSWORDS.S1001);
  await phone.send("/cancel");
  await linkStaff(phone, MRS_NG);
  return phone;
}

describe("a staff command on a phone shared with a student asks for the staff member's password", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = await familyPhone(world);
  });
  afterEach(async () => world.close());

  it("the reproduction on the terminal: no new password for a classmate without the teacher's password", async () => {
    const screen = await onTheTerminal(
      world,
      typedLines([
        ...["/setup", "S1001", DEMO_PASSWORDS.S1001, "/cancel"],
        ...["/setup", "T2001", MRS_NG.password, "/guided S1003", "1", "1"],
      ]),
    );
    expect(screen).toContain(ASK);
    expect(screen).not.toContain("new password is");
    expect(screen).not.toContain("How can Arjun Kumar prove it's them?");
  });

  it("a wrong password gets nothing, is deleted, counts like set-up's, and is an attempt about the teacher", async () => {
    const asked = await phone.send("/guided S1003");
    expect(phone.lastText).toContain(ASK);
    expect(asked.replies.at(-1)?.expectsSecret).toBe(true);

    const refused = await phone.send(WRONG);
    expect(refused.deleteInbound).toBe(true);
    expect(phone.lastText).toContain("password, so nothing was done");
    expect(phone.lastText).not.toContain("Arjun Kumar");
    expect(phone.buttons).toEqual([]);
    await expectOneWrongStaffPasswordCounted(world, "T2001", "telegram:mums-phone");
  });

  it("the right password goes on with the command, and the proof is for that one dialog only", async () => {
    await phone.send("/guided S1003");
    await phone.send(WRONG);
    const taken = await phone.send(MRS_NG.password);
    expect(taken.deleteInbound).toBe(true);
    expect(phone.lastText).toContain("How can Arjun Kumar prove it's them?");
    // The wrong try before it stays counted; the right one takes its own back.
    const tries = await world.deps.store.failureTimes(
      "staff-password",
      staffPasswordSubject("telegram:mums-phone", "T2001"),
      Date.now(),
      world.deps.limits.rules["staff-password"],
    );
    expect(tries).toHaveLength(1);
    await phone.send("/cancel");

    await phone.send("/unlock S1003");
    expect(phone.lastText).toContain(ASK);
  });

  it.each([
    ["/guided S1003", "How can Arjun Kumar prove it's them?"],
    ["/guided", "Which student?"],
    ["/unlock S1003", "Arjun Kumar"],
    ["/clearanswers S1003", "Arjun Kumar"],
    ["/coverage", "4A"],
  ])("%s asks first, and goes on after the right password", async (command, after) => {
    await phone.send(command);
    expect(phone.lastText).toContain(ASK);
    expect(phone.lastText).not.toContain(after);
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain(after);
  });

  it("/cancel at the password stops, with nothing done", async () => {
    await phone.send("/unlock S1003");
    await phone.send("/cancel");
    expect(phone.lastText).toContain("we stopped");
    await phone.send(MRS_NG.password);
    expect(phone.lastText).not.toContain("Arjun Kumar");
  });

  it("at the password prompt 'stop' is the password (a wrong one), as at set-up's", async () => {
    await phone.send("/coverage");
    const outcome = await phone.send("stop");
    expect(outcome.deleteInbound).toBe(true);
    expect(phone.lastText).toContain("password, so nothing was done");
  });

  it("three wrong passwords pause the teacher's password as set-up's do, and the admins are alerted", async () => {
    for (let i = 0; i < 3; i++) {
      await phone.send("/coverage");
      await phone.send(`${WRONG}-${i}`);
    }
    expect(phone.lastText).toContain("too many wrong passwords");
    // Her staff commands on this phone are paused, not her set-up (nor her own phone): the admins are told
    // that, and where, not "set-up for T2001 is paused".
    expect(world.alerts.raised.filter((a) => a.kind === "link-paused")).toEqual([]);
    const paused = world.alerts.raised.filter((a) => a.kind === "staff-password-paused");
    expect(paused.map((a) => a.subject)).toEqual(["T2001"]);
    expect(formatAlert(paused[0]!)).toContain(
      "The staff commands of T2001 on telegram:mums-phone are paused after 3 wrong passwords",
    );
    expect(formatAlert(paused[0]!)).not.toContain("Set-up for");
    // Paused: even the right password is not asked for.
    await phone.send("/coverage");
    expect(phone.lastText).toContain("too many wrong passwords");
    expect(phone.lastText).not.toContain("4A");
    // No one can lift a staff account's pause (an admin's /unlock refuses staff accounts): it says so,
    // rather than sending her to IT for nothing.
    expect(phone.lastText).toContain("ends by itself");
    expect(phone.lastText).not.toContain("IT team");
  });

  it("a chat paused for its failed tries is told so, and no password is asked", async () => {
    const ctx = { chat: phone.ref, now: Date.now(), deps: world.deps, language: "en" as const };
    for (let i = 0; i < 10; i++)
      await world.deps.limits.fail(ctx, "chat", "telegram:mums-phone", { about: `S100${i}` });
    await phone.send("/coverage");
    expect(phone.lastText).toContain("too many tries from this chat");
    expect(phone.last.replies.at(-1)?.expectsSecret).not.toBe(true);
  });

  it("neither the right nor a wrong password reaches a log line or Redis", async () => {
    await phone.send("/guided S1003");
    await phone.send(WRONG);
    await phone.send(MRS_NG.password);
    await phone.press("I checked them in person");
    const dump = await world.redisDump();
    for (const secret of [WRONG, MRS_NG.password]) {
      expect(world.logs.text).not.toContain(secret);
      expect(dump).not.toContain(secret);
    }
  });

  it("a password typed after the command, on the same line, is not kept while the password is asked", async () => {
    const typed = await phone.send(`/guided ${MRS_NG.password}`);
    // Deleted from the chat, as the same words after a student's command are.
    expect(typed.deleteInbound).toBe(true);
    expect(world.logs.text).not.toContain(MRS_NG.password);
    expect(phone.lastText).toContain(ASK);
    expect(await world.redisDump()).not.toContain(MRS_NG.password);
    await phone.send(MRS_NG.password);
    // The command goes on with no student named: it asks which.
    expect(phone.lastText).toContain("Which student");
    expect(await world.redisDump()).not.toContain(MRS_NG.password);
  });

  it("a child who moves her link to a chat of her own leaves the phone asking still", async () => {
    const ownPhone = world.chat("her-own-phone");
    await ownPhone.send("/setup");
    await ownPhone.send("S1001");
    await ownPhone.send(DEMO_PASSWORDS.S1001);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001"]);
    await phone.send("/guided S1003");
    expect(phone.lastText).toContain(ASK);
  });

  it("a family phone linked before the mark existed is marked at its first staff command", async () => {
    await world.redis.del(`${world.prefix}{c:telegram%003amums-phone}:shared`);
    expect(await world.deps.store.wasSharedWithStudent(phone.ref)).toBe(false);
    await phone.send("/coverage");
    expect(phone.lastText).toContain(ASK);
    await phone.send("/cancel");
    expect(await world.deps.store.wasSharedWithStudent(phone.ref)).toBe(true);
  });

  it("a staff dialog left open by the version before the password step goes no further without it", async () => {
    // 0d9f7ed asked no password here: /guided on the family phone went straight to "Which student?", and
    // that dialog, open at the upgrade, is stored with no proof. The child finds it on the new version.
    await phone.send("/guided");
    await phone.send(MRS_NG.password);
    const key = `${world.prefix}{c:telegram%003amums-phone}:dialog`;
    const value = (await world.redis.get(key))!;
    const revision = value.slice(0, value.indexOf(":"));
    const stored = JSON.parse(value.slice(revision.length + 1)) as { sharedPhone?: true };
    expect(stored.sharedPhone).toBe(true);
    delete stored.sharedPhone;
    await world.redis.set(key, `${revision}:${JSON.stringify(stored)}`, "KEEPTTL");

    await phone.send("S1003");
    expect(phone.lastText).not.toContain("prove it's them");
    expect(phone.lastText).toContain("Type the command again, and I will ask for your password first");
    await phone.send("S1003");
    expect(phone.lastText).not.toContain("prove it's them");
    await phone.send("/guided S1003");
    expect(phone.lastText).toContain(ASK);
  });

  it("so does a phone the teacher linked first, once a child linked there too", async () => {
    const other = world.chat("dads-phone");
    await linkStaff(other, MR_LEE);
    await other.send("/setup");
    await other.send("S1004");
    await other.send(DEMO_PASSWORDS.S1004);
    await other.send("/cancel");
    await other.send("/logout");
    await other.press("Chloe Lim");
    expect(await world.deps.store.linkedPeople(other.ref)).toEqual(["t2002"]);
    await other.send("/guided S1005");
    expect(other.lastText).toContain(ASK);
  });

  it("with a teacher and an admin on the phone, the admin acts: her password is asked for, by name", async () => {
    await linkStaff(phone, PRIYA);
    await phone.send("/coverage 4A");
    expect(phone.lastText).toContain(ASK);
    expect(phone.lastText).toContain(PRIYA.name);
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain(`That is not ${PRIYA.name}'s password`);
    await phone.send(PRIYA.password);
    expect(phone.lastText).toContain("4A");
  });

  it.each([["/audit S1001"], ["/stats"], ["/export 7"]])("an admin's %s asks too", async (command) => {
    await linkStaff(phone, PRIYA);
    await phone.send(command);
    expect(phone.lastText).toContain(ASK);
  });

  // Her daughter reads "Help a student get a new password" as hers, taps it, and reads "Type your password":
  // she typed her own, three times, and paused her mother's staff password for an hour.
  it("says whose password it is, and how anyone else goes back: the child who tapped her mother's button", async () => {
    await phone.send("/start");
    await phone.press("Help a student get a new password");
    expect(phone.lastText).toContain("so only Mrs Ng Mei Hua can go on here");
    expect(phone.lastText).toContain("Not Mrs Ng Mei Hua? Type /cancel to go back.");
    await phone.send(DEMO_PASSWORDS.S1001);
    expect(phone.lastText).toContain("That is not Mrs Ng Mei Hua's password, so nothing was done.");
    expect(phone.lastText).toContain("Not Mrs Ng Mei Hua? Type /cancel to go back.");
    await phone.send(DEMO_PASSWORDS.S1001);
    await phone.send(DEMO_PASSWORDS.S1001);
    // Addressed to her mother by name: the child does not read the pause as hers.
    expect(phone.lastText).toMatch(
      /^Mrs Ng Mei Hua, I will not ask for your password in this chat for \d+ minutes/,
    );
    expect(phone.lastText).not.toContain("too many wrong passwords for your account");
  });

  // A wrong password got its refusal, which asked for the password again and said how to go back, and
  // then the whole prompt, which says both again: two long messages for one wrong password.
  it.each(["en", "zh", "ms", "ta"])(
    "a wrong password is refused in %s, then asked for once, by the prompt that follows",
    async (language) => {
      const names: Record<string, string> = { en: "English", zh: "中文", ms: "Bahasa Melayu", ta: "தமிழ்" };
      await phone.send("/language");
      await phone.press(names[language]!);
      await phone.send("/unlock S1002");
      await phone.send(DEMO_PASSWORDS.S1001);
      const keys = phone.last.replies.map((reply) => reply.text.key);
      expect(keys).toEqual(["staff.stepUpWrongPassword", "staff.stepUpAskPassword"]);
      const refusal = translate(phone.last.replies[0]!.text, language);
      expect(refusal).not.toContain("/cancel");
      expect(refusal).toContain("Mrs Ng Mei Hua");
    },
  );

  it('the menu tells the children which button is theirs (not "Help a student get a new password")', async () => {
    await phone.send("/start");
    expect(phone.lastText).toContain('Students: to get a new password, choose "I forgot my password".');
    expect(phone.buttons).toContain("I forgot my password");
    const own = world.chat("mrs-ngs-own-phone");
    await linkStaff(own, MRS_NG);
    await own.send("/start");
    expect(own.lastText).not.toContain("Students:");
  });

  it.each([
    ["zh", "\u6211\u5FD8\u4E86\u5BC6\u7801"],
    ["ms", "Saya lupa kata laluan"],
    [
      "ta",
      "\u0B8E\u0BA9\u0BCD \u0B95\u0B9F\u0BB5\u0BC1\u0B9A\u0BCD\u0B9A\u0BCA\u0BB2\u0BCD \u0BAE\u0BB1\u0BA8\u0BCD\u0BA4\u0BC1\u0BB5\u0BBF\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1",
    ],
  ] as const)("in %s the menu names the children's button as it reads", async (language, label) => {
    await world.deps.store.setChatLanguage(phone.ref, language);
    await phone.send("/start");
    const welcome = phone.last.replies.find((r) => r.choices !== undefined)!;
    expect(translate(welcome.text, language)).toContain(label);
    expect(phone.buttons).toContain(label);
  });

  it.each([
    ["zh", "\u4E0D\u662F Mrs Ng Mei Hua"],
    ["ms", "Bukan Mrs Ng Mei Hua?"],
    [
      "ta",
      "\u0BA8\u0BC0\u0B99\u0BCD\u0B95\u0BB3\u0BCD Mrs Ng Mei Hua \u0B87\u0BB2\u0BCD\u0BB2\u0BC8\u0BAF\u0BBE?",
    ],
  ] as const)("in %s too, whose password it is and how to go back", async (language, notHer) => {
    await world.deps.store.setChatLanguage(phone.ref, language);
    await phone.send("/coverage");
    expect(phone.lastText).toContain(notHer);
    expect(phone.lastText).toContain("/cancel");
    await phone.send(WRONG);
    expect(phone.lastText).toContain(notHer);
    for (let i = 0; i < 2; i++) await phone.send(`${WRONG}-${i}`);
    expect(phone.lastText).toContain("Mrs Ng Mei Hua");
  });

  it.each([
    ["ms", "Bahasa Melayu", "Taip kata laluan anda untuk teruskan"],
    ["ta", "தமிழ்", "தொடர உங்கள் கடவுச்சொல்லைத் தட்டச்சு செய்யுங்கள்"],
  ] as const)("in %s the teacher is asked in the adult register", async (language, button, words) => {
    await phone.send("/language");
    await phone.press(button);
    await phone.send("/coverage");
    expect(phone.lastText).toContain(words);
    expect(childRegisterWords(language, phone.lastText)).toEqual([]);
    await phone.send(WRONG);
    expect(childRegisterWords(language, phone.lastText)).toEqual([]);
  });
});

describe("a chat linked only to its teacher, within STAFF_PASSWORD_AGAIN_MINUTES of her password", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it("/guided goes straight on, with no password asked", async () => {
    world = await TestWorld.create();
    const teacher = world.chat("teachers-phone");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/guided S1003");
    expect(teacher.lastText).toContain("How can Arjun Kumar prove it's them?");
    expect(teacher.lastText).not.toContain(ASK);
  });
});

describe("a staff dialog proven with the password on a family phone, left open", () => {
  const START = new Date("2026-03-02T08:00:00Z").getTime();
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
    world = await TestWorld.create();
    phone = await familyPhone(world);
    await phone.send("/guided");
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("Which student");
  });
  afterEach(async () => {
    vi.useRealTimers();
    await world.close();
  });

  it("ends after 5 quiet minutes, not 15: the child who picks the phone up finds it closed", async () => {
    vi.setSystemTime(START + 5 * 60_000 + 1_000);
    await phone.send("S1003");
    expect(phone.lastText).not.toContain("prove it's them");
    expect(phone.lastText).toContain("We stopped");
  });

  it("goes on for the teacher who answers within the 5 minutes", async () => {
    vi.setSystemTime(START + 4 * 60_000);
    await phone.send("S1003");
    expect(phone.lastText).toContain("prove it's them");
    // Each later staff step keeps the 5 minutes.
    vi.setSystemTime(START + 9 * 60_000 + 1_000);
    await phone.press(phone.buttons[0]!);
    expect(phone.lastText).toContain("We stopped");
  });

  it("keeps the usual idle time: a set-up begun with /setup there is not cut off after 5 minutes", async () => {
    await phone.send("/setup");
    expect(phone.lastText).toContain("user ID");
    vi.setSystemTime(START + 6 * 60_000);
    await phone.send("S1002");
    expect(phone.lastText).not.toContain("We stopped");
    expect(phone.last.replies.at(-1)?.expectsSecret).toBe(true);
  });
});

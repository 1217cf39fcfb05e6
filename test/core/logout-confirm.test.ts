import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buttonIn, openStep, textsOf, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { LOGOUT_BUTTON } from "../helpers/logout.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const MINUTE = 60_000;
const START = new Date("2026-03-02T08:00:00Z").getTime();
const ASKED =
  "Do you want to unlink this chat from your account? To link it again, you will need your password. Your secret answers will stay saved.";
const KEPT = "Okay, this chat is still linked to your account. Nothing was changed.";

/**
 * /logout sits in Telegram's command menu, between /help and /language: one stray tap must not unlink a
 * child who may not remember her password to link again. It asks first; only "Yes, unlink" unlinks.
 */
describe("/logout asks before it unlinks", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const linked = async (chat: TestChat = kid) => world.deps.store.linkedPeople(chat.ref);
  const unlinkAudits = async () =>
    (await world.deps.store.recentAudit(100)).filter((e) => e.event === "unlink");

  it("a child's accidental /logout leaves her linked until she taps 'Yes, unlink'", async () => {
    await kid.send("/logout");
    expect(kid.lastText).toBe(ASKED);
    expect(kid.buttons).toEqual([LOGOUT_BUTTON, "No, keep it"]);
    expect(await linked()).toEqual(["s1001"]);
    expect(await unlinkAudits()).toEqual([]);

    await kid.press(LOGOUT_BUTTON);
    expect(kid.lastText).toBe(
      "This chat is no longer linked to your account. To link it again, type /setup.",
    );
    expect(await linked()).toEqual([]);
    expect((await unlinkAudits()).map((e) => e.subject)).toEqual(["S1001"]);
    // Her answers are kept: linking again with her password, they still work.
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).not.toBeNull();
  });

  it("'No, keep it' keeps the chat linked, says so, and audits nothing", async () => {
    await kid.send("/logout");
    await kid.press("No, keep it");
    expect(kid.lastText).toBe(KEPT);
    expect(await linked()).toEqual(["s1001"]);
    expect(await openStep(world, kid)).toBeNull();
    expect(await unlinkAudits()).toEqual([]);
  });

  it.each(["/cancel", "stop", "/start"])(
    "%s at the question keeps the chat linked, and says so",
    async (typed) => {
      await kid.send("/logout");
      await kid.send(typed);
      expect(kid.lastText).toContain(KEPT);
      expect(await linked()).toEqual(["s1001"]);
    },
  );

  it("a stray /logout in the middle of set-up says first what the stopped set-up leaves", async () => {
    const other = world.chat("aisha");
    await other.send("/setup");
    await other.send("S1002");
    await other.send(DEMO_PASSWORDS.S1002);
    await other.send("/logout");
    expect(other.last.replies.map((r) => r.text.key)).toEqual(["chat.cancelledLinked", "logout.confirm"]);
    await other.press("No, keep it");
    expect(other.lastText).toBe(KEPT);
  });

  it("a typed number does not unlink: only a tap counts, so a '1' meant for another question cannot", async () => {
    await kid.send("/logout");
    await kid.send("1");
    expect(kid.lastText).toContain("Please tap a button. Typed words or numbers do not count at this step");
    expect(kid.lastText).toContain(ASKED);
    expect(await linked()).toEqual(["s1001"]);
  });

  it("an old 'Yes, unlink' does nothing: after 'No, keep it', or after a second /logout was answered", async () => {
    const first = await kid.send("/logout");
    await kid.press("No, keep it");
    await kid.deliver({ choice: buttonIn(first, LOGOUT_BUTTON) });
    expect(kid.lastText).toContain("That button is old");
    expect(await linked()).toEqual(["s1001"]);
  });

  it("/logout tapped twice asks once, and either question's buttons answer it", async () => {
    const first = await kid.send("/logout");
    await kid.send("/logout");
    expect(kid.lastText).toBe(ASKED);
    expect(await linked()).toEqual(["s1001"]);
    await kid.deliver({ choice: buttonIn(first, "No, keep it") });
    expect(kid.lastText).toBe(KEPT);
    expect(await linked()).toEqual(["s1001"]);
  });

  it("a /logout delivered twice by the platform asks once and unlinks nothing", async () => {
    await kid.deliver({ text: "/logout", updateId: "tg-77" });
    const again = await kid.deliver({ text: "/logout", updateId: "tg-77" });
    expect(again.duplicate).toBe(true);
    expect(await linked()).toEqual(["s1001"]);
  });

  it("left unanswered, the question ends quietly: the chat stays linked and its button is old", async () => {
    const asked = await kid.send("/logout");
    vi.setSystemTime(START + 16 * MINUTE);
    await kid.deliver({ choice: buttonIn(asked, LOGOUT_BUTTON) });
    expect(kid.lastText).toContain("That button is old");
    expect(kid.lastText).not.toContain("We stopped");
    expect(await linked()).toEqual(["s1001"]);
  });

  it("in every language, with the buttons in it", async () => {
    for (const [language, button] of [
      ["中文", "是的，解除连接"],
      ["Bahasa Melayu", "Ya, putuskan"],
      ["தமிழ்", "ஆம், பிரி"],
    ] as const) {
      await kid.send("/language");
      await kid.press(language);
      await kid.send("/logout");
      expect(kid.buttons[0]).toBe(button);
      expect(kid.buttons).toHaveLength(2);
      await kid.press(kid.buttons[1]!);
      expect(await linked()).toEqual(["s1001"]);
    }
  });

  it("a teacher is asked in staff words (Malay anda, Tamil நீங்கள்), and unlinked only when she says yes", async () => {
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/logout");
    expect(teacher.lastText).toBe(
      "Do you want to unlink this chat from your account? To link it again, you will need your password.",
    );
    expect(teacher.last.register).toBe("staff");
    await teacher.send("/language");
    await teacher.press("Bahasa Melayu");
    await teacher.send("/logout");
    expect(teacher.lastText).toContain("akaun anda");
    expect(teacher.lastText).not.toContain("kamu");
    await teacher.press("Tidak, kekalkan");
    expect(teacher.lastText).toContain("akaun anda");
    expect(await linked(teacher)).toEqual(["t2001"]);
    await teacher.send("/language");
    await teacher.press("தமிழ்");
    await teacher.send("/logout");
    expect(teacher.lastText).toContain("உங்கள்");
    await teacher.press("ஆம், பிரி");
    expect(teacher.lastText).toContain("உங்கள் கணக்குடன் இணைக்கப்படவில்லை");
    expect(await linked(teacher)).toEqual([]);
  });
});

describe("/logout on a family phone: choosing who is the confirmation", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("mums-phone");
    for (const id of ["S1001", "S1002"] as const) {
      await phone.send("/setup");
      await phone.send(id);
      await phone.send(DEMO_PASSWORDS[id]);
      await phone.send("/cancel");
    }
  });
  afterEach(async () => world.close());

  it("asks once, says what unlinking means, and offers to keep everyone", async () => {
    await phone.send("/logout");
    expect(phone.lastText).toBe(
      "Who should I unlink from this chat? To link again, they will need their password. Their secret answers will stay saved.",
    );
    expect(phone.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman", "Everyone", "No, keep everyone"]);
    await phone.press("No, keep everyone");
    expect(phone.lastText).toBe("Okay, everyone is still linked to this chat. Nothing was changed.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
  });

  it("'Everyone' unlinks those the list named, not a sibling linked here since", async () => {
    await phone.send("/logout");
    // Arjun is linked here while the list is open (his own /setup, on another replica).
    expect(await world.deps.store.link(phone.ref, "S1003", 5)).toMatchObject({ full: false });
    expect(await world.deps.store.linkedPeople(phone.ref)).toHaveLength(3);
    await phone.press("Everyone");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1003"]);
  });

  const KEPT_EVERYONE = "Okay, everyone is still linked to this chat. Nothing was changed.";

  for (const command of ["/start", "/cancel", "/setup", "/reset", "stop"]) {
    it(`${command} there says everyone is still linked, as the one-person question says the chat is`, async () => {
      await phone.send("/logout");
      const texts = textsOf(await phone.send(command));
      expect(texts[0]).toBe(KEPT_EVERYONE);
      expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
    });
  }

  it("left unanswered, the question ends quietly, as the one-person question does", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      await phone.send("/logout");
      vi.setSystemTime(Date.now() + 16 * MINUTE);
      const texts = textsOf(await phone.send("hello"));
      expect(texts.join("\n")).not.toContain("We stopped");
    } finally {
      vi.useRealTimers();
    }
  });

  it("a typed name picks no one there either, and the hint does not speak of a number she never typed", async () => {
    await phone.send("/logout");
    await phone.send("Tan Wei Ling");
    expect(phone.lastText).toContain(
      "Please tap a button. Typed words or numbers do not count at this step, so nothing happens by mistake.",
    );
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
  });

  it("a typed number picks no one there: only a tap unlinks", async () => {
    await phone.send("/logout");
    await phone.send("1");
    expect(phone.lastText).toContain("Please tap a button.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
    await phone.press("Tan Wei Ling");
    expect(phone.lastText).toBe("Tan Wei Ling is no longer linked to this chat. To link again, type /setup.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1002"]);
  });
});

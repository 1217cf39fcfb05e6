import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => world.close());

/** A fresh world with these settings (and channel options), and a kid in it. */
async function recreate(
  env: Record<string, string>,
  overrides: Parameters<typeof SlackWorld.create>[1] = {},
): Promise<void> {
  await world.close();
  world = await SlackWorld.create(env, overrides);
  kid = new SlackKid(world);
}

const MINUTE = 60_000;
const localeCalls = () => world.api.callsTo("users.info").filter((c) => c.args.include_locale === "true");
const warnings = (words: string) =>
  world.logs.lines.filter((line) => line.includes(words) && line.includes('"level":40'));

describe("Slack in the student's language", () => {
  it("/sspr language, Bahasa Melayu: the messages, the box's title and buttons, and the Home tab in Malay", async () => {
    await kid.command("language");
    expect(kid.said).toContain("Which language would you like?");
    await kid.pressButton("Bahasa Melayu");
    expect(kid.said).toContain("Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu");

    await kid.command("setup");
    expect(kid.boxText).toContain("Taip ID pengguna kamu.");
    await kid.submitBox("S1001");
    expect(kid.boxText).toContain("Orang lain tidak nampak apa yang kamu taip dalam kotak.");
    expect(kid.boxText).not.toContain("padam");
    const view = kid.box?.view as unknown as { title: { text: string }; submit: { text: string } };
    expect(view.title.text).toBe("Pembantu kata laluan");
    expect(view.submit.text).toBe("Hantar");

    await kid.openHome();
    expect(kid.homeText).toContain("Pembantu kata laluan sekolah");

    // A password typed in the DM (at the password step): how to delete it, in Malay too.
    await kid.message("Tiger-Boat-90");
    expect(kid.said).toContain("jadi sila padam sendiri.");
    expect(kid.said).toContain("tekan lama mesej itu, kemudian tekan Delete message.");
    expect(kid.said).not.toContain("Please");
  });

  it("a password asked in the DM: the 'type it privately' box is in the student's language too", async () => {
    await kid.command("language");
    await kid.pressButton("中文");
    await kid.command("setup");
    await kid.message("S1001");
    expect(kid.said).toContain("现在请输入你的密码。");
    await kid.pressButton("私下输入");
    expect(kid.boxText).toContain("现在请输入你的密码。");
    expect(kid.boxText).toContain("你在框里输入的内容，别人看不到。");
    expect(kid.boxText).not.toContain("删掉");
    const view = kid.box?.view as unknown as { title: { text: string }; submit: { text: string } };
    expect(view.title.text).toBe("密码小帮手");
    expect(view.submit.text).toBe("发送");
  });
});

describe("the Slack user's own language (SLACK_USER_LOCALE, on by default)", () => {
  it("before any choice, the Slack user's locale; /sspr language still wins", async () => {
    world.api.setUser(kid.userId, { locale: "zh-CN" });
    await kid.message("hi");
    expect(kid.said).toContain("你好！我可以帮你处理学校账号的密码。");
    await kid.command("language");
    await kid.pressButton("தமிழ்");
    await kid.message("hi");
    expect(kid.said).toContain("வணக்கம்!");
  });

  it("the Home tab, and the note for a command typed in a channel, follow it too", async () => {
    world.api.setUser(kid.userId, { locale: "ms-MY" });
    await kid.openHome();
    expect(kid.homeText).toContain("Pembantu kata laluan sekolah");
    await kid.command("help", "C0GENERAL1");
    expect(kid.response.body).toContain("Sila hantar mesej peribadi kepada saya.");
  });

  it("a locale the school does not offer, or none: the school's DEFAULT_LANGUAGE", async () => {
    await recreate({ DEFAULT_LANGUAGE: "ms" });
    world.api.setUser(kid.userId, { locale: "fr-FR" });
    await kid.message("hi");
    expect(kid.said).toContain("Hai! Saya boleh bantu kamu");
    const stranger = new SlackKid(world, "U0NOPROFILE");
    await stranger.message("hi");
    expect(stranger.said).toContain("Hai! Saya boleh bantu kamu");
  });

  it("is read once per user and kept for 30 minutes, not asked for with every message", async () => {
    world.api.setUser(kid.userId, { locale: "zh-CN" });
    for (const words of ["hi", "/help", "hello"]) await kid.message(words);
    await kid.command("help");
    expect(localeCalls()).toHaveLength(1);
    world.advance(29 * MINUTE);
    await kid.message("hi");
    expect(localeCalls()).toHaveLength(1);
    world.advance(2 * MINUTE);
    world.api.setUser(kid.userId, { locale: "ta-SG" });
    await kid.message("hi");
    expect(localeCalls()).toHaveLength(2);
    expect(kid.said).toContain("வணக்கம்!");
  });

  it("without the users:read scope: the school's default, one warning naming the scope, and a pause", async () => {
    await recreate({ DEFAULT_LANGUAGE: "ms" });
    world.api.lackScope("users.info", "users:read");
    const classmate = new SlackKid(world, "U0KID00002");
    world.api.setUser(kid.userId, { locale: "zh-CN" });
    await kid.message("hi");
    expect(kid.said).toContain("Hai! Saya boleh bantu kamu");
    for (const someone of [kid, classmate, kid, classmate]) await someone.message("hello");
    expect(localeCalls()).toHaveLength(1);
    expect(warnings("users:read")).toHaveLength(1);

    // An hour later it asks again (the app may have been reinstalled with the scope), and warns no more.
    world.advance(61 * MINUTE);
    await kid.message("hi");
    expect(localeCalls()).toHaveLength(2);
    expect(warnings("users:read")).toHaveLength(1);

    world.api.grantScope("users.info");
    world.advance(61 * MINUTE);
    await kid.message("hi");
    expect(kid.said).toContain("你好！");
  });

  it("a Slack that does not answer: the school's default within PLATFORM_TIMEOUT_MS, then a pause", async () => {
    await recreate({ DEFAULT_LANGUAGE: "ms" }, { channel: () => ({ timeoutMs: 200 }) });
    world.api.hang("users.info");
    const started = Date.now();
    await kid.message("hi");
    expect(kid.said).toContain("Hai! Saya boleh bantu kamu");
    // 200 ms for the locale; the rest is room for a busy machine (Bolt's first event is slow to warm up).
    expect(Date.now() - started).toBeLessThan(2_200);
    const classmate = new SlackKid(world, "U0KID00002");
    await classmate.message("hi");
    expect(classmate.said).toContain("Hai! Saya boleh bantu kamu");
    expect(world.api.hungCalls).toBe(1);
    expect(warnings("locale")).toHaveLength(1);
  });

  it("SLACK_USER_LOCALE=false: Slack is not asked, and the school's default is used", async () => {
    await recreate({ SLACK_USER_LOCALE: "false" });
    world.api.setUser(kid.userId, { locale: "zh-CN" });
    await kid.message("hi");
    expect(kid.said).toContain("Hi! I can help you");
    expect(world.api.callsTo("users.info")).toEqual([]);
  });
});

describe("/sspr language while a box asks the step's question", () => {
  it("shows the languages as buttons (not a box with none to pick), then the question in the new language", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox("Garden-Lamp-21");
    await kid.pressButton("favourite animal");
    await kid.command("language");
    expect(kid.said).toContain("Which language would you like?");
    await kid.pressButton("中文");
    expect(kid.boxText).toContain("你最喜欢的动物是什么？");
    await kid.submitBox("大象");
    expect(kid.said).toContain("请选第 2 个问题（共 3 个）。");
  });
});

describe("/sspr language at a secret step, the language kept", () => {
  it("the question that follows the list still offers the private box, so the answer is never typed in the DM", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox("Garden-Lamp-21");
    await kid.pressButton("favourite animal");
    await kid.command("language");
    expect(kid.said).toContain("Which language would you like?");
    // She keeps her language and goes on with the question: its box opens from the DM.
    await kid.pressButton("Type it privately");
    expect(kid.boxText).toContain("What is your favourite animal?");
    await kid.submitBox("Elephant");
    expect(kid.said).toContain("Choose question 2 of 3.");
    expect(world.postedMessages()).not.toContain("Elephant");
  });
});

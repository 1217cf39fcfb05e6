import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramWorld } from "./telegram-world.js";
import { TelegramKid } from "./telegram-kid.js";

const PASSWORD = "Garden-Lamp-21";
const ANSWERS: Record<string, string> = { 动物: "熊猫", 颜色: "紫色", 食物: "鸡饭" };
const answerFor = (asked: string) =>
  Object.entries(ANSWERS).find(([word]) => asked.includes(word))?.[1] ?? "不知道";

/** A Telegram user whose app is set to `languageCode`. */
class KidWithApp extends TelegramKid {
  constructor(
    world: TelegramWorld,
    userId: number,
    private readonly languageCode: string,
  ) {
    super(world, userId);
  }

  override get from() {
    return { ...super.from, language_code: this.languageCode };
  }
}

describe("Telegram in the student's language", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  beforeEach(async () => {
    ({ world, channel } = await TelegramWorld.create());
  });
  afterEach(async () => world.close(channel));

  it("an app set to Malay gets Malay before any choice", async () => {
    const kid = new KidWithApp(world, 515151, "ms");
    await kid.say("/start");
    expect(kid.texts.join()).toContain("Hai! Saya boleh bantu kamu");
  });

  it("Telegram's own tags for Chinese and Tamil apps (zh-hans, zh-hant, ta-raw) get Chinese and Tamil", async () => {
    for (const [userId, code, hello] of [
      [525201, "zh-hans", "你好！"],
      [525202, "zh-hant", "你好！"],
      [525203, "ta-raw", "வணக்கம்!"],
      [525204, "en-GB", "Hi! I can help you"],
    ] as const) {
      const kid = new KidWithApp(world, userId, code);
      await kid.say("/start");
      expect(kid.texts.join(), code).toContain(hello);
    }
  });

  it("/language, 中文, then a whole set-up and reset in Chinese with the answers' secrets deleted", async () => {
    const kid = new KidWithApp(world, 616161, "en");
    await kid.say("/language");
    expect(kid.texts.join()).toContain("Which language would you like?");
    await kid.press("中文");
    expect(kid.texts.join()).toContain("好的！现在我用中文和你说话。");

    await kid.press("设置我的秘密问题");
    await kid.say("S1001");
    const secretMessages = [await kid.say(PASSWORD)];
    expect(kid.texts.join()).toContain("太好了，是你，Tan Wei Ling！");
    for (const word of Object.keys(ANSWERS)) {
      await kid.press(`你最喜欢的${word}`);
      secretMessages.push(await kid.say(ANSWERS[word]!));
    }
    expect(kid.texts.join()).toContain("完成了！你的 3 个秘密问题保存好了。");

    await kid.say("/reset");
    // From the linked chat no user ID is asked.
    expect(kid.texts.join()).toContain("你好，Tan Wei Ling！我们来给你做一个新密码吧。");
    for (let i = 0; i < 3; i++) secretMessages.push(await kid.say(answerFor(kid.texts.at(-1)!)));
    expect(kid.texts.join()).toContain("真棒，3 个答案都对了！");
    await kid.press("帮我做一个");
    expect(kid.texts.join()).toContain("你的新密码是：");

    const deleted = world.api.callsTo("deleteMessage").map((c) => c.payload.message_id);
    expect(deleted).toEqual(secretMessages);
  });
});

describe("an app language the school does not offer", () => {
  it("gets the school's DEFAULT_LANGUAGE, not English", async () => {
    const { world, channel } = await TelegramWorld.create({ LANGUAGES: "en,ms,ta", DEFAULT_LANGUAGE: "ms" });
    try {
      for (const [userId, code] of [
        [535301, "fr"],
        [535302, "zh-hans"],
        [535303, "id"],
      ] as const) {
        const kid = new KidWithApp(world, userId, code);
        await kid.say("/start");
        expect(kid.texts.join(), code).toContain("Hai! Saya boleh bantu kamu");
      }
    } finally {
      await world.close(channel);
    }
  });
});

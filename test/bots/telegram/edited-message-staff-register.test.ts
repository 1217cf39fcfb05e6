import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { LANGUAGE_NAMES } from "../../../src/core/i18n/languages.js";
import { childRegisterWords } from "../../helpers/register-words.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A teacher who edits a message is told the bot removed it (or, for one too old to delete, to delete it
 * herself). In Malay and Tamil that notice spoke to her as to a child ("mesej yang kamu ubah", "புதிய செய்தி
 * அனுப்பு"), while every other message to a teacher says "anda" and நீங்கள். A teacher or admin now reads
 * the adult register; a child keeps hers.
 */
let world: TelegramWorld;
let channel: TelegramChannel;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
});
afterEach(async () => world.close(channel));

async function speaks(who: TelegramKid, language: "ms" | "ta"): Promise<void> {
  await who.say("/language");
  await who.press(LANGUAGE_NAMES[language]);
}

async function linkTeacher(language: "ms" | "ta"): Promise<TelegramKid> {
  const teacher = new TelegramKid(world, 515151, { id: 515151, type: "private", first_name: "Mei Hua" });
  await teacher.say("/setup");
  await teacher.say("T2001");
  await teacher.say("Teach-Four-A-2026");
  expect(teacher.texts.join()).toContain("now linked to your account");
  await speaks(teacher, language);
  return teacher;
}

function refuseDeletion(): void {
  world.api.failNext("deleteMessage", 400, {
    ok: false,
    error_code: 400,
    description: "Bad Request: message can't be deleted",
  });
}

describe.each(["ms", "ta"] as const)("an edited message's notice to a teacher speaking %s", (language) => {
  it("is in the adult register, removed or too old to remove", async () => {
    const teacher = await linkTeacher(language);
    const sent = await teacher.say("hai");
    await teacher.edit(sent, "hai!");
    expect(teacher.lastCalls.map((c) => c.method)).toEqual(["deleteMessage", "sendMessage"]);
    expect(teacher.texts).toHaveLength(1);
    expect(childRegisterWords(language, teacher.texts[0]!)).toEqual([]);

    const old = await teacher.say("hai");
    refuseDeletion();
    await teacher.edit(old, "Teach-Four-A-2026");
    expect(teacher.texts).toHaveLength(1);
    expect(teacher.texts[0]).toContain(language === "ms" ? "sila padam sendiri" : "நீக்குங்கள்");
    expect(childRegisterWords(language, teacher.texts[0]!)).toEqual([]);
  });

  it("at a teacher's own question, is in the adult register, and the question is asked again", async () => {
    const teacher = await linkTeacher(language);
    const command = await teacher.say("/unlock");
    const asked = teacher.texts.at(-1)!;
    refuseDeletion();
    await teacher.edit(command, "/unlock S1001");
    expect(teacher.texts).toHaveLength(2);
    expect(childRegisterWords(language, teacher.texts[0]!)).toEqual([]);
    expect(teacher.texts[1]).toBe(asked);
  });

  it("in a child's set-up on a teacher's phone, keeps the children's words", async () => {
    const teacher = await linkTeacher(language);
    await teacher.say("/setup");
    const id = await teacher.say("S1001");
    // Set-up's "type your password", which the edit notice asks again after it.
    const asked = teacher.texts.at(-1)!;
    expect(asked).toContain(language === "ms" ? "kata laluan" : "கடவுச்சொல்");
    refuseDeletion();
    await teacher.edit(id, "S1002");
    expect(teacher.texts.at(-1)).toBe(asked);
    expect(childRegisterWords(language, teacher.texts[0]!)).not.toEqual([]);
  });

  it("to a child, keeps the children's words", async () => {
    const kid = new TelegramKid(world, 424242);
    await speaks(kid, language);
    const old = await kid.say("hai");
    refuseDeletion();
    await kid.edit(old, "hai!");
    expect(childRegisterWords(language, kid.texts[0]!)).not.toEqual([]);
  });
});

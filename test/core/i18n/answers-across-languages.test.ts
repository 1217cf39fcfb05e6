import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NORMALISATION_VERSION } from "../../../src/core/answers/normalise-answer.js";
import {
  answersFor,
  askedQuestion,
  DEMO_PASSWORDS,
  resetTranscript,
} from "../../helpers/security-helpers.js";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

async function chooseLanguage(kid: TestChat, name: string): Promise<void> {
  await kid.send("/language");
  await kid.press(name);
}

describe("answers do not depend on the screen language", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a set-up on Chinese screens, then a reset on Malay screens with the same answers, works", async () => {
    const kid = world.chat("kid-zh-ms");
    await chooseLanguage(kid, "中文");
    await kid.send("/setup");
    expect(kid.lastText).toContain("请输入你的用户名。");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    expect(kid.lastText).toContain("太好了，是你，Tan Wei Ling！");
    expect(kid.lastText).toContain("请选第 1 个问题（共 3 个）。");
    await kid.press("你最喜欢的动物是什么？");
    // Two Han characters are a whole answer.
    await kid.send("熊猫");
    await kid.press("你最喜欢的颜色是什么？");
    await kid.send("紫色");
    await kid.press("你最喜欢的食物是什么？");
    await kid.send("鸡饭");
    expect(kid.lastText).toContain("完成了！你的 3 个秘密问题保存好了。");
    expect((await world.deps.store.getEnrolment("S1001"))?.normalisationVersion).toBe(NORMALISATION_VERSION);

    await chooseLanguage(kid, "Bahasa Melayu");
    await resetTranscript(kid, "S1001", answersFor({ animal: " 熊猫 ", colour: "紫色!", food: "鸡 饭" }));
    expect(kid.lastText).toContain("Syabas, semua 3 jawapan betul!");
    expect(kid.buttons).toEqual(["Buatkan satu untuk saya", "Saya mahu taip sendiri"]);
  });

  it("a child on Tamil or Chinese screens is told an answer's English letters match in either size, and they do", async () => {
    const told = {
      தமிழ்: ["A-யும் a-யும் ஒன்றுதான்", "அருமை, 3 பதில்களும் சரி!"],
      中文: ["A 和 a 一样", "真棒，3 个答案都对了！"],
    } as const;
    // Wei Ling's answers are English words: Tiger, Purple, Chicken rice.
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (const [language, [help, verified]] of Object.entries(told)) {
      await chooseLanguage(kid, language);
      await kid.send("/reset");
      await kid.send(language === "中文" ? "帮助" : "உதவி");
      expect(kid.lastText).toContain(help);
      for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(askedQuestion(kid.last)!).toUpperCase());
      expect(kid.lastText).toContain(verified);
      await kid.send("/cancel");
    }
  });

  it("the question is asked in the chat's language, with the same id", async () => {
    const kid = world.chat("kid-ta");
    await chooseLanguage(kid, "தமிழ்");
    await kid.send("/setup");
    await kid.send("S1002");
    await kid.send(DEMO_PASSWORDS.S1002);
    expect(kid.buttons).toContain("உனக்குப் பிடித்த விலங்கு எது?");
    await kid.press("உனக்குப் பிடித்த விலங்கு எது?");
    // பூனை ("cat") is two graphemes: enough in Tamil.
    await kid.send("பூனை");
    expect(kid.lastText).toContain("3 கேள்விகளில் 2-வது கேள்வியைத் தேர்ந்தெடு.");
    // A keyword of the question in any language is refused.
    await kid.press("உனக்குப் பிடித்த உணவு எது?");
    await kid.send("makanan ayam");
    expect(kid.lastText).toContain('"makanan"');
  });
});

describe("staff read their own language", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a teacher on Tamil gets Tamil commands and reports; the student's code arrives in the student's Chinese", async () => {
    const student = world.chat("kid-student");
    await chooseLanguage(student, "中文");
    await student.send("/setup");
    await student.send("S1001");
    await student.send(DEMO_PASSWORDS.S1001);
    await student.send("/cancel");

    const teacher = world.chat("teacher-ta");
    await chooseLanguage(teacher, "தமிழ்");
    await teacher.send("/setup");
    await teacher.send("T2001");
    await teacher.send(DEMO_PASSWORDS.T2001);
    await teacher.send("/help");
    expect(teacher.lastText).toContain("ஆசிரியர் கட்டளைகள்:");
    await teacher.send("/coverage 4A");
    expect(teacher.lastText).toContain("வகுப்பு 4A:");
    expect(teacher.lastText).toContain("இன்னும் அமைக்காதவர்கள்:");
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toContain("Tan Wei Ling-க்குப் புதிய கடவுச்சொல் பெறுவோம்.");
    await teacher.press("மாணவர் அரட்டைக்குக் குறியீடு அனுப்பு");
    expect(teacher.lastText).toContain("6 இலக்கக் குறியீட்டை அனுப்பினேன்");
    const notice = world.notices.at(-1);
    expect(notice?.chat.chatUserId).toBe("kid-student");
    expect(notice?.reply.language).toBe("zh");
  });
});

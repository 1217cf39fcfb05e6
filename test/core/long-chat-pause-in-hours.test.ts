import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  alreadySetUp,
  answersFor,
  resetTranscript,
  TYPED_ID_ROUTE,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const WRONG = answersFor({ animal: "Tiger", colour: "Purple", food: "Pizza" });

/**
 * A school that pauses a chat for a day (CHAT_THROTTLE_MINUTES=1440) told the child "Please wait 1440
 * minutes": no 9-year-old can tell how long that is. A pause longer than two hours is told in hours, as the
 * wrong passwords' pause of a user ID is; a short one stays in minutes.
 */
describe("a long pause of the chat is told in hours", () => {
  let world: TestWorld;
  let prober: TestChat;

  beforeEach(() => useSchoolClock());
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  async function pausedChat(env: Record<string, string>): Promise<void> {
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...env });
    await alreadySetUp(world, world.chat("wei-ling"), "S1001", {
      animal: "Tiger",
      colour: "Purple",
      food: "Chicken rice",
    });
    prober = world.chat("prober");
    for (const id of ["S1001", "S1002", "S1003", "S1004", "S1005"]) await resetTranscript(prober, id, WRONG);
  }

  it("the failed reset that pauses it, /reset and /setup after: about 24 hours", async () => {
    await pausedChat({ CHAT_THROTTLE_MINUTES: "1440" });
    expect(prober.lastText).toContain(
      "Please wait about 24 hours, then try again. Or ask your form teacher.",
    );
    expect(prober.lastText).not.toContain("minutes");
    await prober.send("/reset");
    expect(prober.lastText).toContain(
      "Please wait about 24 hours, then try again. Or ask your form teacher.",
    );
    await prober.send("/setup");
    expect(prober.lastText).toContain(
      "Please wait about 24 hours, then try again. Or ask your form teacher.",
    );
  });

  it.each([
    ["中文", "请过大约 24 小时再试，或者请班主任帮你。"],
    ["Bahasa Melayu", "Sila cuba lagi dalam kira-kira 24 jam, atau minta bantuan guru kelas kamu."],
    ["தமிழ்", "சுமார் 24 மணி நேரத்தில் மீண்டும் முயற்சி செய், அல்லது உன் வகுப்பு ஆசிரியரிடம் உதவி கேள்."],
  ])("in %s", async (language, told) => {
    await pausedChat({ CHAT_THROTTLE_MINUTES: "1440" });
    await prober.send("/language");
    await prober.press(language);
    await prober.send("/reset");
    expect(prober.lastText).toContain(told);
  });

  it("an hour's pause is still told in minutes", async () => {
    await pausedChat({});
    expect(prober.lastText).toContain("Please wait 60 minutes, or ask your form teacher for help.");
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * /language saves the chat's language before it shows the menu, and the menu needs the school directory
 * (whose menu it is). While the directory does not answer, the chat is still told its language changed:
 * "the system is not answering" alone made a teacher or child think nothing was saved.
 */
const SET_IN_CHINESE = "好的！现在我用中文和你说话。";
const MENU_LATER_IN_CHINESE =
  "学校的系统没有回应，所以我现在还不能告诉你我能做什么。请过几分钟再输入 /start。";

describe("choosing a language while the school directory does not answer", () => {
  let world: TestWorld;
  afterEach(async () => {
    await world.close();
  });

  async function expectChineseSavedAndSaid(chat: TestChat) {
    world.directory.down = true;
    await chat.send("/language zh");
    expect(chat.lastText).toBe(`${SET_IN_CHINESE}\n${MENU_LATER_IN_CHINESE}`);
    expect(await world.deps.store.chatLanguage(chat.ref)).toBe("zh");
    expect(world.alerts.ofKind("directory-error")).toHaveLength(1);
  }

  it("a teacher typing /language zh is told it is set, and to type /start for the menu later", async () => {
    let phone: TestChat;
    ({ world, phone } = await teacherOnOwnPhone());
    await expectChineseSavedAndSaid(phone);
    world.directory.down = false;
    await phone.send("/start");
    expect(phone.lastText).toBe("你好！你想做什么？");
  });

  it("a student typing /language zh is told so too", async () => {
    ({ world } = await teacherOnOwnPhone());
    const kid = world.chat("kid");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("No thanks");
    await expectChineseSavedAndSaid(kid);
  });

  it("a teacher tapping Chinese on the language list is told it is set too", async () => {
    let phone: TestChat;
    ({ world, phone } = await teacherOnOwnPhone());
    await phone.send("/language");
    world.directory.down = true;
    await phone.press("中文");
    expect(phone.lastText).toBe(`${SET_IN_CHINESE}\n${MENU_LATER_IN_CHINESE}`);
    expect(await world.deps.store.chatLanguage(phone.ref)).toBe("zh");
  });

  // The list itself needs no directory: it asked for the chat's people only to know whose register its hints
  // take, and the outage stood in its place ("The school system is not answering").
  it("/language alone shows the list, and a choice from it is set, for a teacher and for a child", async () => {
    let phone: TestChat;
    ({ world, phone } = await teacherOnOwnPhone());
    const kid = world.chat("kid");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("No thanks");
    world.directory.down = true;
    for (const chat of [phone, kid]) {
      await chat.send("/language");
      expect(chat.lastText).toContain("Which language would you like?");
      expect(chat.buttons).toEqual(["English", "中文", "Bahasa Melayu", "தமிழ்"]);
      await chat.press("中文");
      expect(chat.lastText).toBe(`${SET_IN_CHINESE}\n${MENU_LATER_IN_CHINESE}`);
      expect(await world.deps.store.chatLanguage(chat.ref)).toBe("zh");
    }
  });
});

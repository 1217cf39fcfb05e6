import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createChannelCore } from "../../src/core/channel-core.js";
import { RECENT_STUDENT_MS } from "../../src/core/recent-students.js";
import { translate } from "../../src/core/i18n/translate.js";
import { menuChoiceId } from "../../src/core/start-menu.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

describe("what a channel may ask the core", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  it("the start menu is the one /start shows, and its buttons work from any chat", async () => {
    const core = createChannelCore(world.engine, world.deps);
    const kid = world.chat("home-kid", "slack");
    await kid.send("/start");
    // The engine's reply also says its language (the chat's); the menu is the same.
    expect({ ...core.menu(kid.ref), language: "en" }).toEqual(kid.last.replies.at(-1));
    expect(translate(core.menu(kid.ref).text)).not.toContain("{");

    await kid.deliver({ choice: menuChoiceId("setup") });
    expect(kid.lastText).toContain(translate({ key: "setup.intro" }));
  });

  it("the home status follows the student's link and set-up, in the directory's spelling", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const core = createChannelCore(world.engine, world.deps);
    const kid = world.chat("home-kid", "slack");
    const student = { register: "child", menu: core.menu(kid.ref) };
    expect(await core.homeStatus(kid.ref)).toEqual({
      personId: null,
      setUp: false,
      language: null,
      ...student,
    });
    await kid.setUp("s1001", "Garden-Lamp-21", ["Tiger", "Purple", "Chicken rice"]);
    expect(await core.homeStatus(kid.ref)).toEqual({
      personId: "S1001",
      setUp: true,
      language: null,
      ...student,
    });
    world.directory.down = true;
    // A student the directory named in the last minute is taken as read (a Home tab opened again and again
    // costs the directory one lookup a minute); after that, a directory that does not answer gives the
    // store's spelling.
    expect((await core.homeStatus(kid.ref)).personId).toBe("S1001");
    vi.setSystemTime(Date.now() + RECENT_STUDENT_MS + 1);
    expect(await core.homeStatus(kid.ref)).toEqual({
      personId: "s1001",
      setUp: true,
      language: null,
      ...student,
    });
  });

  it("a chat linked to a child and then to a teacher names the teacher's account in the teacher's words", async () => {
    const core = createChannelCore(world.engine, world.deps);
    const shared = world.chat("family-slack", "slack");
    await shared.setUp("s1001", "Garden-Lamp-21", ["Tiger", "Purple", "Chicken rice"]);
    await linkStaff(shared, MRS_NG);
    expect(await core.homeStatus(shared.ref)).toMatchObject({ personId: MRS_NG.id, register: "staff" });
  });

  it("a chat linked to a teacher is spoken to as staff, with the menu /start gives her; the children's if the directory does not answer", async () => {
    const core = createChannelCore(world.engine, world.deps);
    const teacher = world.chat("mrs-ng-slack", "slack");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/start");
    const status = await core.homeStatus(teacher.ref);
    expect(status).toMatchObject({ personId: MRS_NG.id, register: "staff" });
    expect({ ...status.menu, language: "en" }).toEqual(teacher.last.replies.at(-1));
    world.directory.down = true;
    expect(await core.homeStatus(teacher.ref)).toMatchObject({
      register: "child",
      menu: core.menu(teacher.ref),
    });
  });
});

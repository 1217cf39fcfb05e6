import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { until } from "../../helpers/until.js";
import { blockWords, SlackKid } from "./slack-kid.js";
import { closeAfterTest, closeWorlds, SlackWorld, twoReplicas } from "./slack-world.js";

/*
 * A double-clicked "Send" in a box whose second send reaches another replica than the first: that replica
 * has not the first's answer (it may show a new password, so it is kept in memory only), and the core finds
 * the box old. The child pressed once as far as she knows: no "That box was old", nothing posted twice.
 */
const PASSWORD = "Garden-Lamp-21";

afterEach(async () => {
  vi.useRealTimers();
  await closeWorlds();
});

describe("the same box sent twice at once, the second to another replica", () => {
  it("the second 'Send' of the user-ID box gets the password box, with no 'old box'", async () => {
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.command("setup");
    const idBox = kidOnOne.box;
    await kidOnOne.submitBox("S1001");
    expect(kidOnOne.boxText).toContain("Now type your password.");

    kidOnOther.box = idBox;
    await kidOnOther.submitView(idBox, "S1001");
    expect(kidOnOther.boxText).toContain("Now type your password.");
    expect(kidOnOther.boxText + kidOnOther.said + kidOnOther.saidPrivately).not.toMatch(/old/i);
    await kidOnOther.submitBox(PASSWORD);
    expect(kidOnOther.said).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("the second 'Send' of a box that closed posts nothing in the DM", async () => {
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.command("setup");
    await kidOnOne.submitBox("S1001");
    const passwordBox = kidOnOne.box;
    await kidOnOne.submitBox(PASSWORD);
    expect(kidOnOne.said).toContain("Choose question 1 of 3.");

    await kidOnOther.submitView(passwordBox, PASSWORD);
    expect(JSON.parse(kidOnOther.response.body)).toEqual({ response_action: "clear" });
    expect(kidOnOther.said + kidOnOther.saidPrivately).toBe("");
  });

  it("a box of an earlier step sent more than 10 seconds later is still told it is old", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.command("setup");
    const idBox = kidOnOne.box;
    await kidOnOne.submitBox("S1001");
    // Time passes for Redis too (ioredis-mock reads Date).
    vi.setSystemTime(Date.now() + 11_000);

    kidOnOther.box = idBox;
    await kidOnOther.submitView(idBox, "S1001");
    expect(kidOnOther.boxText).toContain("That box was old");
  });

  it("a box refused at its step and sent again at once, on another replica, takes what was typed", async () => {
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.command("setup");
    await kidOnOne.submitBox("");
    const askedAgain = kidOnOne.box;
    expect(kidOnOne.boxText).toContain("I didn't get any words.");

    kidOnOther.box = askedAgain;
    await kidOnOther.submitView(askedAgain, "S1001");
    expect(kidOnOther.boxText).toContain("Now type your password.");
  });

  it("while the first is still at work (a slow directory): 'One moment', then 'All done here', nothing old", async () => {
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    const one = closeAfterTest(await SlackWorld.create({}, { directory }));
    // This replica opens "One moment" at once: the second send waits for the first's turn.
    const other = closeAfterTest(await SlackWorld.replicaOf(one, { directory, slowAfterMs: 1 }));
    const [kidOnOne, kidOnOther] = [new SlackKid(one), new SlackKid(other)];
    await kidOnOne.command("setup");
    await kidOnOne.submitBox("S1001");
    const passwordBox = kidOnOne.box;
    let changing = false;
    let letFinish = () => undefined as void;
    const held = new Promise<void>((resolve) => (letFinish = resolve));
    directory.duringAuthenticate = () => {
      changing = true;
      return held;
    };
    const callsBefore = one.api.calls.length;

    try {
      const firstSend = kidOnOne.submitView(passwordBox, PASSWORD);
      await until(() => changing, "the first send's password check");
      kidOnOther.box = passwordBox;
      const secondSend = kidOnOther.submitView(passwordBox, PASSWORD);
      await until(
        () => one.api.calls.slice(callsBefore).some((c) => c.method === "users.info"),
        "the second send at work",
      );
      letFinish();
      await Promise.all([firstSend, secondSend]);
      await other.channel.idle();
    } finally {
      letFinish();
    }
    const after = one.api.calls.slice(callsBefore).map((c) => JSON.stringify(c.args));
    expect(after.join("\n")).not.toMatch(/\bold\b|still working/i);
    expect(after.filter((c) => c.includes("Great, it's you"))).toHaveLength(1);
    expect(kidOnOther.views.map((v) => blockWords(v.view.blocks))).toEqual([
      expect.stringContaining("One moment"),
      expect.stringContaining("All done here."),
    ]);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { until } from "../../helpers/until.js";
import { SlackKid } from "./slack-kid.js";
import { closeAfterTest, closeWorlds, SlackWorld, twoReplicas } from "./slack-world.js";

/*
 * A child presses a button and a box opens: "One moment…" while the bot works, or the box that asks her
 * something, shown again with the next question or "try again". She closes it (Cancel or X) and presses the
 * same button again at once. Before, the press's 10-second double-click mark stayed, so the button did
 * nothing at all for up to 10 seconds: she was never told anything.
 */
const PASSWORD = "Garden-Lamp-21";
const QUESTION_ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];
const SAME_PRESS_LOG = "the same button pressed again at once";
const CLOSED_LOG = "a box closed";
/** "One moment" comes this soon (2 s in production): the test waits for no guessed time. */
const SLOW_AFTER_MS = 50;

afterEach(async () => {
  await closeWorlds();
});

/** Set up, then a reset's three answers: the next press is "Make one for me". */
async function atNewPasswordChoice(kid: SlackKid): Promise<void> {
  await kid.command("setup");
  await kid.submitBox("S1001");
  await kid.submitBox(PASSWORD);
  for (const [question, answer] of QUESTION_ANSWERS) {
    await kid.pressButton(question);
    await kid.submitBox(answer);
  }
  await kid.command("reset");
  for (let i = 0; i < 3; i++) {
    const asked = QUESTION_ANSWERS.find(([question]) => kid.boxText.includes(question))!;
    await kid.submitBox(asked[1]);
  }
  expect(kid.said).toContain("How would you like your new password?");
}

/** The box a trigger opened, as the child sees it (her press is still at work, so `kid.box` is not set). */
function boxOpenedBy(world: SlackWorld, triggerId: string): SlackKid["box"] {
  const call = world.api.callsTo("views.open").find((c) => c.args.trigger_id === triggerId);
  if (call === undefined || call.result.ok !== true) return null;
  return {
    id: (call.result.view as { id: string }).id,
    view: call.args.view as NonNullable<SlackKid["box"]>["view"],
  };
}

describe("a box closed, and its button pressed again at once", () => {
  it("'One moment' closed while the password is made: the next press answers, and one password is made", async () => {
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    const world = closeAfterTest(await SlackWorld.create({}, { directory, slowAfterMs: SLOW_AFTER_MS }));
    const kid = new SlackKid(world);
    await atNewPasswordChoice(kid);
    const callsBefore = world.api.calls.length;
    let changes = 0;
    let letFinish = () => undefined as void;
    const held = new Promise<void>((resolve) => (letFinish = resolve));
    directory.duringSetPassword = () => {
      changes += 1;
      return held;
    };

    try {
      const firstPress = kid.pressButton("Make one for me");
      const firstTrigger = world.lastTriggerId;
      await until(() => boxOpenedBy(world, firstTrigger) !== null, "the first press's 'One moment' box");
      kid.box = boxOpenedBy(world, firstTrigger);
      expect(kid.boxText).toContain("One moment");
      const toldOfClose = (kid.box!.view as { notify_on_close?: boolean }).notify_on_close === true;
      const closing = kid.closeBox();
      if (toldOfClose) await until(() => world.logs.text.includes(CLOSED_LOG), "the close handled");

      const secondPress = kid.pressButton("Make one for me");
      const secondTrigger = world.lastTriggerId;
      await until(
        () => world.logs.text.includes(SAME_PRESS_LOG) || boxOpenedBy(world, secondTrigger) !== null,
        "the second press dropped, or its own box",
      );
      expect(boxOpenedBy(world, secondTrigger), "the second press opened a box").not.toBeNull();
      letFinish();
      await Promise.all([firstPress, closing, secondPress]);
    } finally {
      letFinish();
      directory.duringSetPassword = undefined;
    }

    expect(changes).toBe(1);
    // Shown where Slack took it (the Home tab: her first box was gone), and nowhere else.
    const shown = world.api.calls
      .slice(callsBefore)
      .filter((c) => c.result.ok === true && JSON.stringify(c.args).includes("Your new password is:"));
    expect(shown.map((c) => c.method)).toEqual(["views.publish"]);
  });

  it("the box shown again after her answer, closed: the Home tab's button opens it again at once", async () => {
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.openHome();
    await kidOnOne.pressHomeButton("Set up my secret questions");
    await kidOnOne.submitBox("S1001");
    expect(kidOnOne.boxText).toContain("Now type your password.");
    await kidOnOne.closeBox();

    await kidOnOther.pressHomeButton("Set up my secret questions");
    expect(kidOnOther.boxText).toContain("user ID");
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { until } from "../../helpers/until.js";
import type { SlackKid } from "./slack-kid.js";
import { blockWords } from "./slack-kid.js";
import { closeWorlds, twoReplicas, type SlackWorld } from "./slack-world.js";

/*
 * Slack waits 3 seconds for the HTTP response to each request (a box's Send, a button press, /sspr), then
 * tells the child "We had some trouble connecting". The child's chat may be held much longer by another turn
 * (a slow password check, here held until the test lets it go; on another replica, the core waits up to
 * 10 seconds for the chat's lock): every response must arrive while it is still held.
 */
const PASSWORD = "Garden-Lamp-21";
const SLACK_WAITS_MS = 3_000;
/** "One moment" comes this soon (2 s in production, under Slack's 3): the test waits for no guessed time. */
const SLOW_AFTER_MS = 50;

afterEach(async () => {
  await closeWorlds();
});

/** Two replicas of the bot over one Redis, one Slack and one directory, and the same child on either. */
async function replicasOfOneDirectory() {
  const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
  return { directory, ...(await twoReplicas({ directory, slowAfterMs: SLOW_AFTER_MS })) };
}

/**
 * Sends the password box on `one` and holds its password check (so the chat's lock and `one`'s queue for
 * the child) until `whileHeld` is done, letting it go whatever happens; resolves when the send's work ends.
 */
async function whilePasswordCheckHeld(
  directory: SwitchableDirectory,
  kid: SlackKid,
  whileHeld: () => Promise<void>,
): Promise<void> {
  let checking = false;
  let letFinish = () => undefined as void;
  const held = new Promise<void>((resolve) => (letFinish = resolve));
  directory.duringAuthenticate = () => {
    checking = true;
    return held;
  };
  const send = kid.submitBox(PASSWORD);
  try {
    await until(() => checking, "the password check");
    await whileHeld();
  } finally {
    letFinish();
    directory.duringAuthenticate = undefined;
  }
  await send;
}

/**
 * Waits for `world`'s next HTTP responses, one a call, each of which must be a 200 within Slack's wait
 * (Bolt answers 404 itself after 3 seconds without an acknowledgement).
 */
function responsesOf(world: SlackWorld): (what: string) => Promise<void> {
  let seen = world.answers.length;
  return async (what) => {
    await until(() => world.answers.length > seen, what, SLACK_WAITS_MS);
    expect(world.answers[seen], what).toBe(200);
    seen += 1;
  };
}

describe("Slack gets its response while the child's chat is held by a slow turn", () => {
  it("a box sent, and sent again on another replica: 'One moment' at once, the answer later", async () => {
    const { directory, one, other, kidOnOne, kidOnOther } = await replicasOfOneDirectory();
    await kidOnOne.command("setup");
    await kidOnOne.submitBox("S1001");
    const passwordBox = kidOnOne.box;
    kidOnOther.box = passwordBox;
    const [answeredOnOne, answeredOnOther] = [responsesOf(one), responsesOf(other)];
    const seenOnOne = kidOnOne.views.length;
    let sentAgain: Promise<void> | undefined;

    await whilePasswordCheckHeld(directory, kidOnOne, async () => {
      await answeredOnOne("the response to the held send");
      sentAgain = kidOnOther.submitView(passwordBox, PASSWORD);
      await answeredOnOther("the response to the send again");
    });
    await sentAgain;

    // Each box turned into "One moment" in its response, then into the answer when the check was done.
    for (const [kid, seen] of [
      [kidOnOne, seenOnOne],
      [kidOnOther, 0],
    ] as const) {
      expect(kid.views[seen]?.source).toBe("response_action");
      expect(blockWords(kid.views[seen]!.view.blocks)).toContain("One moment");
      expect(kid.boxText).toContain("All done here.");
    }
    expect(kidOnOne.said + kidOnOther.said).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("a box sent again on the same replica, queued behind the first: 'One moment' at once", async () => {
    const { directory, one, kidOnOne } = await replicasOfOneDirectory();
    await kidOnOne.command("setup");
    await kidOnOne.submitBox("S1001");
    const passwordBox = kidOnOne.box;
    const [answered, seen] = [responsesOf(one), kidOnOne.views.length];
    let sentAgain: Promise<void> | undefined;

    await whilePasswordCheckHeld(directory, kidOnOne, async () => {
      await answered("the response to the held send");
      sentAgain = kidOnOne.submitView(passwordBox, PASSWORD);
      await answered("the response to the send again");
    });
    await sentAgain;

    const answers = kidOnOne.views.slice(seen).filter((v) => v.source === "response_action");
    expect(answers.map((v) => blockWords(v.view.blocks))).toEqual([
      expect.stringContaining("One moment"),
      expect.stringContaining("One moment"),
    ]);
    expect(kidOnOne.boxText).toContain("All done here.");
    expect(one.postedMessages()).not.toMatch(/\bold\b/);
  });

  it("a button pressed: acknowledged at once", async () => {
    const { directory, one, kidOnOne } = await replicasOfOneDirectory();
    await kidOnOne.message("hi");
    await kidOnOne.pressButton("Set up my secret questions");
    await kidOnOne.submitBox("S1001");
    const answered = responsesOf(one);
    let pressed: Promise<void> | undefined;

    await whilePasswordCheckHeld(directory, kidOnOne, async () => {
      await answered("the response to the held send");
      pressed = kidOnOne.pressOldButton("Set up my secret questions");
      await answered("the acknowledgement of the press");
    });
    await pressed;
  });

  it("/sspr typed, on another replica: acknowledged at once", async () => {
    const { directory, other, kidOnOne, kidOnOther } = await replicasOfOneDirectory();
    await kidOnOne.command("setup");
    await kidOnOne.submitBox("S1001");
    const answered = responsesOf(other);
    let typed: Promise<void> | undefined;

    await whilePasswordCheckHeld(directory, kidOnOne, async () => {
      typed = kidOnOther.command("help");
      await answered("the acknowledgement of /sspr help");
    });
    await typed;
  });
});

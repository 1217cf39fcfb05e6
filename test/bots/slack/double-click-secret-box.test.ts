import { afterEach, describe, expect, it } from "vitest";
import type { SlackKid } from "./slack-kid.js";
import { closeWorlds, twoReplicas } from "./slack-world.js";

/*
 * A child double-clicks "Type it privately" under a question in the DM: Slack sends two presses (two
 * triggers) of the same button of the same message, to one replica or to two. Before, each opened a box for
 * the password. The second is the same press: it opens no second box and says nothing.
 */
const PASSWORD = "Garden-Lamp-21";

afterEach(async () => {
  await closeWorlds();
});

/** At the password prompt, asked in the DM: its "Type it privately" button opens the box. */
async function atPasswordInDm(kid: SlackKid): Promise<void> {
  await kid.message("setup");
  await kid.message("S1001");
  expect(kid.said).toContain("Now type your password.");
}

describe("a double click on 'Type it privately'", () => {
  it("on one replica: one box, and it takes the password", async () => {
    const { one, kidOnOne } = await twoReplicas();
    await atPasswordInDm(kidOnOne);
    const boxesBefore = one.api.callsTo("views.open").length;

    await kidOnOne.pressButton("Type it privately");
    const first = kidOnOne.box;
    await kidOnOne.pressOldButton("Type it privately");
    expect(one.api.callsTo("views.open")).toHaveLength(boxesBefore + 1);
    expect(kidOnOne.said + kidOnOne.saidPrivately).toBe("");
    await kidOnOne.submitView(first, PASSWORD);
    expect(kidOnOne.said).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("both presses at once, on two replicas: one box", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await atPasswordInDm(kidOnOne);
    const callsBefore = one.api.calls.length;

    await Promise.all([
      kidOnOne.pressButton("Type it privately"),
      kidOnOther.pressOldButton("Type it privately"),
    ]);
    const after = one.api.calls.slice(callsBefore).map((c) => c.method);
    expect(after.filter((method) => method === "views.open")).toHaveLength(1);
    expect(after).not.toContain("chat.postEphemeral");
  });

  it("a box that could not open leaves the button to press again at once", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await atPasswordInDm(kidOnOne);
    one.api.failNext("views.open", "expired_trigger_id");
    await kidOnOne.pressButton("Type it privately");
    expect(kidOnOne.box).toBeNull();

    await kidOnOther.pressButton("Type it privately");
    expect(kidOnOther.boxText).toContain("Now type your password.");
  });

  it("a box closed by mistake: pressed again at once, the button opens it again", async () => {
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await atPasswordInDm(kidOnOne);
    await kidOnOne.pressButton("Type it privately");
    await kidOnOne.closeBox();

    await kidOnOther.pressButton("Type it privately");
    expect(kidOnOther.boxText).toContain("Now type your password.");
    await kidOnOther.submitBox(PASSWORD);
    expect(kidOnOther.said).toContain("Great, it's you, Tan Wei Ling!");
  });
});

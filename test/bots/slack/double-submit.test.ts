import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * A double-clicked "Send" in a box: Slack sends the same box twice, and the second reaches the bot after the
 * first has moved the dialog on. The child pressed once as far as she knows: the second press must change
 * nothing and say nothing ("That box was old" frightens a child who did nothing wrong). A box of an earlier
 * step sent minutes later is still told it is old.
 */
const PASSWORD = "Garden-Lamp-21";

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => {
  vi.useRealTimers();
  await world.close();
});

describe("the same box sent twice at once", () => {
  it("the second 'Send' of the user-ID box leaves the password box in place, with no 'old box'", async () => {
    await kid.command("setup");
    const idBox = kid.box;
    await kid.submitBox("S1001");
    expect(kid.boxText).toContain("Now type your password.");

    await kid.submitView(idBox, "S1001");
    expect(kid.box).not.toBeNull();
    expect(kid.boxText).toContain("Now type your password.");
    expect(kid.boxText + kid.said + kid.saidPrivately).not.toMatch(/old/i);
    await kid.submitBox(PASSWORD);
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("the second 'Send' of a box that closed posts nothing more in the DM", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    const passwordBox = kid.box;
    await kid.submitBox(PASSWORD);
    expect(kid.box).toBeNull();
    expect(kid.said).toContain("Choose question 1 of 3.");

    await kid.submitView(passwordBox, PASSWORD);
    expect(kid.response.status).toBe(200);
    expect(JSON.parse(kid.response.body)).toEqual({ response_action: "clear" });
    expect(kid.said + kid.saidPrivately).toBe("");
  });

  it("a box of an earlier step sent two minutes later is still told it is old", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await kid.command("setup");
    const idBox = kid.box;
    await kid.submitBox("S1001");
    world.advance(2 * 60_000);
    // Two minutes for Redis too, where the send is marked (ioredis-mock reads Date).
    vi.setSystemTime(Date.now() + 2 * 60_000);

    await kid.submitView(idBox, "S1001");
    expect(kid.boxText).toContain("That box was old");
  });

  it("a box asked again at the same step takes what was typed next, even at once", async () => {
    await kid.command("setup");
    await kid.submitBox("");
    const askedAgain = kid.box;
    expect(kid.boxText).toContain("I didn't get any words.");
    await kid.submitView(askedAgain, "S1001");
    expect(kid.boxText).toContain("Now type your password.");
  });
});

describe("the same DM button pressed twice at once", () => {
  async function atQuestions() {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox(PASSWORD);
  }

  it("the second press of a question button says nothing and opens no second box", async () => {
    await atQuestions();
    await kid.pressButton("favourite animal");
    const first = kid.box;
    const boxesOpened = world.api.callsTo("views.open").length;

    await kid.pressOldButton("favourite animal");
    expect(kid.said + kid.saidPrivately + kid.boxText).not.toMatch(/old/i);
    expect(world.api.callsTo("views.open").length).toBe(boxesOpened);
    await kid.submitView(first, "Elephant");
    expect(kid.said).toContain("Choose question 2 of 3.");
  });

  it("the same button pressed a minute later is still told it is old", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await atQuestions();
    await kid.pressButton("favourite animal");
    // A minute for Redis too, where the press is marked (ioredis-mock reads Date).
    vi.setSystemTime(Date.now() + 60_000);
    await kid.pressOldButton("favourite animal");
    expect(kid.boxText).toContain("That button was old. Please use this box.");
  });
});

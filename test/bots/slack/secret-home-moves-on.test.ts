import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { until } from "../../helpers/until.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

const PASSWORD = "Mango-Tiger-Cloud-47";
const USER = "U0KID00011";

/*
 * On Telegram a secret the bot showed is deleted at once when the chat starts something new: the next
 * person at the phone must not read it. On Slack the same secret (a guided reset's code or password, a
 * generated password whose box could not open) stayed on the student's Home tab for its whole time, while
 * she went on to something else on a shared school computer.
 */
describe("a secret on a student's Slack Home tab when she starts something new", () => {
  let world: SlackWorld;
  let kid: SlackKid;
  /** The secret, put on her Home tab (as a teacher's guided reset does). */
  async function secretShown(): Promise<void> {
    await world.app.notifier.notify(
      { channel: "slack", chatUserId: USER },
      {
        text: { key: "reset.generated", params: { password: PASSWORD, minutes: 5, seconds: 300 } },
        protect: { deleteAfterSeconds: 300 },
      },
    );
    expect(kid.homeText).toContain(PASSWORD);
  }

  beforeEach(async () => {
    world = await SlackWorld.create();
    kid = new SlackKid(world, USER);
  });
  afterEach(async () => world.close());

  it("is cleared at once by a command that starts something new, and the normal Home is back", async () => {
    await secretShown();
    await kid.command("start");
    await until(() => !kid.homeText.includes(PASSWORD), "the secret cleared from the Home tab");
    expect(kid.homeText).toContain("This Slack account is not linked");
    // Its clearing at its time finds nothing more to do.
    world.advance(301_000);
    await world.fullJobLook();
    expect(kid.homeText).not.toContain(PASSWORD);
    expect(world.logs.text).not.toContain("gave up clearing");
    expect(world.logs.text).not.toContain(PASSWORD);
  });

  it("is cleared by a command typed into a box too", async () => {
    await kid.command("setup");
    expect(kid.box).not.toBeNull();
    await secretShown();
    await kid.submitBox("/start");
    await until(() => !kid.homeText.includes(PASSWORD), "the secret cleared from the Home tab");
  });

  it("stays for /help, which she may use to understand it, and goes at its time", async () => {
    await secretShown();
    await kid.command("help");
    await world.channel.idle();
    await world.fullJobLook();
    expect(kid.homeText).toContain(PASSWORD);
    world.advance(301_000);
    await until(() => !kid.homeText.includes(PASSWORD), "the secret cleared at its time");
  });
});

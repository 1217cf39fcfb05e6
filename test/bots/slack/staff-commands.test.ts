import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLEAR_HOME_JOB_KIND } from "../../../src/bots/slack/secret-home.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";
import { until } from "../../helpers/until.js";

/** Wei Ling (S1001, class 4A) and the answers she sets up. */
const PASSWORD = "Garden-Lamp-21";
const ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];

let world: SlackWorld;
let student: SlackKid;
let teacher: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  student = new SlackKid(world, "U0KID00001");
  teacher = new SlackKid(world, "U0TEACH001");
});

afterEach(async () => {
  await world.close();
});

async function setUpStudent(): Promise<void> {
  await student.command("setup");
  await student.submitBox("S1001");
  await student.submitBox(PASSWORD);
  for (const [question, answer] of ANSWERS) {
    await student.pressButton(question);
    await student.submitBox(answer);
  }
  expect(student.said).toContain("All done");
}

async function linkStaff(who: SlackKid, id: string, password: string): Promise<void> {
  await who.command("setup");
  await who.submitBox(id);
  await who.submitBox(password);
  expect(who.said).toContain("now linked to your account");
}

/** True when `digits` stands alone in `text` (not inside a longer number such as a timestamp). */
const holdsCode = (text: string, digits: string) => new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(text);

/** Everything the teacher was shown: DM messages to them and every box (opened, updated, answered). */
function teacherSaw(): string {
  const dms = world.api
    .callsTo("chat.postMessage", "chat.update", "chat.postEphemeral")
    .filter((c) => c.args.channel === teacher.dm);
  return [...dms.map((c) => JSON.stringify(c.args)), ...teacher.views.map((v) => JSON.stringify(v))].join(
    "\n",
  );
}

describe("a teacher's guided reset through Slack", () => {
  it("the code and the new password reach the student's Home tab only, never a message, and go away", async () => {
    await setUpStudent();
    await linkStaff(teacher, "T2001", "Teach-Four-A-2026");

    await teacher.command("guided S1001");
    expect(teacher.said).toContain("How can Tan Wei Ling prove it's them?");
    await teacher.pressButton("Send a code to their chat");
    // The teacher types the code in a box, as every secret in Slack.
    expect(teacher.boxText).toContain("I sent a 6-digit code to Tan Wei Ling's own chat");
    expect(teacher.boxText).toContain("Type the code Tan Wei Ling reads to you.");

    // The code is on the student's Home tab; the DM only points there.
    const code = /code: (\d{6})/.exec(student.homeText)?.[1];
    expect(code, student.homeText).toMatch(/^\d{6}$/);
    expect(student.homeText).toContain("Tan Wei Ling, your teacher Mrs Ng Mei Hua is helping you");
    const pointer = world.api.callsTo("chat.postMessage").filter((c) => c.args.channel === student.dm);
    expect(JSON.stringify(pointer.at(-1)!.args)).toContain("Open the Home tab now");
    expect(JSON.stringify(pointer.at(-1)!.args)).toContain(
      "slack://app?team=T0SCHOOL1&id=A0SSPR0001&tab=home",
    );

    // Opening the Home tab meanwhile leaves the code there.
    const publishes = world.api.callsTo("views.publish").length;
    await student.openHome();
    expect(world.api.callsTo("views.publish")).toHaveLength(publishes);
    expect(student.homeText).toContain(code);

    await teacher.submitBox(code!);
    expect(teacher.box).toBeNull();
    expect(teacher.said).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");

    const newPassword = /\n\n(\S+)\n\n/.exec(student.homeText)?.[1];
    expect(newPassword, student.homeText).toBeDefined();
    expect(student.homeText).toContain("Tan Wei Ling, here is your new password:");
    expect(await world.app.deps.directory.authenticate("S1001", newPassword!)).not.toBeNull();
    expect(student.homeText).not.toContain(code);

    // No message anywhere holds the code or the password, nor does anything the teacher saw, nor the logs.
    const posted = world.postedMessages();
    expect(holdsCode(posted, code!)).toBe(false);
    expect(posted).not.toContain(newPassword);
    const saw = teacherSaw();
    expect(saw).not.toContain(newPassword);
    for (const [, answer] of ANSWERS) expect(saw).not.toContain(answer);
    expect(world.logs.text).not.toContain(newPassword);
    expect(holdsCode(world.logs.text, code!)).toBe(false);
    // Nothing in the store holds them: the clearing jobs keep the user id and the view's version only.
    const stored = await world.storeText();
    expect(stored).toContain(CLEAR_HOME_JOB_KIND);
    expect(stored).toContain('\\"userId\\":\\"U0KID00001\\"');
    expect(stored).not.toContain(newPassword);
    expect(holdsCode(stored, code!)).toBe(false);

    // Still there just before its time, gone after it: the normal Home is back.
    await world.fullJobLook();
    expect(student.homeText).toContain(newPassword);
    world.advance(301_000);
    await until(() => !student.homeText.includes(newPassword!), "the password to leave the Home tab");
    expect(student.homeText).toContain("linked to your school account S1001");
    // The code's own, later clearing finds a newer view and leaves it alone.
    world.advance(300_000);
    await world.fullJobLook();
    expect(student.homeText).toContain("linked to your school account S1001");
    expect(holdsCode(student.homeText, code!)).toBe(false);
  });

  it("the student can hide the secret sooner with the Home tab's button", async () => {
    await setUpStudent();
    await linkStaff(teacher, "T2001", "Teach-Four-A-2026");
    await teacher.command("guided S1001");
    await teacher.pressButton("Send a code to their chat");
    const code = /code: (\d{6})/.exec(student.homeText)?.[1];
    await student.pressHomeButton("Done, hide it");
    expect(student.homeText).not.toContain(code);
    expect(student.homeText).toContain("linked to your school account S1001");
  });

  it("when Slack refuses the Home tab, the teacher is told the student could not be reached", async () => {
    await setUpStudent();
    await linkStaff(teacher, "T2001", "Teach-Four-A-2026");
    await teacher.command("guided S1001");
    world.api.failNext("views.publish", "internal_error");
    await teacher.pressButton("Send a code to their chat");
    expect(teacher.said).toContain("I could not reach Tan Wei Ling's chat.");
  });
});

describe("teachers' commands and refusals through Slack", () => {
  it("a teacher of another class is refused; a student cannot use a teacher's command", async () => {
    await setUpStudent();
    const other = new SlackKid(world, "U0TEACH002");
    await linkStaff(other, "T2002", "Teach-Five-B-2026");
    await other.command("guided S1001");
    // Asked for the ID again, in a box to type it in: the same words for any ID not of her classes.
    expect(other.boxText).toBe(
      "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /sspr cancel.\nWhich student? Type their user ID.",
    );
    expect(other.said).toBe("");

    await student.command("unlock S1002");
    expect(student.said).toContain("Only teachers and admins can use that.");
    expect(world.api.callsTo("views.publish").filter((c) => c.args.user_id === student.userId)).toEqual([]);
  });

  it("/sspr coverage 4A lists who has not set up yet", async () => {
    await setUpStudent();
    await linkStaff(teacher, "T2001", "Teach-Four-A-2026");
    await teacher.command("coverage 4A");
    expect(teacher.said).toContain("Class 4A: 3 students, 1 set up.");
    expect(teacher.said).toContain("• Aisha Binte Rahman (S1002)");
    expect(teacher.said).toContain("• Arjun Kumar (S1003)");
    expect(teacher.said).not.toContain("Tan Wei Ling");
  });
});

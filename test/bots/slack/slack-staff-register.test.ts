import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LANGUAGE_NAMES } from "../../../src/core/i18n/languages.js";
import { translate } from "../../../src/core/i18n/translate.js";
import type { Person } from "../../../src/core/ports/directory.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../../src/directory/school-file.js";
import { childRegisterWords } from "../../helpers/register-words.js";
import { until } from "../../helpers/until.js";
import { blockWords, SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/**
 * Slack draws words of its own around the core's (the Home tab, its boxes, the DM that points to a secret on
 * the Home tab). A teacher or admin reads them in the adult register in Malay and Tamil, as every message
 * the core says to them (Outcome.register); a child keeps "kamu" and நீ.
 */

/** The demo school, with a directory that answers `findPerson` only once `slowUntil` resolves. */
class SlowDirectory extends MemoryDirectory {
  slowUntil: () => Promise<void> = async () => {};

  override async findPerson(id: string): Promise<Person | null> {
    await this.slowUntil();
    return super.findPerson(id);
  }
}

type Language = "ms" | "ta";

let world: SlackWorld;
let directory: SlowDirectory;
let teacher: SlackKid;

beforeEach(async () => {
  directory = new SlowDirectory((await readSchoolFile(DEMO_SCHOOL_FILE)).people);
  world = await SlackWorld.create({}, { directory, slowAfterMs: 50 });
  teacher = new SlackKid(world, "U0TEACH001");
});
afterEach(async () => world.close());

async function speaks(who: SlackKid, language: Language): Promise<void> {
  await who.command("language");
  await who.pressButton(LANGUAGE_NAMES[language]);
}

async function linkTeacher(language: Language): Promise<void> {
  await teacher.command("setup");
  await teacher.submitBox("T2001");
  await teacher.submitBox("Teach-Four-A-2026");
  expect(teacher.said).toContain("now linked to your account");
  await speaks(teacher, language);
}

/** The words of every view shown to the teacher (boxes, Home tab) and every DM message, after `from`. */
function teacherSaw(from: { views: number; dms: number }): string[] {
  const dms = world.api
    .callsTo("chat.postMessage")
    .filter((c) => c.args.channel === teacher.dm)
    .slice(from.dms)
    .map((c) => blockWords(c.args.blocks as never));
  return [...teacher.views.slice(from.views).map((v) => blockWords(v.view.blocks)), ...dms];
}

const mark = () => ({
  views: teacher.views.length,
  dms: world.api.callsTo("chat.postMessage").filter((c) => c.args.channel === teacher.dm).length,
});

function expectAdultRegister(language: Language, texts: string[]): void {
  expect(texts.join("").length).toBeGreaterThan(0);
  const familiar = texts
    .map((text) => ({ text, words: childRegisterWords(language, text) }))
    .filter((said) => said.words.length > 0);
  expect(familiar).toEqual([]);
}

describe.each(["ms", "ta"] as const)("a teacher on Slack speaking %s", (language) => {
  it("reads the adult register on the Home tab; a student's Home tab keeps the children's", async () => {
    await linkTeacher(language);
    await teacher.openHome();
    expectAdultRegister(language, [teacher.homeText]);
    // Her own commands, as her /sspr start menu offers them, and no word on secret questions (staff have none).
    expect(teacher.homeText).not.toContain(translate({ key: "slack.homeNotSetUp" }, language));
    const home = JSON.stringify(world.api.homeOf(teacher.userId));
    expect(home).toContain(JSON.stringify(translate({ key: "menu.staff.guided" }, language)));
    expect(home).not.toContain(JSON.stringify(translate({ key: "menu.setup" }, language)));
    await teacher.pressHomeButton(translate({ key: "menu.staff.coverage" }, language));
    // Her one class's report, as /sspr coverage gives it.
    expect(teacher.said).toContain("4A");
    expect(teacher.said).toContain("Tan Wei Ling (S1001)");

    const student = new SlackKid(world, "U0KID00001");
    await student.command("setup");
    await student.submitBox("S1001");
    await student.submitBox("Garden-Lamp-21");
    await speaks(student, language);
    await student.openHome();
    expect(childRegisterWords(language, student.homeText)).not.toEqual([]);
  });

  it("reads it in the box that says the answer is in the messages", async () => {
    await linkTeacher(language);
    const from = mark();
    const opened = () => world.api.callsTo("views.open").length;
    const before = opened();
    directory.slowUntil = () => until(() => opened() > before, "the 'one moment' box");
    await teacher.command("coverage 4A");
    directory.slowUntil = async () => {};
    const replaced = world.api.callsTo("views.update").at(-1);
    expect(replaced, "the 'one moment' box replaced").toBeDefined();
    expect(JSON.stringify(replaced!.args.view)).toContain(
      JSON.stringify(translate({ key: "slack.done" }, language)),
    );
    expectAdultRegister(language, teacherSaw(from));
  });

  it("reads it where a new password goes when its box could not open: the Home tab, and the DM pointing there", async () => {
    await linkTeacher(language);
    await teacher.command("guided S1001");
    await teacher.pressButton(translate({ key: "guided.routeInPerson" }, language));
    const from = mark();
    world.api.failNext("views.open", "expired_trigger_id");
    await teacher.pressButton(translate({ key: "guided.confirmYes" }, language));
    const password = /\n\n(\S+)\n\n/.exec(teacher.homeText)?.[1];
    expect(password, teacher.homeText).toBeDefined();
    expectAdultRegister(
      language,
      teacherSaw(from).map((text) => text.replace(password!, "…")),
    );
    expect(world.postedMessages()).not.toContain(password);
  });
});

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/errors.js";
import { createDirectory } from "../../src/directory/create-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

interface RawPerson {
  [key: string]: unknown;
}

let dir: string;
let demo: { school: string; people: RawPerson[] };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "school-file-keys-"));
  demo = JSON.parse(await readFile(DEMO_SCHOOL_FILE, "utf8")) as typeof demo;
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** The demo school with `change` made to a copy of its people; the message the file is refused with. */
async function refusal(change: (people: RawPerson[]) => void): Promise<string> {
  const people = structuredClone(demo.people);
  change(people);
  const path = join(dir, `school-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, JSON.stringify({ ...demo, people }, null, 1));
  const error = await readSchoolFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as ConfigError).message;
  expect(message).toContain(`DIRECTORY_FILE: ${path}`);
  return message;
}

const person = (people: RawPerson[], id: string): RawPerson => people.find((p) => p.id === id)!;

describe("a misspelt key in the school file", () => {
  it('is refused, not dropped: "clases" and "disable" name the person and the key meant, both at once', async () => {
    const message = await refusal((people) => {
      const s1001 = person(people, "S1001");
      s1001.clases = s1001.classes;
      delete s1001.classes;
      person(people, "S1002").disable = true;
    });
    expect(message).toMatch(/S1001: "clases" is not one of a person's keys: did you mean "classes"\?/);
    expect(message).toMatch(/S1002: "disable" is not one of a person's keys: did you mean "disabled"\?/);
    expect(message).toContain("2 mistakes");
  });

  it("that is no slip of a key lists a person's keys instead of guessing", async () => {
    const message = await refusal((people) => {
      person(people, "S1003").birthday = "2017-03-01";
    });
    expect(message).toMatch(
      /S1003: "birthday" is not one of a person's keys \(id, name, role, classes, email, password, disabled\)/,
    );
    expect(message).not.toContain("did you mean");
  });

  it("at the top of the file is named too", async () => {
    const path = join(dir, "top.json");
    await writeFile(path, JSON.stringify({ scool: "Demo Primary School", people: demo.people }));
    await expect(readSchoolFile(path)).rejects.toThrow(
      /"scool" is not one of the file's keys: did you mean "school"\?/,
    );
  });

  it("never shows a password, even one under a misspelt key", async () => {
    const message = await refusal((people) => {
      const s1004 = person(people, "S1004");
      s1004.pasword = s1004.password;
      delete s1004.password;
    });
    expect(message).toMatch(/S1004: "pasword" is not one of a person's keys: did you mean "password"\?/);
    expect(message).toMatch(/S1004: "password" is missing/);
    expect(message).not.toContain("Apple-Cloud-78");
  });
});

describe("a mistake in the school file names the person", () => {
  it("a bad role names T2001 and the roles there are, not a place in the list counted from 0", async () => {
    const message = await refusal((people) => {
      person(people, "T2001").role = "techer";
    });
    expect(message).toMatch(/T2001: role: must be student, teacher or admin, not "techer"/);
    expect(message).not.toMatch(/people\.\d/);
  });

  it("a role that is not a word (a column shifted by a comma in a name) is not shown: it may be a password", async () => {
    const message = await refusal((people) => {
      const s1001 = person(people, "S1001");
      s1001.role = s1001.password;
    });
    expect(message).toMatch(/S1001: role: must be student, teacher or admin/);
    expect(message).not.toContain("Garden-Lamp-21");
  });

  it.each(["Student1", "Teach3r", "admin1!"])(
    "a password a few letters from a role (%s, as schools hand out) is not shown either",
    async (password) => {
      const message = await refusal((people) => {
        person(people, "S1001").role = password;
      });
      expect(message).toMatch(/S1001: role: must be student, teacher or admin/);
      expect(message).not.toContain(password);
    },
  );

  it("a person with no id is named by their place in the list, counted from 1, and their name", async () => {
    const message = await refusal((people) => {
      delete person(people, "S1002").id;
    });
    expect(message).toMatch(/person 2 in "people" \(Aisha Binte Rahman\): "id" is missing/);
  });

  it("every mistake is listed in one message, an id given twice among them", async () => {
    const message = await refusal((people) => {
      person(people, "S1005").id = "s1001";
      person(people, "A3001").role = "it";
      person(people, "S1006").classes = "5B";
      person(people, "S1003").disabled = "true";
    });
    expect(message).toContain("4 mistakes");
    expect(message).toMatch(/S1003: disabled: must be true or false, without quotes/);
    expect(message).toMatch(/s1001: the id is in the file twice \(also as S1001/);
    expect(message).toMatch(/A3001: role: must be student, teacher or admin/);
    expect(message).toMatch(/S1006: classes: must be a list, like \["4A"\]/);
  });
});

describe("a student in no class", () => {
  it("is no mistake (a pupil not yet in a class): the start goes on, with a warning naming the ids", async () => {
    const people = structuredClone(demo.people);
    delete person(people, "S1004").classes;
    person(people, "S1005").classes = [];
    const path = join(dir, "no-class.json");
    await writeFile(path, JSON.stringify({ ...demo, people }));
    const logs = new CapturedLogs();
    const directory = await createDirectory(loadConfig({ DIRECTORY_FILE: path }), logs.logger);
    expect(await directory.findPerson("S1004")).toMatchObject({ classes: [] });
    const warning = logs.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((l) => l.event === "students_in_no_class");
    expect(warning).toMatchObject({ level: 40, file: path });
    expect(warning?.msg).toMatch(
      /^2 students are in no class in the school file \(S1004, S1005\): no teacher sees them/,
    );
    await directory.close();
  });

  it("the demo school has none, so its start has no such warning", async () => {
    const logs = new CapturedLogs();
    const directory = await createDirectory(loadConfig({}), logs.logger);
    expect(logs.text).not.toContain("students_in_no_class");
    await directory.close();
  });
});

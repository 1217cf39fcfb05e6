import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/errors.js";
import { NoSuchPersonError, PasswordRejectedError } from "../../src/core/ports/directory-errors.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";

describe("the memory directory (demo school)", () => {
  let directory: MemoryDirectory;
  beforeAll(async () => {
    directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
  });

  it("accepts an id in any case, and gives the person in the directory's spelling", async () => {
    for (const id of ["S1001", "s1001", " s1001 "]) {
      const person = await directory.authenticate(id, "Garden-Lamp-21");
      expect(person).toEqual({ id: "S1001", name: "Tan Wei Ling", role: "student", classes: ["4A"] });
    }
    expect((await directory.findPerson("t2001"))?.role).toBe("teacher");
    expect((await directory.findPerson("A3001"))?.role).toBe("admin");
  });

  it("a wrong password or an unknown id gives null", async () => {
    expect(await directory.authenticate("S1001", "garden-lamp-21")).toBeNull();
    expect(await directory.authenticate("S1001", "")).toBeNull();
    expect(await directory.authenticate("S9999", "Garden-Lamp-21")).toBeNull();
    expect(await directory.findPerson("S9999")).toBeNull();
  });

  it("lists the students of one class, without its teacher", async () => {
    const fourA = await directory.listStudents("4a");
    expect(fourA.map((p) => p.id).sort()).toEqual(["S1001", "S1002", "S1003"]);
    expect(fourA.every((p) => p.role === "student")).toBe(true);
    expect((await directory.listStudents("5B")).map((p) => p.id).sort()).toEqual(["S1004", "S1005", "S1006"]);
    expect(await directory.listStudents("9Z")).toEqual([]);
  });

  it("the demo school has at least 6 students in two classes, two form teachers and one admin", async () => {
    const students = [...(await directory.listStudents("4A")), ...(await directory.listStudents("5B"))];
    expect(students.length).toBeGreaterThanOrEqual(6);
    expect((await directory.findPerson("T2001"))?.classes).toEqual(["4A"]);
    expect((await directory.findPerson("T2002"))?.classes).toEqual(["5B"]);
  });

  it("a returned person is a copy: changing it changes nothing in the directory", async () => {
    const person = await directory.findPerson("S1002");
    person!.classes.push("5B");
    person!.role = "admin";
    expect(await directory.findPerson("S1002")).toMatchObject({ role: "student", classes: ["4A"] });
  });
});

describe("setting a password in the memory directory", () => {
  it("replaces the password, remembers must-change, and refuses the current one as used before", async () => {
    const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    await expect(directory.setPassword("s1002", "River-Kite-34", { mustChange: false })).rejects.toEqual(
      new PasswordRejectedError("used-before"),
    );
    await directory.setPassword("s1002", "New-Moon-77", { mustChange: true });
    expect(await directory.authenticate("S1002", "New-Moon-77")).not.toBeNull();
    expect(await directory.authenticate("S1002", "River-Kite-34")).toBeNull();
    expect(directory.mustChangePassword("S1002")).toBe(true);
    await directory.setPassword("S1002", "Own-Choice-88", { mustChange: false });
    expect(directory.mustChangePassword("s1002")).toBe(false);
  });

  it("refuses a password for an id it does not know with the port's NoSuchPersonError", async () => {
    const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    const error = await directory
      .setPassword("nobody-here", "New-Moon-77", { mustChange: true })
      .catch((e) => e);
    expect(error).toBeInstanceOf(NoSuchPersonError);
    expect((error as NoSuchPersonError).code).toBe("no_such_person");
  });

  it("refuses a password for a disabled account with NoSuchPersonError, as the LDAP directory does, and keeps the old one", async () => {
    const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    directory.disable("S1002");
    const error = await directory
      .setPassword("S1002", "New-Moon-77", { mustChange: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSuchPersonError);
    expect(directory.mustChangePassword("S1002")).toBe(false);
    expect(await directory.findAccount("S1002")).toMatchObject({ disabled: true });
  });

  it("a disabled account cannot log in and is nobody to the bot", async () => {
    const directory = new MemoryDirectory([
      {
        id: "S5",
        name: "Gone Away",
        role: "student",
        classes: ["1A"],
        password: "pw-123456",
        disabled: true,
      },
    ]);
    expect(await directory.authenticate("S5", "pw-123456")).toBeNull();
    expect(await directory.findPerson("S5")).toBeNull();
  });

  it("findAccount tells a disabled account (still in the directory, marked) from an id it does not have", async () => {
    const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    directory.disable("S1002");
    expect(await directory.findAccount(" s1002 ")).toEqual({
      id: "S1002",
      name: "Aisha Binte Rahman",
      role: "student",
      classes: ["4A"],
      disabled: true,
    });
    expect(await directory.findAccount("S1001")).toEqual({
      id: "S1001",
      name: "Tan Wei Ling",
      role: "student",
      classes: ["4A"],
    });
    expect(await directory.findAccount("S9999")).toBeNull();
    // Still nobody to log in, link or reset.
    expect(await directory.findPerson("S1002")).toBeNull();
    expect(await directory.authenticate("S1002", "River-Kite-34")).toBeNull();
    // A class list marks them, so the coverage list can say why they are not set up.
    const listed = await directory.listStudents("4A");
    expect(listed.filter((p) => p.disabled).map((p) => p.id)).toEqual(["S1002"]);
    expect(listed).toHaveLength(3);
  });
});

describe("a lockout in the memory directory (as a real directory locks after wrong passwords)", () => {
  it("a locked-out account cannot log in; unlock lifts it and says so, once", async () => {
    const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    expect(await directory.unlock("S1002")).toBe(false);
    expect(await directory.lockedOut("S1002")).toBe(false);
    directory.lockOut("s1002");
    expect(await directory.authenticate("S1002", "River-Kite-34")).toBeNull();
    expect(await directory.findPerson("S1002")).toMatchObject({ id: "S1002" });
    expect(await directory.lockedOut(" s1002 ")).toBe(true);
    expect(await directory.unlock(" s1002 ")).toBe(true);
    expect(await directory.lockedOut("S1002")).toBe(false);
    expect(await directory.lockedOut("nobody-here")).toBe(false);
    expect(await directory.authenticate("S1002", "River-Kite-34")).not.toBeNull();
    expect(await directory.unlock("S1002")).toBe(false);
    expect(await directory.unlock("nobody-here")).toBe(false);
  });

  it("a new password lifts a lockout too, as on a real directory", async () => {
    const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    directory.lockOut("S1002");
    await directory.setPassword("S1002", "New-Moon-77", { mustChange: true });
    expect(await directory.authenticate("S1002", "New-Moon-77")).not.toBeNull();
    expect(await directory.unlock("S1002")).toBe(false);
  });
});

describe("an id two entries share in the memory directory (as a botched import leaves in a real one)", () => {
  const twins = () =>
    new MemoryDirectory([
      {
        id: "S7",
        name: "Ann Lee",
        role: "student",
        classes: ["1A"],
        password: "Ann-Pass-11",
        disabled: false,
      },
      {
        id: "s7",
        name: "Ann Lee",
        role: "student",
        classes: ["1B"],
        password: "Other-Pass-22",
        disabled: false,
      },
      {
        id: "S8",
        name: "Ben Ong",
        role: "student",
        classes: ["1A"],
        password: "Ben-Pass-33",
        disabled: false,
      },
    ]);

  it("holds both entries, and says the id matches several: it is not missing", async () => {
    const directory = twins();
    expect(await directory.accountPresence(" s7 ")).toBe("several");
    expect(await directory.accountPresence("S8")).toBe("enabled");
    expect(await directory.accountPresence("S9")).toBe("none");
    directory.disable("S8");
    expect(await directory.accountPresence("S8")).toBe("disabled");
    expect(Object.fromEntries(await directory.accountPresences([" s7 ", "S8", "S9", " "]))).toEqual({
      s7: "several",
      s8: "disabled",
      s9: "none",
      "": "none",
    });
    expect((await directory.listStudents("1B")).map((p) => p.id)).toEqual(["s7"]);
    expect(await directory.idSpellings("s7")).toEqual(["S7", "s7"]);
    expect(await directory.idSpellings("s8")).toEqual(["S8"]);
    expect(await directory.idSpellings("S9")).toEqual([]);
  });

  it("logs nobody in with it, finds nobody, and changes or unlocks no password, as the LDAP directory does", async () => {
    const directory = twins();
    expect(await directory.authenticate("S7", "Ann-Pass-11")).toBeNull();
    expect(await directory.authenticate("S7", "Other-Pass-22")).toBeNull();
    expect(await directory.findPerson("S7")).toBeNull();
    expect(await directory.findAccount("S7")).toBeNull();
    await expect(directory.setPassword("S7", "New-Moon-77", { mustChange: true })).rejects.toBeInstanceOf(
      NoSuchPersonError,
    );
    directory.lockOut("S7");
    expect(await directory.unlock("S7")).toBe(false);
    expect(await directory.authenticate("S8", "Ben-Pass-33")).toMatchObject({ id: "S8" });
  });
});

describe("an email two entries share in the memory directory (a family's address)", () => {
  const person = (id: string, email: string | undefined, disabled = false) => ({
    id,
    name: id,
    role: "student" as const,
    classes: ["1A"],
    password: `${id}-Pass-11`,
    disabled,
    ...(email === undefined ? {} : { email }),
  });

  it("is shared, whatever its case; an email one entry has is not, nor one nobody has", async () => {
    const directory = new MemoryDirectory([
      person("S1", "Lee.Family@school.example"),
      person("S2", " lee.family@school.example "),
      person("S3", "s3@school.example"),
      person("S4", undefined),
    ]);
    expect(await directory.sharesEmail("lee.family@school.example")).toBe(true);
    expect(await directory.sharesEmail("LEE.FAMILY@school.example")).toBe(true);
    expect(await directory.sharesEmail("s3@school.example")).toBe(false);
    expect(await directory.sharesEmail("nobody@school.example")).toBe(false);
  });

  it("counts a disabled account too: the email is still not one person's", async () => {
    const directory = new MemoryDirectory([
      person("S1", "lee.family@school.example"),
      person("S2", "lee.family@school.example", true),
    ]);
    expect(await directory.sharesEmail("lee.family@school.example")).toBe(true);
  });
});

describe("a school file with a mistake", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "school-file-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function load(name: string, content: string): Promise<ConfigError> {
    const path = join(dir, name);
    await writeFile(path, content);
    const error = await MemoryDirectory.fromFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain("DIRECTORY_FILE");
    expect(message).toContain(path);
    return error as ConfigError;
  }

  it("that is not JSON says so", async () => {
    expect((await load("broken.json", '{"people": [')).message).toContain("is not valid JSON");
  });

  it("with a person missing fields says which", async () => {
    const error = await load(
      "missing.json",
      JSON.stringify({ people: [{ id: "S1", name: "Ann", role: "pupil", classes: ["1A"] }] }),
    );
    expect(error.message).toContain("S1: role: must be student, teacher or admin");
    expect(error.message).toContain('S1: "password" is missing');
  });

  it("with no people says so", async () => {
    expect((await load("empty.json", JSON.stringify({ people: [] }))).message).toContain("people");
  });

  it("with one id twice (in any case) names it", async () => {
    const person = { name: "Ann", role: "student", classes: ["1A"], password: "pw" };
    const error = await load(
      "twice.json",
      JSON.stringify({
        people: [
          { ...person, id: "S1" },
          { ...person, id: "s1" },
        ],
      }),
    );
    expect(error.message).toContain("twice");
  });

  it("that does not exist says it cannot be read", async () => {
    const path = join(dir, "nope.json");
    await expect(MemoryDirectory.fromFile(path)).rejects.toThrow(`cannot read ${path}`);
  });

  it("never shows a password from the file in the error", async () => {
    const error = await load(
      "leaky.json",
      JSON.stringify({ people: [{ id: "S1", name: "", role: "student", password: "Secret-Pass-99" }] }),
    );
    expect(error.message).not.toContain("Secret-Pass-99");
  });
});

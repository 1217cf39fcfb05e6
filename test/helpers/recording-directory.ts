import type { Directory } from "../../src/core/ports/directory.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";
import { BY_ID } from "./matching-directory.js";

/** The demo school's memory directory, and each user ID it was given (to find, log in, unlock...), in order. */
export interface RecordingDirectory {
  directory: Directory;
  /** The memory directory it asks: to add a pupil as IT would. */
  memory: MemoryDirectory;
  /** Every ID the directory was asked about (given first to a method, or among accountPresences'), as given. */
  searched: string[];
}

/**
 * The demo school in a memory directory that notes every user ID it is asked about: to prove that some text
 * never reached the school's directory (where an LDAP server may log each search's filter).
 */
export async function recordingDirectory(): Promise<RecordingDirectory> {
  const searched: string[] = [];
  const memory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
  const directory = new Proxy(memory, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      const call = value as (...args: unknown[]) => unknown;
      if (name === "accountPresences")
        return (ids: readonly string[]) => {
          searched.push(...ids);
          return call.call(target, ids);
        };
      if (!BY_ID.has(String(name))) return value;
      return (id: string, ...rest: unknown[]) => {
        searched.push(id);
        return call.call(target, id, ...rest);
      };
    },
  });
  return { directory, memory, searched };
}

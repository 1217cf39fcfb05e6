import type {
  AccountPresence,
  Directory,
  Person,
  SetPasswordOptions,
} from "../../src/core/ports/directory.js";
import {
  DirectoryUnavailableError,
  PasswordCheckUnansweredError,
  PasswordOutcomeUnknownError,
} from "../../src/core/errors.js";

/** Wraps a real directory and can be switched "down", as when the school's server stops answering. */
export class SwitchableDirectory implements Directory {
  down = false;
  /** Runs inside setPassword before the directory is asked: to look at the store while a reset is in flight. */
  duringSetPassword: (() => Promise<void>) | undefined = undefined;
  /** Runs inside authenticate before the directory is asked: a slow password check. */
  duringAuthenticate: (() => Promise<void>) | undefined = undefined;
  /**
   * How setPassword fails, as a real directory can: "before-sending" (it could not be reached: nothing was
   * changed), or "after-setting" (the change was made, then the answer never came: a timeout).
   */
  setPasswordFails: "before-sending" | "after-setting" | undefined = undefined;

  /**
   * authenticate sends the password, the directory judges it (and counts a wrong one towards its lockout),
   * then the answer never comes: a slow directory's timeout.
   */
  authenticateUnanswered = false;
  /** How many passwords reached the directory (authenticate calls past `down`). */
  passwordsSent = 0;

  constructor(private readonly inner: Directory) {}

  private check(): void {
    if (this.down) throw new DirectoryUnavailableError();
  }

  async authenticate(id: string, password: string): Promise<Person | null> {
    this.check();
    this.passwordsSent += 1;
    await this.duringAuthenticate?.();
    const person = await this.inner.authenticate(id, password);
    if (this.authenticateUnanswered)
      throw new PasswordCheckUnansweredError("authenticate: timed out after 5000 ms");
    return person;
  }
  async findPerson(id: string): Promise<Person | null> {
    this.check();
    return this.inner.findPerson(id);
  }
  async findAccount(id: string): Promise<Person | null> {
    this.check();
    return this.inner.findAccount(id);
  }
  async accountPresence(id: string): Promise<AccountPresence> {
    this.check();
    return this.inner.accountPresence(id);
  }
  async accountPresences(ids: readonly string[]): Promise<Map<string, AccountPresence>> {
    this.check();
    return this.inner.accountPresences(ids);
  }
  async idSpellings(id: string): Promise<string[]> {
    this.check();
    return this.inner.idSpellings(id);
  }
  async sharesEmail(email: string): Promise<boolean> {
    this.check();
    return this.inner.sharesEmail(email);
  }
  async setPassword(id: string, newPassword: string, options: SetPasswordOptions): Promise<void> {
    this.check();
    await this.duringSetPassword?.();
    if (this.setPasswordFails === "before-sending") throw new DirectoryUnavailableError();
    await this.inner.setPassword(id, newPassword, options);
    if (this.setPasswordFails === "after-setting") {
      throw new PasswordOutcomeUnknownError("setPassword: timed out after 5000 ms");
    }
  }
  async unlock(id: string): Promise<boolean> {
    this.check();
    return this.inner.unlock(id);
  }
  async lockedOut(id: string): Promise<boolean> {
    this.check();
    return this.inner.lockedOut(id);
  }
  async listStudents(className: string): Promise<Person[]> {
    this.check();
    return this.inner.listStudents(className);
  }
  async listClasses(): Promise<string[]> {
    this.check();
    return this.inner.listClasses();
  }
  async forEachId(visit: (id: string) => void): Promise<void> {
    this.check();
    return this.inner.forEachId(visit);
  }
  async close(): Promise<void> {
    return this.inner.close();
  }
}

import { userInfo } from "node:os";

/**
 * What an IT admin does about a file setting the bot cannot read, after the system's error code: the code
 * alone ("ENOENT", "EACCES") sends her to look it up. Empty for a code with no plain advice.
 */
export function whyUnreadable(code: string): string {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return `there is no such file. Check the path; a relative one is read from the directory the bot starts in (${process.cwd()})`;
    case "EACCES":
    case "EPERM":
      return `the bot's user (${currentUser()}) may not read it. Give that user read access (its owner or group), or move the file where it may`;
    case "EISDIR":
      return "it is a directory. Name the file in it";
    default:
      return "";
  }
}

/** "cannot read PATH (CODE): what to do", the words every file setting refuses an unreadable file with. */
export function cannotRead(path: string, code: string): string {
  const advice = whyUnreadable(code);
  return `cannot read ${path} (${code})${advice === "" ? "" : `: ${advice}`}`;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? "?"}`;
  }
}

import { fstatSync } from "node:fs";
import { isatty } from "node:tty";

/**
 * Why standard input cannot feed the terminal channel, or null when it can. Use it before starting the
 * terminal channel when no chat platform is configured.
 *
 * A terminal, a pipe (`printf '...' | npm start`, `docker run -i`), a file (`< script.txt`) or a socket
 * can: each is someone's input, even when it ends at once. A character device that is no terminal
 * (`/dev/null`: what systemd, Docker without `-i` and Kubernetes give a service) or a closed descriptor
 * cannot: the channel would read nothing, say "input ended" and exit 0 at once, which a supervisor
 * takes for a clean stop or restarts in a loop.
 */
export function consoleInputProblem(fd = 0): string | null {
  let stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return "standard input is closed";
  }
  if (isatty(fd)) return null;
  if (stats.isFIFO() || stats.isFile() || stats.isSocket()) return null;
  return stats.isCharacterDevice()
    ? "standard input is not a terminal (it reads nothing, like /dev/null)"
    : "standard input is not a terminal, a pipe or a file";
}

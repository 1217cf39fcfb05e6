import { createServer, type Server, type Socket } from "node:net";

/** One command a client sent, with the database its connection had selected when it came. */
export interface SeenCommand {
  name: string;
  args: string[];
  db: number;
  connection: number;
}

/**
 * The answer to one command: a RESP error line ("-BUSY ..."), or undefined for the server's own (OK for
 * SELECT, AUTH, CLIENT and SET, the value for GET, a ready INFO). `connection` counts from 1.
 */
export type ScriptedAnswer = (command: SeenCommand) => string | undefined;

/**
 * A tiny Redis speaker on 127.0.0.1 for the client's connection handling: what Redis says at the moments a
 * real one is hard to steer into (a script running long when the client reconnects, a password needed).
 * Keeps values per database, so a test sees which database a write went to.
 */
export class ScriptedRespServer {
  readonly seen: SeenCommand[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly values = new Map<string, string>();
  private connections = 0;

  constructor(private readonly answer: ScriptedAnswer = () => undefined) {
    this.server = createServer((socket) => this.serve(socket));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return (this.server.address() as { port: number }).port;
  }

  /** The value a SET left in a database. */
  valueIn(db: number, key: string): string | undefined {
    return this.values.get(`${db}/${key}`);
  }

  /** Closes every client's connection, as CLIENT KILL does: the clients connect again. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => undefined);
    const connection = ++this.connections;
    let db = 0;
    let pending = "";
    socket.on("data", (chunk) => {
      pending += chunk.toString("utf8");
      for (;;) {
        const parsed = readCommand(pending);
        if (parsed === null) return;
        pending = pending.slice(parsed.length);
        const [name = "", ...args] = parsed.parts;
        const command = { name: name.toLowerCase(), args, db, connection };
        this.seen.push(command);
        const scripted = this.answer(command);
        if (scripted !== undefined) {
          socket.write(`${scripted}\r\n`);
          continue;
        }
        if (command.name === "select") db = Number(args[0]);
        socket.write(this.reply(command));
      }
    });
  }

  private reply({ name, args, db }: SeenCommand): string {
    if (name === "info") return bulk("# Persistence\r\nloading:0\r\n");
    if (name === "get") return bulk(this.values.get(`${db}/${args[0]}`));
    if (name === "set") this.values.set(`${db}/${args[0]}`, args[1] ?? "");
    return "+OK\r\n";
  }
}

function bulk(value: string | undefined): string {
  return value === undefined ? "$-1\r\n" : `$${Buffer.byteLength(value)}\r\n${value}\r\n`;
}

/** One RESP array of bulk strings from the start of `text`, or null while it is incomplete. */
function readCommand(text: string): { parts: string[]; length: number } | null {
  const header = /^\*(\d+)\r\n/.exec(text);
  if (header === null) return null;
  let at = header[0].length;
  const parts: string[] = [];
  for (let i = 0; i < Number(header[1]); i++) {
    const size = /^\$(\d+)\r\n/.exec(text.slice(at));
    if (size === null) return null;
    at += size[0].length;
    const end = at + Number(size[1]);
    if (text.length < end + 2) return null;
    parts.push(text.slice(at, end));
    at = end + 2;
  }
  return { parts, length: at };
}

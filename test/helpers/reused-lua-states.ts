import { createRequire } from "node:module";

/*
 * ioredis-mock runs every script call in a new fengari Lua state: it opens the standard libraries and
 * compiles the script each time, about 10 ms a call, which was most of `npm test`'s time. Here a closed
 * state goes back to a pool instead and is handed out again already opened, and each state keeps the
 * chunks it compiled. ioredis-mock sets KEYS, ARGV and `redis` before every call; a state in which a script
 * left a global of its own (Redis would have refused it) is closed, not reused, so no call sees another's.
 * A script that changes a standard library table (string.upper = …) would still be seen by later calls.
 *
 * What each call still paid for after that, now also done once (together about a tenth of `npm test`'s CPU):
 * fengari-interop's `js` library, which ioredis-mock opens on every call, is kept per state; a new global
 * is noticed as it is written (a `__newindex` on the globals table, as Redis has) instead of by walking
 * the globals at every close; and JavaScript strings (the script's text, its keys and arguments) go to Lua
 * bytes through TextEncoder, which gives the same UTF-8 as fengari's own loop for any well-formed string.
 */

interface LuaState {
  __brand?: never;
}
interface Fengari {
  lua: {
    lua_close(L: LuaState): void;
    lua_pushglobaltable(L: LuaState): void;
    lua_createtable(L: LuaState, arrayItems: number, fields: number): void;
    lua_pushjsfunction(L: LuaState, fn: (L: LuaState) => number): void;
    lua_setfield(L: LuaState, table: number, name: Uint8Array): void;
    lua_setmetatable(L: LuaState, index: number): void;
    lua_rawset(L: LuaState, table: number): void;
    lua_type(L: LuaState, index: number): number;
    lua_tojsstring(L: LuaState, index: number): string;
    lua_pop(L: LuaState, n: number): void;
    LUA_TSTRING: number;
    lua_settop(L: LuaState, index: number): void;
    lua_pushvalue(L: LuaState, index: number): void;
    lua_rawgeti(L: LuaState, table: number, n: number): number;
    lua_pcall(L: LuaState, args: number, results: number, handler: number): number;
    LUA_REGISTRYINDEX: number;
    LUA_MULTRET: number;
    LUA_OK: number;
  };
  lauxlib: {
    luaL_newstate(): LuaState;
    luaL_loadstring(L: LuaState, source: Uint8Array): number;
    luaL_dostring(L: LuaState, source: Uint8Array): number;
    luaL_ref(L: LuaState, table: number): number;
  };
  lualib: { luaL_openlibs(L: LuaState): void };
  to_jsstring(bytes: Uint8Array): string;
  to_luastring(text: string, cache?: boolean): Uint8Array;
}
interface FengariInterop {
  luaopen_js(L: LuaState): number;
}

const PATCHED = Symbol.for("sspr.reusedLuaStates");
/** What ioredis-mock defines before each call (if a new version adds one, its states are simply not reused). */
const MOCK_GLOBALS = new Set(["call", "KEYS", "ARGV", "redis", "repair", "unpack"]);
let statesOpened = 0;

/** How many Lua states the libraries have been opened in so far (once per state while they are reused). */
export function luaStatesOpened(): number {
  return statesOpened;
}

/** Makes ioredis-mock's script calls reuse Lua states and compiled chunks, once per process. */
export function reuseLuaStates(): void {
  // ioredis-mock's own copy of fengari: the one whose functions it calls.
  const fromTests = createRequire(import.meta.url);
  const fromMock = createRequire(fromTests.resolve("ioredis-mock"));
  const fengari = fromMock("fengari") as Fengari & Record<symbol, boolean>;
  if (fengari[PATCHED]) return;
  fengari[PATCHED] = true;
  // Before ioredis-mock and fengari-interop are loaded: both take to_luastring from fengari as they load.
  if (fromTests.cache[fromTests.resolve("ioredis-mock")] !== undefined)
    throw new Error(
      "reuseLuaStates ran after ioredis-mock was loaded: import lua-states-reused-first.js first",
    );
  const scriptBytes = fasterLuaStrings(fengari);
  const interop = fromMock("fengari-interop") as FengariInterop;
  const { lua, lauxlib, lualib } = fengari;
  const newState = lauxlib.luaL_newstate;
  const openLibs = lualib.luaL_openlibs;
  const openJs = interop.luaopen_js;
  const close = lua.lua_close;
  const pool: LuaState[] = [];
  const opened = new WeakSet<LuaState>();
  const chunks = new WeakMap<LuaState, Map<string, number>>();
  /** The `js` library's table of each state, as a registry reference. */
  const jsLibraries = new WeakMap<LuaState, number>();
  /** States in which a script wrote a global other than the standard libraries' and ioredis-mock's own. */
  const leaked = new WeakSet<LuaState>();
  /** Globals that exist once a state is opened are set again freely; a new one marks the state. */
  const markNewGlobals = (L: LuaState) => {
    lua.lua_pushglobaltable(L);
    lua.lua_createtable(L, 0, 1);
    lua.lua_pushjsfunction(L, (caller) => {
      // __newindex(globals, name, value): only for a name the globals table does not hold yet.
      const name = lua.lua_type(caller, 2) === lua.LUA_TSTRING ? lua.lua_tojsstring(caller, 2) : undefined;
      if (name === undefined || !MOCK_GLOBALS.has(name)) leaked.add(L);
      lua.lua_rawset(caller, 1);
      return 0;
    });
    lua.lua_setfield(L, -2, fengari.to_luastring("__newindex"));
    lua.lua_setmetatable(L, -2);
    lua.lua_pop(L, 1);
  };
  const decoder = new TextDecoder();

  lauxlib.luaL_newstate = () => pool.pop() ?? newState();
  lualib.luaL_openlibs = (L) => {
    if (opened.has(L)) return;
    openLibs(L);
    opened.add(L);
    statesOpened += 1;
    markNewGlobals(L);
  };
  // ioredis-mock opens it on every call and leaves its table on the stack: push the same table again.
  interop.luaopen_js = (L) => {
    const library = jsLibraries.get(L);
    if (library !== undefined) {
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, library);
      return 1;
    }
    const results = openJs(L);
    lua.lua_pushvalue(L, -1);
    jsLibraries.set(L, lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX));
    return results;
  };
  /*
   * ioredis-mock reads a script's result by asking, at each level, for a table's keys; for a number or a
   * string that question throws an Error, which it catches. Capturing those stacks was 4% of a worker's CPU,
   * so from a script's successful end to its state's close (only the result's conversion runs between)
   * Errors capture no stack. A failed script's Error (luaExecString's) is made before this, with its stack.
   */
  let stackTraceLimit: number | undefined;
  const restoreStackTraces = () => {
    if (stackTraceLimit === undefined) return;
    Error.stackTraceLimit = stackTraceLimit;
    stackTraceLimit = undefined;
  };
  const noStackTracesUntilClose = () => {
    if (stackTraceLimit !== undefined) return;
    stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    // Should the conversion throw before the close, the stacks come back once this call is over.
    queueMicrotask(restoreStackTraces);
  };
  lua.lua_close = (L) => {
    restoreStackTraces();
    if (!opened.has(L) || leaked.has(L)) return close(L);
    lua.lua_settop(L, 0);
    pool.push(L);
  };
  lauxlib.luaL_dostring = (L, source) => {
    const compiled = chunks.get(L) ?? new Map<string, number>();
    chunks.set(L, compiled);
    const text = scriptBytes.textOf(source) ?? decoder.decode(source);
    scriptBytes.remember(text, source);
    let ref = compiled.get(text);
    if (ref === undefined) {
      const status = lauxlib.luaL_loadstring(L, source);
      if (status !== lua.LUA_OK) return status;
      lua.lua_pushvalue(L, -1);
      ref = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
      compiled.set(text, ref);
    } else {
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
    }
    const status = lua.lua_pcall(L, 0, lua.LUA_MULTRET, 0);
    if (status === lua.LUA_OK) noStackTracesUntilClose();
    return status;
  };
}

/** A script's text and its Lua bytes, both ways, for the texts luaL_dostring has run. */
interface ScriptBytes {
  textOf(bytes: Uint8Array): string | undefined;
  remember(text: string, bytes: Uint8Array): void;
}

/**
 * fengari's to_luastring, through TextEncoder for a well-formed string (its own loop for a lone surrogate).
 * ioredis-mock turns a script's whole text into bytes at every call, and luaL_dostring turned them back to
 * find the compiled chunk: a script's text run once gets the same bytes again (fengari only reads them).
 */
function fasterLuaStrings(fengari: Fengari): ScriptBytes {
  const slow = fengari.to_luastring;
  const encoder = new TextEncoder();
  const bytesOfScript = new Map<string, Uint8Array>();
  const scriptOfBytes = new WeakMap<Uint8Array, string>();
  const scriptBytes: ScriptBytes = {
    textOf: (bytes) => scriptOfBytes.get(bytes),
    remember: (text, bytes) => {
      if (bytesOfScript.has(text)) return;
      bytesOfScript.set(text, bytes);
      scriptOfBytes.set(bytes, text);
    },
  };
  // fengari takes only its own realm's Uint8Array as a Lua string (to_jsstring would throw).
  if (fengari.to_jsstring(encoder.encode("é")) !== "é") return scriptBytes;
  if (fengari.to_jsstring(asciiBytes("a") ?? encoder.encode("")) !== "a") return scriptBytes;
  fengari.to_luastring = (text, cache) => {
    if (cache === true || typeof text !== "string") return slow(text, cache);
    const script = bytesOfScript.get(text);
    if (script !== undefined) return script;
    if (text.length <= SHORT_STRING) {
      const ascii = asciiBytes(text);
      if (ascii !== undefined) return ascii;
    }
    return (text as unknown as WellFormed).isWellFormed() ? encoder.encode(text) : slow(text, cache);
  };
  return scriptBytes;
}
/*
 * Keys and arguments are mostly short ASCII strings, for which TextEncoder's call costs about 3 µs and a
 * loop here about 0.5 µs (the bytes are the same: ASCII is its own UTF-8).
 */
const SHORT_STRING = 256;
function asciiBytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return undefined;
    bytes[i] = code;
  }
  return bytes;
}
interface WellFormed {
  isWellFormed(): boolean;
}

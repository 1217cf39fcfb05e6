import { createRequire } from "node:module";

/*
 * ioredis-mock runs every script call in a new fengari Lua state: it opens the standard libraries and
 * compiles the script each time, about 10 ms a call, which was most of `npm test`'s time. Here a closed
 * state goes back to a pool instead and is handed out again already opened, and each state keeps the
 * chunks it compiled. ioredis-mock sets KEYS, ARGV and `redis` before every call; a state in which a script
 * left a global of its own (Redis would have refused it) is closed, not reused, so no call sees another's.
 * A script that changes a standard library table (string.upper = …) would still be seen by later calls.
 */

interface LuaState {
  __brand?: never;
}
interface Fengari {
  lua: {
    lua_close(L: LuaState): void;
    lua_pushglobaltable(L: LuaState): void;
    lua_pushnil(L: LuaState): void;
    lua_next(L: LuaState, index: number): number;
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
}

const PATCHED = Symbol.for("sspr.reusedLuaStates");
/** What ioredis-mock defines before each call (if a new version adds one, its states are simply not reused). */
const MOCK_GLOBALS = ["call", "KEYS", "ARGV", "redis", "repair", "unpack"];
let statesOpened = 0;

/** How many Lua states the libraries have been opened in so far (once per state while they are reused). */
export function luaStatesOpened(): number {
  return statesOpened;
}

/** Makes ioredis-mock's script calls reuse Lua states and compiled chunks, once per process. */
export function reuseLuaStates(): void {
  // ioredis-mock's own copy of fengari: the one whose functions it calls.
  const fromTests = createRequire(import.meta.url);
  const fengari = createRequire(fromTests.resolve("ioredis-mock"))("fengari") as Fengari &
    Record<symbol, boolean>;
  if (fengari[PATCHED]) return;
  fengari[PATCHED] = true;
  const { lua, lauxlib, lualib } = fengari;
  const newState = lauxlib.luaL_newstate;
  const openLibs = lualib.luaL_openlibs;
  const close = lua.lua_close;
  const pool: LuaState[] = [];
  const opened = new WeakSet<LuaState>();
  const chunks = new WeakMap<LuaState, Map<string, number>>();
  /** A state's own globals: the standard libraries', and those ioredis-mock sets again on every call. */
  const ownGlobals = new WeakMap<LuaState, Set<string>>();
  const globalsOf = (L: LuaState): Set<string> => {
    const names = new Set<string>();
    lua.lua_pushglobaltable(L);
    lua.lua_pushnil(L);
    while (lua.lua_next(L, -2) !== 0) {
      if (lua.lua_type(L, -2) === lua.LUA_TSTRING) names.add(lua.lua_tojsstring(L, -2));
      lua.lua_pop(L, 1);
    }
    lua.lua_pop(L, 1);
    return names;
  };
  const decoder = new TextDecoder();

  lauxlib.luaL_newstate = () => pool.pop() ?? newState();
  lualib.luaL_openlibs = (L) => {
    if (opened.has(L)) return;
    openLibs(L);
    opened.add(L);
    statesOpened += 1;
    ownGlobals.set(L, new Set([...globalsOf(L), ...MOCK_GLOBALS]));
  };
  lua.lua_close = (L) => {
    if (!opened.has(L)) return close(L);
    lua.lua_settop(L, 0);
    const own = ownGlobals.get(L);
    if (own === undefined || [...globalsOf(L)].some((name) => !own.has(name))) return close(L);
    pool.push(L);
  };
  lauxlib.luaL_dostring = (L, source) => {
    const compiled = chunks.get(L) ?? new Map<string, number>();
    chunks.set(L, compiled);
    const text = decoder.decode(source);
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
    return lua.lua_pcall(L, 0, lua.LUA_MULTRET, 0);
  };
}

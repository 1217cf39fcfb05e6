import { createRequire } from "node:module";

/*
 * ioredis-mock runs every script call in a new fengari Lua state: it opens the standard libraries and
 * compiles the script each time, about 10 ms a call, which was most of `npm test`'s time. Here a closed
 * state goes back to a pool instead and is handed out again already opened, and each state keeps the
 * chunks it compiled. What a script sees is the same: ioredis-mock sets KEYS, ARGV and `redis` before every
 * call, and our scripts write no globals (Redis forbids it).
 */

interface LuaState {
  __brand?: never;
}
interface Fengari {
  lua: {
    lua_close(L: LuaState): void;
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
  const decoder = new TextDecoder();

  lauxlib.luaL_newstate = () => pool.pop() ?? newState();
  lualib.luaL_openlibs = (L) => {
    if (opened.has(L)) return;
    openLibs(L);
    opened.add(L);
  };
  lua.lua_close = (L) => {
    if (!opened.has(L)) return close(L);
    lua.lua_settop(L, 0);
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

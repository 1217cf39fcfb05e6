import { reuseLuaStates } from "./reused-lua-states.js";

/*
 * Imported first by the unit set-up, for its effect: reuseLuaStates must run before anything loads
 * ioredis-mock, which (as fengari-interop does) keeps fengari's to_luastring as it finds it when it loads.
 * Called from the set-up's body, it ran after the set-up's own imports had loaded ioredis-mock, and every
 * script's text went through fengari's own loop again at every call.
 */
reuseLuaStates();

import { reuseLuaStates } from "./reused-lua-states.js";

reuseLuaStates();

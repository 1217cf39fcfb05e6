import { failFilesThatLeaveTheClockFaked } from "./clock-left-faked.js";
import { reuseLuaStates } from "./reused-lua-states.js";

reuseLuaStates();
failFilesThatLeaveTheClockFaked();

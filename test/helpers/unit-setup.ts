import { failFilesThatLeaveTheClockFaked } from "./clock-left-faked.js";
import { emptyEmbeddedRedisAfterEachFile } from "./embedded-redis-emptied.js";
import { failFilesThatLeaveEmbeddedRedisOpen } from "./embedded-redis-left-open.js";
import { reuseLuaStates } from "./reused-lua-states.js";

reuseLuaStates();
failFilesThatLeaveTheClockFaked();
emptyEmbeddedRedisAfterEachFile();
failFilesThatLeaveEmbeddedRedisOpen();

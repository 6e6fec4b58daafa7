// The page's only script, small so that it runs as soon as it arrives: the
// last account's cache starts opening and its warm start is read while the
// browser fetches, compiles and runs the app's bundle (see openEarlyCache).
import { openEarlyCache } from "./cache";

openEarlyCache();
void import("./main");

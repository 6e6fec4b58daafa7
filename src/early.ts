// The page's only script, small so that it runs as soon as it arrives: the
// last account's cache starts opening and its warm start is read while the
// browser fetches, compiles and runs the app's bundle (see openEarlyCache).
import { openEarlyCache } from "./cache";

openEarlyCache();
void import("./main");
// A page's first Intl formatter loads the locale data behind all of them
// (17 ms here, 0.1 to 2 for each one after). Done now, while the app's
// chunk is on its way, rather than in the first render that shows a date.
new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(0);

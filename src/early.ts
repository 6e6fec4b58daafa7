// The page's first script, run before the app's bundle is evaluated: the
// last account's cache starts opening, so that IndexedDB works while the
// browser compiles and runs the rest (see openEarlyCache).
import { openEarlyCache } from "./cache";

openEarlyCache();

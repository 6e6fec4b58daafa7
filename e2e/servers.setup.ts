// The first "test" of each project: start its servers from the project's
// own configs. The matching teardown project stops them after the last
// spec, whether specs passed or not.
import { test } from "./fixtures";
import { startServers } from "./server-control";
import { setups } from "./servers";

test("start the servers", async ({ setupName }) => {
  test.setTimeout(90_000); // ejabberd boots an Erlang VM: ~1–4 s per server
  await startServers(setups[setupName].servers);
});

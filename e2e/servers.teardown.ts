import { test } from "./fixtures";
import { stopServers } from "./server-control";
import { setups } from "./servers";

test("stop the servers", async ({ setupName }) => {
  await stopServers(setups[setupName].servers);
});

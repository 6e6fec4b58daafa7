import SASLFactory from "saslmechanisms";
import { describe, expect, it } from "vitest";
import { registerScram, type Scram } from "./scram";
import { fromBase64, saltedKeys, scramProof, toBase64 } from "./scram-crypto";

const creds = { username: "user", password: "pencil" };
const salt = "QSXCR+Q6sek8bf92";

/** A stand-in for xmpp.js's stock mechanisms, as the client adds them. */
function stock(name: string) {
  return class {
    get name() {
      return name;
    }
  };
}

function factoryLikeXmppJs(): SASLFactory {
  const factory = new SASLFactory();
  factory.use(stock("SCRAM-SHA-1"));
  factory.use(stock("PLAIN"));
  factory.use(stock("ANONYMOUS"));
  return factory;
}

/**
 * Runs a SCRAM-SHA-1 exchange up to the client-final message, as xmpp.js
 * would, with the factory's random nonce. Resolves with the mechanism and
 * the server-final message a server knowing the password would send.
 */
async function login(factory: SASLFactory) {
  const mech = factory.create(["SCRAM-SHA-1"]) as Scram;
  const clientFirstBare = (await mech.response(creds)).slice(3);
  const serverFirst = `${clientFirstBare.split(",")[1]}srv,s=${salt},i=4096`;
  await mech.challenge(serverFirst);
  const clientFinal = await mech.response(creds);

  const withoutProof = clientFinal.replace(/,p=.*$/, "");
  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const keys = await saltedKeys(
    "SHA-1",
    creds.password,
    fromBase64(salt),
    4096,
  );
  const { serverSignature } = await scramProof("SHA-1", keys, authMessage);
  return { mech, serverFinal: `v=${toBase64(serverSignature)}` };
}

describe("registerScram", () => {
  it("puts SCRAM-SHA-256 and SCRAM-SHA-1 first, replacing xmpp.js's", () => {
    const factory = factoryLikeXmppJs();
    const stockScram = factory._mechs[0]?.mech;
    registerScram(factory);
    expect(factory._mechs.map((entry) => entry.name)).toEqual([
      "SCRAM-SHA-256",
      "SCRAM-SHA-1",
      "PLAIN",
      "ANONYMOUS",
    ]);
    expect(factory.create(["SCRAM-SHA-1"])).not.toBeInstanceOf(
      stockScram as never,
    );
  });

  it("accepts the server-final message carried by <success/>", async () => {
    const factory = factoryLikeXmppJs();
    const scram = registerScram(factory);
    const { mech, serverFinal } = await login(factory);
    scram.verifySuccess(btoa(serverFinal));
    expect(mech.verified).toBe(true);
  });

  it("throws when <success/> carries a wrong or no signature", async () => {
    const factory = factoryLikeXmppJs();
    const scram = registerScram(factory);
    await login(factory);
    expect(() => scram.verifySuccess(btoa("v=AAAA"))).toThrow(/signature/);
    expect(() => scram.verifySuccess("=")).toThrow(/signature/);
  });

  it("does nothing when the login did not use SCRAM", () => {
    const scram = registerScram(factoryLikeXmppJs());
    expect(() => scram.verifySuccess("")).not.toThrow();
  });
});

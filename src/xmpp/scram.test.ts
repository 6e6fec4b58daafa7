import { describe, expect, it } from "vitest";
import { PepperError } from "./api";
import { ScramSha1, ScramSha256 } from "./scram";
import { saslPrep } from "./scram-crypto";

/** RFC 5802 §5: the SCRAM-SHA-1 exchange it works through. */
const RFC5802 = {
  nonce: "fyko+d2lbbFgONRv9qkxdawL",
  clientFirst: "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
  serverFirst:
    "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
  clientFinal:
    "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j," +
    "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
  serverFinal: "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
};

/** RFC 7677 §3: the SCRAM-SHA-256 exchange it works through. */
const RFC7677 = {
  nonce: "rOprNGfwEbeRWgbNEkqO",
  clientFirst: "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
  serverFirst:
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0," +
    "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
  clientFinal:
    "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0," +
    "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
  serverFinal: "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
};

const creds = { username: "user", password: "pencil" };

async function challenged(Mech: typeof ScramSha1, example: typeof RFC5802) {
  const mech = new Mech({ nonce: example.nonce });
  await mech.response(creds);
  await mech.challenge(example.serverFirst);
  return mech;
}

describe.each([
  ["ScramSha1", ScramSha1, RFC5802, "SCRAM-SHA-1"],
  ["ScramSha256", ScramSha256, RFC7677, "SCRAM-SHA-256"],
] as const)("%s", (_name, Mech, example, mechanism) => {
  it(`is named ${mechanism} on its prototype, for the factory`, () => {
    expect(Mech.prototype.name).toBe(mechanism);
    expect(new Mech().clientFirst).toBe(true);
  });

  it("sends the RFC's client-first message", async () => {
    const mech = new Mech({ nonce: example.nonce });
    expect(await mech.response(creds)).toBe(example.clientFirst);
  });

  it("answers the RFC's server-first with its client-final", async () => {
    const mech = await challenged(Mech, example);
    expect(await mech.response(creds)).toBe(example.clientFinal);
  });

  it("accepts the RFC's server signature as a challenge", async () => {
    const mech = await challenged(Mech, example);
    await mech.response(creds);
    await mech.challenge(example.serverFinal);
    expect(mech.verified).toBe(true);
    expect(await mech.response(creds)).toBe("");
  });

  it("logs in again with the keys of a login, not the password", async () => {
    const first = await challenged(Mech, example);
    await first.response(creds);
    await first.challenge(example.serverFinal);
    const keys = first.keys;
    expect(JSON.stringify(keys)).not.toContain("pencil");

    const again = new Mech({ nonce: example.nonce });
    await again.response({ username: "user", keys });
    await again.challenge(example.serverFirst);
    expect(await again.response({ username: "user", keys })).toBe(
      example.clientFinal,
    );
    await again.challenge(example.serverFinal);
    expect(again.verified).toBe(true);
  });

  it("asks for the password when the salt has changed", async () => {
    const first = await challenged(Mech, example);
    await first.response(creds);
    await first.challenge(example.serverFinal);
    const keys = { ...first.keys!, salt: "c2FsdA==" };

    const again = new Mech({ nonce: example.nonce });
    await again.response({ username: "user", keys });
    await again.challenge(example.serverFirst);
    await expect(again.response({ username: "user", keys })).rejects.toThrow(
      PepperError,
    );
  });

  it("accepts the RFC's server signature as SASL2 success data", async () => {
    const mech = await challenged(Mech, example);
    await mech.response(creds);
    await mech.final(example.serverFinal);
    expect(mech.verified).toBe(true);
  });

  it("rejects a server signature made without the password", async () => {
    const mech = await challenged(Mech, example);
    await mech.response({ ...creds, password: "pencils" });
    await expect(mech.challenge(example.serverFinal)).rejects.toMatchObject({
      code: "sasl-failure",
    });
    expect(mech.verified).toBe(false);
  });
});

describe("SCRAM server-first checks", () => {
  const bad = [
    ["a nonce that does not extend ours", "r=other,s=QSXCR+Q6sek8bf92,i=4096"],
    ["an iteration count of 0", `r=${RFC5802.nonce}x,s=QSXCR+Q6sek8bf92,i=0`],
    ["a negative iteration count", `r=${RFC5802.nonce}x,s=QSXC,i=-1`],
    ["an iteration count that is no number", `r=${RFC5802.nonce}x,s=QQ==,i=a`],
    ["no salt", `r=${RFC5802.nonce}x,i=4096`],
    ["a mandatory extension", `m=ext,r=${RFC5802.nonce}x,s=QQ==,i=4096`],
    ["an error", "e=other-error"],
  ];

  it.each(bad)("rejects %s", async (_what, serverFirst) => {
    const mech = new ScramSha1({ nonce: RFC5802.nonce });
    await mech.response(creds);
    await expect(mech.challenge(serverFirst)).rejects.toBeInstanceOf(
      PepperError,
    );
  });
});

describe("SCRAM server-final checks", () => {
  it("turns e=invalid-proof into not-authorized", async () => {
    const mech = await challenged(ScramSha1, RFC5802);
    await mech.response(creds);
    await expect(mech.challenge("e=invalid-proof")).rejects.toMatchObject({
      code: "not-authorized",
    });
  });

  it("rejects a final message without a signature", async () => {
    const mech = await challenged(ScramSha1, RFC5802);
    await mech.response(creds);
    await expect(mech.final("")).rejects.toMatchObject({
      code: "sasl-failure",
    });
  });

  it("rejects a server-final message before the client-final", async () => {
    const mech = await challenged(ScramSha1, RFC5802);
    expect(() => mech.verifyServerFinal(RFC5802.serverFinal)).toThrow(
      PepperError,
    );
  });
});

describe("SCRAM names and passwords", () => {
  it("escapes = and , in the user name", async () => {
    const mech = new ScramSha1({ nonce: "n" });
    expect(await mech.response({ username: "a=b,c" })).toBe(
      "n,,n=a=3Db=2Cc,r=n",
    );
  });

  it("writes a user name as UTF-8 bytes that btoa can encode", async () => {
    const mech = new ScramSha1({ nonce: "n" });
    const message = await mech.response({ username: "jürgen" });
    expect(btoa(message)).toBe(btoa("n,,n=j\u00c3\u00bcrgen,r=n"));
  });

  it("makes a random nonce of printable characters but commas", async () => {
    const first = await new ScramSha256().response(creds);
    const second = await new ScramSha256().response(creds);
    expect(first).toMatch(/^n,,n=user,r=[\x21-\x2b\x2d-\x7e]{16,}$/);
    expect(first).not.toBe(second);
  });

  it("prepares the password: NFKC, spaces, ignorable characters", () => {
    expect(saslPrep("ｐｅｎｃｉｌ")).toBe("pencil");
    expect(saslPrep("pen\u00adcil")).toBe("pencil");
    expect(saslPrep("a\u00a0b\u2003c")).toBe("a b c");
    expect(saslPrep("e\u0301")).toBe("\u00e9");
  });

  it("proves the same password however it was typed", async () => {
    const mech = await challenged(ScramSha1, RFC5802);
    expect(await mech.response({ ...creds, password: "pen\u00adcil" })).toBe(
      RFC5802.clientFinal,
    );
  });
});

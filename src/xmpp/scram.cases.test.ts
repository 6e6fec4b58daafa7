// case-24: SCRAM over a binary salt, the trap behind "SCRAM fails where
// PLAIN works": the salt must stay bytes, never pass through a string.
import { describe, expect, it } from "vitest";
import { caseStanza } from "../../test/fixtures";
import { ScramSha1, ScramSha256 } from "./scram";

const decoded = (step: string) => atob(caseStanza("case-24", step).getText());
const creds = { username: "bob", password: "correct horse battery" };
const nonce = "fyko+d2lbbFgONRv9qkxdawL";

async function answer(Mech: typeof ScramSha1) {
  const mech = new Mech({ nonce });
  await mech.response(creds);
  await mech.challenge(decoded("3"));
  return { mech, final: await mech.response(creds) };
}

describe("case-24: SCRAM with an 18-byte binary salt", () => {
  it("sends exactly step 4's SCRAM-SHA-1 client-final", async () => {
    const { final } = await answer(ScramSha1);
    expect(final).toBe(decoded("4"));
    expect(final).not.toContain("p=MrvfaDZkyz4enbUvpulGqdZ1qek=");
  });

  it("accepts step 5's server signature", async () => {
    const { mech } = await answer(ScramSha1);
    await expect(mech.challenge(decoded("5"))).resolves.not.toThrow();
  });

  it("gives the case's SCRAM-SHA-256 proof, not the wrong-salt one", async () => {
    const { mech, final } = await answer(ScramSha256);
    expect(final).toMatch(/,p=Plgd3iplYHkqyO8000PyQ\/1TKrrw3nJeAHF9pO\+H4Xk=$/);
    await expect(
      mech.challenge("v=wGzQbCMpMtyWhZi0PFkd4QoA/Yuuz9O+VriwPrCwlyo="),
    ).resolves.not.toThrow();
  });

  it("rejects a server signature that does not match", async () => {
    const { mech } = await answer(ScramSha1);
    await expect(
      mech.challenge("v=wGzQbCMpMtyWhZi0PFkd4QoA/Yuuz9O+VriwPrCwlyo="),
    ).rejects.toBeInstanceOf(Error);
  });
});

import type { Availability, BareJid } from "../model";

const RANK: Record<Availability, number> = { online: 2, away: 1, offline: 0 };

/**
 * A contact may be connected from several resources (RFC 6121 §4.1); the
 * contact list shows the most available one.
 */
export class AvailabilityTracker {
  private readonly byJid = new Map<BareJid, Map<string, Availability>>();

  /** Records one resource's presence; returns the contact's best. */
  update(jid: BareJid, resource: string, value: Availability): Availability {
    const resources = this.byJid.get(jid) ?? new Map<string, Availability>();
    if (value === "offline") resources.delete(resource);
    else resources.set(resource, value);
    this.byJid.set(jid, resources);
    return this.best(jid);
  }

  best(jid: BareJid): Availability {
    let best: Availability = "offline";
    for (const value of this.byJid.get(jid)?.values() ?? []) {
      if (RANK[value] > RANK[best]) best = value;
    }
    return best;
  }
}

import { startTransition, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { log } from "../log";
import { useProfileStore, useSessionStore, useTimelineStore } from "../store";
import type { Account } from "../store";
import { Composer } from "./Composer";
import { FeedStatus } from "./FeedStatus";
import { PersonPage } from "./PersonPage";
import { PostSearch } from "./PostSearch";
import { ReconnectPanel } from "./ReconnectPanel";
import { Timeline } from "./Timeline";
import "./Home.css";

/**
 * The side panel is a chunk of its own, fetched when it is to come: the
 * first paint of a timeline does not need it. Asked for sooner, its
 * stylesheet held back that paint; shown through React.lazy, React held
 * back its reveal by 300 ms (Suspense's throttle), so it is rendered only
 * once it is in.
 */
type SidePanelChunk = typeof import("./SidePanel");

/**
 * How long the side panel waits for the first feed after a login before
 * it comes anyway (a far server may take many seconds to answer).
 */
const SIDE_PANEL_WAIT_MS = 1000;

/** An account on screen: live when online, from the cache otherwise. */
export function Home({ account }: { account: Account }) {
  const online = useSessionStore((s) => s.connection.status === "online");
  const person = useProfileStore((s) => s.person);
  const openLinked = useProfileStore((s) => s.openLinked);
  const { t } = useTranslation();
  // The side panel (settings and contacts, a big render with thousands of
  // contacts) comes once the posts are on screen, after the next frame,
  // in a render React may interrupt: on a reload and when a login brings
  // the first feeds, its layout does not hold up their paint. After a
  // login with nothing cached it waits for the first feed, or a moment.
  const postsShown = useTimelineStore(
    (s) => s.sorted.length > 0 || s.progress.status !== "loading",
  );
  const [waited, setWaited] = useState(false);
  const [side, setSide] = useState<SidePanelChunk | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), SIDE_PANEL_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (side || !(postsShown || waited)) return;
    let gone = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (chunk: SidePanelChunk) => {
      if (!gone) startTransition(() => setSide(chunk));
    };
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        import("./SidePanel").then(show, (error: unknown) => {
          log.warn("ui", "cannot load the side panel", { error });
        });
      });
    });
    return () => {
      gone = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [side, postsShown, waited]);

  // An xmpp: link that opened Pepper shows its person once we are in.
  useEffect(openLinked, [openLinked]);

  return (
    <>
      {!online && <ReconnectPanel account={account} />}
      <div className="home">
        {person && <PersonPage person={person} />}
        <section
          className="home-posts"
          aria-label={t("home.posts")}
          hidden={!!person}
        >
          <PostSearch />
          <Composer />
          <FeedStatus />
          <Timeline />
        </section>
        <aside className="home-side">{side && <side.SidePanel />}</aside>
      </div>
    </>
  );
}

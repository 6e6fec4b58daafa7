import { lazy, startTransition, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfileStore, useSessionStore, useTimelineStore } from "../store";
import type { Account } from "../store";
import { Composer } from "./Composer";
import { FeedStatus } from "./FeedStatus";
import { PostSearch } from "./PostSearch";
import { ReconnectPanel } from "./ReconnectPanel";
import { Timeline } from "./Timeline";
import "./Home.css";

// Chunks of their own, as the first paint of a timeline needs neither:
// the side panel, fetched when it is to come (its CSS, fetched with it,
// held back the first paint of a warm start when asked for sooner), and
// a person's page, when one is opened.
const SidePanel = lazy(() =>
  import("./SidePanel").then((chunk) => ({ default: chunk.SidePanel })),
);
const PersonPage = lazy(() =>
  import("./PersonPage").then((chunk) => ({ default: chunk.PersonPage })),
);

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
  const [withSide, setWithSide] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), SIDE_PANEL_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (withSide || !(postsShown || waited)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setWithSide(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [withSide, postsShown, waited]);

  // An xmpp: link that opened Pepper shows its person once we are in.
  useEffect(openLinked, [openLinked]);

  return (
    <>
      {!online && <ReconnectPanel account={account} />}
      <div className="home">
        {person && (
          <Suspense>
            <PersonPage person={person} />
          </Suspense>
        )}
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
        <aside className="home-side">
          {withSide && (
            <Suspense>
              <SidePanel />
            </Suspense>
          )}
        </aside>
      </div>
    </>
  );
}

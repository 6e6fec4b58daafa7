// Installed in the page before any of its scripts (addInitScript): records
// when the Log in button is clicked, when the first post and the end of
// the feed fetches are painted, and every long task. Times are
// performance.now(), i.e. ms since navigation started.
(() => {
  const bench = { click: null, firstPost: null, loaded: null, tasks: [] };
  const statusAtPaint = () =>
    document.querySelector('[role="status"]')?.textContent ?? "";
  // The frame after a DOM change is when it can be on screen.
  const whenPainted = (record) =>
    requestAnimationFrame(() => setTimeout(() => record(performance.now())));
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      bench.tasks.push({ start: task.startTime, duration: task.duration });
    }
  }).observe({ type: "longtask", buffered: true });

  document.addEventListener(
    "click",
    (event) => {
      const button = event.target.closest?.("button");
      if (button?.textContent?.trim() === "Log in") {
        Object.assign(bench, { click: performance.now(), firstPost: null });
        Object.assign(bench, { loaded: null });
      }
    },
    true,
  );

  const watch = () => {
    if (
      bench.firstPost === null &&
      document.querySelector('[role="feed"] article:not([data-outbox])')
    ) {
      bench.firstPost = -1;
      bench.status = statusAtPaint();
      whenPainted((t) => (bench.firstPost = t));
    }
    if (
      bench.loaded === null &&
      bench.click !== null &&
      document.querySelector('[data-feed-status="loaded"]')
    ) {
      bench.loaded = -1;
      whenPainted((t) => (bench.loaded = t));
    }
  };
  new MutationObserver(watch).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-feed-status"],
  });
})();

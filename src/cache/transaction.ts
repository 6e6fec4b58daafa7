/** The part of an idb transaction that `commit` needs. */
interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Issues the requests that `issue` yields in `tx`, then resolves once the
 * transaction commits, or rejects with the first failure.
 *
 * A request that fails later aborts the transaction by itself. One that
 * throws while being issued (a value that cannot be cloned, an invalid
 * key) would not, and the requests before it would commit: so `commit`
 * aborts the transaction then, and nothing is half written.
 */
export async function commit(
  tx: Transaction,
  issue: () => Iterable<Promise<unknown>>,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const request of issue()) pending.push(request);
  } catch (error) {
    tx.abort();
    // The aborted requests reject too; they are awaited here only so that
    // none of those rejections goes unhandled.
    await Promise.allSettled([...pending, tx.done]);
    throw error;
  }

  await Promise.all([...pending, tx.done]);
}

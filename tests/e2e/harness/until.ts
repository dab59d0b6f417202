/** How often the harnesses look again while they wait for a state. */
const POLL_MS = 50;

/**
 * Reads until `done` says the value is the state wanted, and returns it; throws, naming `what`,
 * after `timeoutMs`. A plain loop rather than expect.poll, so that set-up hooks and the command-
 * line tools can use it too. Shared by the Chromium and Firefox harnesses.
 */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

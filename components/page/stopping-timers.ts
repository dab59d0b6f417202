// Timers that do nothing once `stopped()` says so: a timeout still fires and returns at once, an
// interval clears itself at its next tick. Shared by the detector's context (components/page/
// context.ts) and the every-page look (components/page/look.ts), whose watcher they drive; nothing
// here touches the extension's API, which the look must not wake.
export type StoppingTimers = {
  setTimeout(handler: () => void, ms: number): number;
  setInterval(handler: () => void, ms: number): number;
};

export function stoppingTimers(stopped: () => boolean): StoppingTimers {
  return {
    setTimeout: (handler, ms) => window.setTimeout(() => stopped() || handler(), ms),
    setInterval: (handler, ms) => {
      const id = window.setInterval(() => (stopped() ? clearInterval(id) : handler()), ms);
      return id;
    },
  };
}

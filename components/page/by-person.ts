// In-page handlers act only on what a person did. A page script can call `.click()` on any
// element it can reach or dispatch keys to it; the browser marks such events untrusted, and
// they must not open the sidebar, quiet a site, snooze Steady or open tabs.

/** The handler, for trusted events only. */
export function byPerson<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

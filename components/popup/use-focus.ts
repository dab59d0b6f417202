// Moves keyboard and screen-reader focus to a screen's heading when the screen changes, so a
// person hears where they are and Tab continues from there.
import { useEffect, useRef } from 'preact/hooks';

export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
  return ref;
}

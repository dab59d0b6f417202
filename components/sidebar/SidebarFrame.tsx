// The sidebar as its own extension page, in a frame the page cannot reach. It reads the saved
// self-check here, in Steady's own origin, and asks the page's sidebar script (through the
// background, sidebar-relay.ts) for the detector's verdict, for quotes to be highlighted in the
// article, for focus, and to close or unfold. It draws the folded bar whenever its frame is
// bar-sized: the page's script folds the frame, and this document follows the media query.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '@/components/shared/messages';
import { loadSavedCheck } from '@/components/shared/saved-check';
import type { Verdict } from '@/knowledge/detect/verdict';
import { Sidebar } from './Sidebar';
import { sidebarView, type SidebarView } from './view-model';

/** The folded frame is 56 px tall (components/page/sidebar-host.ts); the open one the viewport's height. */
const FOLDED = '(max-height: 80px)';

export function SidebarFrame() {
  const [view, setView] = useState<SidebarView | null>(null);
  const [folded, setFolded] = useState(() => matchMedia(FOLDED).matches);
  const [quietTitle, setQuietTitle] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void Promise.all([sendToBackground({ type: 'sidebar:verdict' }), loadSavedCheck()]).then(([verdict, saved]) =>
      setView(sidebarView((verdict as Verdict | null) ?? undefined, saved)),
    );
    const media = matchMedia(FOLDED);
    const onFold = () => setFolded(media.matches);
    media.addEventListener('change', onFold);
    // Firefox lays the new frame out at its full size before this runs, with no change event:
    // read it again now.
    onFold();
    const onKey = (e: KeyboardEvent) => {
      // A key press shows where focus is, even on the title that took it after a click.
      setQuietTitle(false);
      if (e.key === 'Escape') void sendToBackground({ type: 'sidebar:close' });
    };
    document.addEventListener('keydown', onKey);
    return () => {
      media.removeEventListener('change', onFold);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  // Once drawn, say so: the page's script then gives the frame focus, if it opened it to have focus.
  const drawn = view !== null;
  useEffect(() => {
    if (!drawn) return;
    void sendToBackground({ type: 'sidebar:ready' }).then((answer) => {
      const { focus, byPointer } = (answer ?? {}) as { focus?: boolean; byPointer?: boolean };
      if (!focus) return;
      setQuietTitle(byPointer === true);
      titleRef.current?.focus({ preventScroll: true });
    });
  }, [drawn]);

  if (!view) return null;
  return (
    <Sidebar
      view={view}
      folded={folded}
      titleRef={titleRef}
      quietTitle={quietTitle}
      onClose={() => void sendToBackground({ type: 'sidebar:close' })}
      onUnfold={() => {
        void sendToBackground({ type: 'sidebar:unfold' }).then(() => titleRef.current?.focus());
      }}
      onQuote={async (q) => (await sendToBackground({ type: 'sidebar:quote', text: q.text, block: q.block })) === true}
      onSelfCheck={() => void sendToBackground({ type: 'sidebar:open-self-check' })}
    />
  );
}

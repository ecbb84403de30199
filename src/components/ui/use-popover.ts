import { useEffect, useRef, useState } from 'react';

/**
 * Open state of a popover: a trigger (a button with `aria-expanded`, or a `<summary>`) and the
 * panel it shows, both inside `ref`'s element. It closes when a press or keyboard focus lands
 * outside that element (a Tab past the panel does not leave it over the page), and on Escape,
 * which puts focus back on the trigger when it was inside.
 * Used by the user menu, the partner switcher and the multi-choice filters.
 */
export function usePopover<T extends HTMLElement>() {
  const [open, setOpen] = useState(false);
  const ref = useRef<T>(null);

  useEffect(() => {
    if (!open) return;
    // `focusin`, not blur: moving between the panel's items, clicking unfocusable text (Safari)
    // or leaving the window keep it open. A press on the panel's own text moves focus to the
    // nearest focusable ancestor (`<main tabindex=-1>`): that is not "outside" (closing the panel
    // under the press also crashed Chromium 156's renderer as the text selection began).
    const onOutside = (e: Event) => {
      const root = ref.current;
      const target = e.target as Node;
      if (root && !root.contains(target) && !(e.type === 'focusin' && target.contains(root))) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (ref.current?.contains(document.activeElement)) focusTrigger(ref.current);
      setOpen(false);
    };
    document.addEventListener('mousedown', onOutside);
    document.addEventListener('focusin', onOutside);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onOutside);
      document.removeEventListener('focusin', onOutside);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  /** Closes it after a choice in the panel, with focus back on the trigger (not lost with the panel). */
  const closeToTrigger = () => {
    if (ref.current) focusTrigger(ref.current);
    setOpen(false);
  };

  return { open, setOpen, closeToTrigger, ref };
}

const focusTrigger = (root: HTMLElement) => root.querySelector<HTMLElement>('summary, [aria-expanded]')?.focus();

import { useCallback, useEffect, useRef, useState, type FocusEvent, type PointerEvent } from 'react';
import type { Event } from '@/lib/schemas/event';
import { inHeldOrder } from '../lib/held-order';

type Holder = 'pointer' | 'touch' | 'keyboard';

/** A finger lifts off the rows at once: they keep their order this long after the last touch. */
export const TOUCH_HOLD_MS = 4000;

/** Focus that came by keyboard (Tab, arrow keys), not by a click. */
function focusedByKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * While the pointer is over the table, or the keyboard is in it, its rows keep their order: a flag
 * that pins its row to the top (or an unflag that lets it drop) moves the row once the pointer or
 * the keyboard leaves (a finger: a few seconds after the last touch, as it leaves the rows at
 * once), so the next click or tap does not land on a row that slid in under it and the next
 * Tab goes on from where it was (the focused button is not carried off the screen). The hold is
 * for one `orderKey` (the list's filters, sort and page): rows ordered anew (a sort, a page, Back)
 * show in their new order at once; while `orderKey` is null (the previous rows shown as the next
 * load) they stay put. A key press ends the pointer's hold (a keyboard user's mouse may rest on
 * the rows) and, with the focus in the rows, hands it to the keyboard; focus landing outside the
 * rows ends the keyboard's; leaving the window ends both. Spread the result (`ref` included) on the
 * rows' wrapper.
 */
/** How rows held out of their order get it back: when the pointer or keyboard leaves ('leave'), or a while after the last touch ('touch'). */
export type HeldOrder = 'leave' | 'touch';

export function useOrderHeldWhileInUse(rows: readonly Event[], orderKey: string | null, onHeldOutOfOrder?: (held: HeldOrder | null) => void) {
  // non-null while the rows are in use: the order held, and the key it answers
  const [hold, setHold] = useState<{ key: string | null; ids: readonly string[] } | null>(null);
  const holders = useRef(new Set<Holder>());
  // rows ordered anew under another key: that order is the one held from now on
  if (hold && orderKey !== null && hold.key !== orderKey) setHold({ key: orderKey, ids: rows.map((r) => r.id) });
  // (the previous rows, still shown while the next load, stay as they were)
  const shown = hold && (orderKey === null || hold.key === orderKey) ? inHeldOrder(hold.ids, rows) : rows;
  const holding = hold !== null;
  const differs = shown.some((row, i) => row.id !== rows[i]?.id);
  useEffect(() => {
    // (read as the rows go out of order: a tap on Flag holds them by touch alone)
    const byTouch = holders.current.size === 1 && holders.current.has('touch');
    onHeldOutOfOrder?.(differs ? (byTouch ? 'touch' : 'leave') : null);
    return () => onHeldOutOfOrder?.(null);
  }, [differs, onHeldOutOfOrder]);
  useEffect(() => {
    if (!holding) return;
    const release = () => { holders.current.clear(); setHold(null); };
    window.addEventListener('blur', release);
    return () => window.removeEventListener('blur', release);
  }, [holding]);
  const start = (by: Holder) => {
    if (holders.current.size === 0) setHold({ key: orderKey, ids: shown.map((r) => r.id) });
    holders.current.add(by);
  };
  // only refs and a state setter: the same function on every render
  const end = useCallback((by: Holder) => {
    if (!holders.current.delete(by)) return;
    if (holders.current.size === 0) setHold(null);
  }, []);
  // a finger's hold ends a while after it lifts; a new touch (or leaving) starts that wait anew
  const touchRelease = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(touchRelease.current), []);
  const wrapper = useRef<HTMLDivElement>(null);
  const focusInside = () => Boolean(wrapper.current?.contains(document.activeElement));
  // the focused row may leave (a hide, a flag that moves it to another page) and browsers other
  // than Chromium send no blur then: wherever the focus lands next, outside the rows, ends the hold
  useEffect(() => {
    if (!holding) return;
    const onFocusIn = (e: globalThis.FocusEvent) => {
      if (!(e.target instanceof Node && wrapper.current?.contains(e.target))) end('keyboard');
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [holding, end]);
  return {
    rows: shown,
    ref: wrapper,
    onPointerEnter: (e: PointerEvent<HTMLElement>) => {
      clearTimeout(touchRelease.current);
      start(e.pointerType === 'touch' ? 'touch' : 'pointer');
    },
    onPointerLeave: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType === 'touch') {
        clearTimeout(touchRelease.current);
        touchRelease.current = setTimeout(() => end('touch'), TOUCH_HOLD_MS);
      } else end('pointer');
      if (!focusInside()) end('keyboard');
    },
    // a key press ends the pointer's hold; with the focus in the rows (a click on Flag, then Tab)
    // the keyboard holds on from here, so the next Tab does not find its row carried away
    onKeyDown: () => {
      if (focusInside()) start('keyboard');
      end('pointer');
      end('touch');
    },
    onFocus: (e: FocusEvent<HTMLElement>) => { if (focusedByKeyboard(e.target)) start('keyboard'); },
    onBlur: (e: FocusEvent<HTMLElement>) => { if (!e.currentTarget.contains(e.relatedTarget)) end('keyboard'); },
  };
}


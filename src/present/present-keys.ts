/** What a key press asks of the presentation. */
export type PresentCommand =
  | { kind: 'next' } | { kind: 'previous' } | { kind: 'first' } | { kind: 'last' }
  | { kind: 'digit'; digit: string } | { kind: 'enter' } | { kind: 'leave' } | { kind: 'fullscreen' };

/** The part of a keyboard event the presentation reads. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

/**
 * The command for a key: what presentation clickers send (PageDown/PageUp, arrows), Space and
 * Shift+Space, Home/End, digits and Enter to jump, Escape to leave, `f` for full screen. Keys with
 * Ctrl, Alt or Meta are left to the browser.
 * @example commandForKey({ key: ' ', shiftKey: true }) // { kind: 'previous' }
 */
export function commandForKey(press: KeyPress): PresentCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (NEXT.has(press.key)) return { kind: 'next' };
  if (PREVIOUS.has(press.key)) return { kind: 'previous' };
  if (press.key === ' ' || press.key === 'Spacebar') return { kind: press.shiftKey ? 'previous' : 'next' };
  if (press.key === 'Home') return { kind: 'first' };
  if (press.key === 'End') return { kind: 'last' };
  if (press.key === 'Enter') return { kind: 'enter' };
  if (press.key === 'Escape') return { kind: 'leave' };
  if (press.key === 'f' || press.key === 'F') return { kind: 'fullscreen' };
  if (/^[0-9]$/.test(press.key)) return { kind: 'digit', digit: press.key };
  return null;
}

/**
 * The projector mode's rules: which slide is shown and whether the program's position is
 * revealed, and which key does what. Slide 0 is the start slide (the QR code); slides 1..n are
 * the statements in quiz order. Plain TypeScript: no Svelte, no DOM.
 */

/** Where a slideshow stands. */
export interface SlideState {
	/** 0 for the start slide, 1..count for the statements. */
	index: number;
	/** Whether the program's position and quote are shown on the current statement. */
	revealed: boolean;
}

/** What a key or button asks the slideshow to do. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'reveal';

/** The start of a slideshow: the start slide, nothing revealed. */
export const startSlide: SlideState = { index: 0, revealed: false };

/**
 * The action of a key (KeyboardEvent.key), or null for a key the slideshow leaves alone.
 * Right/left arrows and Page Down/Up (what presentation remotes send) move; Home and End jump
 * to the start slide and the last statement; Space, Enter and P reveal or hide the position.
 * Up and down arrows are left to scroll the page.
 */
export function actionForKey(key: string): SlideAction | null {
	switch (key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case ' ':
		case 'Enter':
		case 'p':
		case 'P':
			return 'reveal';
		default:
			return null;
	}
}

/** What `actionForEvent` reads from a keydown event (a KeyboardEvent fits). */
export interface SlideKeyEvent {
	key: string;
	defaultPrevented: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	target: unknown;
}

/** The part of a DOM element `actionForEvent` uses. */
interface Closest {
	closest(selectors: string): unknown;
}

const hasClosest = (target: unknown): target is Closest =>
	typeof (target as Closest | null)?.closest === 'function';

/**
 * The action of a keydown on the projector page, or null to leave the key alone: keys with a
 * modifier, typing in a control, and Space or Enter on a button, link or disclosure keep their
 * own meaning.
 */
export function actionForEvent(event: SlideKeyEvent): SlideAction | null {
	if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
	const action = actionForKey(event.key);
	if (!action || !hasClosest(event.target)) return action;
	if (event.target.closest('input, select, textarea, [contenteditable]')) return null;
	const activates = event.key === ' ' || event.key === 'Enter';
	return activates && event.target.closest('button, a, summary') ? null : action;
}

/**
 * The state after an action, for `count` statements. Moving hides the position again; moving
 * past either end stays put; revealing on the start slide does nothing; reveal toggles.
 */
export function step(state: SlideState, action: SlideAction, count: number): SlideState {
	const last = Math.max(0, count);
	const to = (index: number): SlideState => {
		const clamped = Math.min(last, Math.max(0, index));
		return clamped === state.index ? state : { index: clamped, revealed: false };
	};
	switch (action) {
		case 'next':
			return to(state.index + 1);
		case 'previous':
			return to(state.index - 1);
		case 'first':
			return to(0);
		case 'last':
			return to(last);
		case 'reveal':
			return state.index === 0 ? state : { index: state.index, revealed: !state.revealed };
	}
}

/**
 * The projector mode's rules: which slides there are, which one is shown, how far its reveal has
 * gone, and which key does what. Plain TypeScript: no Svelte, no DOM.
 *
 * Slides: the start slide (the QR code); with the class's codes, the class radar and, when two
 * rounds are loaded, before and after; then the statements. A statement reveals in steps: with
 * the class's codes first how the class answered, then the program's position; without them
 * only the program's position.
 */

/** One slide of the slideshow. */
export type Slide =
	{ kind: 'start' } | { kind: 'class' } | { kind: 'compare' } | { kind: 'statement'; id: string };

/** The slides for some statements (in the order shown), given which class data is loaded. */
export function slidesOf(
	statementIds: readonly string[],
	loaded: { classSlide: boolean; compareSlide: boolean }
): Slide[] {
	return [
		{ kind: 'start' },
		...(loaded.classSlide ? [{ kind: 'class' } as const] : []),
		...(loaded.classSlide && loaded.compareSlide ? [{ kind: 'compare' } as const] : []),
		...statementIds.map((id) => ({ kind: 'statement', id }) as const)
	];
}

/** How many reveal steps a slide has: a statement 2 with the class's answers, else 1; others 0. */
export function stepsOf(slide: Slide | undefined, withClass: boolean): number {
	if (slide?.kind !== 'statement') return 0;
	return withClass ? 2 : 1;
}

/** What a reveal step shows on a statement slide. */
export function revealed(step: number, withClass: boolean): { answers: boolean; program: boolean } {
	return {
		answers: withClass && step >= 1,
		program: step >= (withClass ? 2 : 1)
	};
}

/** Where a slideshow stands. */
export interface SlideState {
	/** The slide shown, 0 for the start slide. */
	index: number;
	/** How far the current slide's reveal has gone: 0 nothing revealed. */
	step: number;
}

/**
 * What a key or button asks the slideshow to do. 'next' and 'previous' change slide; 'reveal'
 * takes the next reveal step (and hides all after the last); 'advance' and 'back' go step by
 * step and then on to the next or previous slide, as a presentation remote with two buttons needs.
 */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'advance' | 'back';

/** The start of a slideshow: the start slide, nothing revealed. */
export const startSlide: SlideState = { index: 0, step: 0 };

/**
 * The action of a key (KeyboardEvent.key), or null for a key the slideshow leaves alone.
 * Right/left arrows change slide; Page Down/Up (what presentation remotes send) go step by step;
 * Home and End jump to the first and last slide; Space, Enter and P reveal the next step.
 * Up and down arrows are left to scroll.
 */
export function actionForKey(key: string): SlideAction | null {
	switch (key) {
		case 'ArrowRight':
			return 'next';
		case 'ArrowLeft':
			return 'previous';
		case 'PageDown':
			return 'advance';
		case 'PageUp':
			return 'back';
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
 * The state after an action, for `count` slides where slide i has `stepsAt(i)` reveal steps.
 * Changing slide hides everything again; moving past either end stays put; reveal on a slide
 * without steps does nothing; reveal after the last step hides all.
 */
export function step(
	state: SlideState,
	action: SlideAction,
	count: number,
	stepsAt: (index: number) => number
): SlideState {
	const last = Math.max(0, count - 1);
	const steps = stepsAt(state.index);
	const to = (index: number): SlideState => {
		const clamped = Math.min(last, Math.max(0, index));
		return clamped === state.index ? state : { index: clamped, step: 0 };
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
			return steps === 0 ? state : { index: state.index, step: (state.step + 1) % (steps + 1) };
		case 'advance':
			return state.step < steps
				? { index: state.index, step: state.step + 1 }
				: to(state.index + 1);
		case 'back':
			if (state.step > 0) return { index: state.index, step: state.step - 1 };
			// Back onto a statement shows it as it was left: fully revealed.
			return state.index === 0 ? state : { index: state.index - 1, step: stepsAt(state.index - 1) };
	}
}

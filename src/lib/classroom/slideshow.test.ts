import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	actionForEvent,
	actionForKey,
	revealed,
	slidesOf,
	startSlide,
	step,
	stepsOf,
	type SlideAction,
	type SlideState
} from './slideshow';

describe('actionForKey', () => {
	it('maps the arrows, Page Up/Down, Home, End, Space, Enter and P', () => {
		const keys = [
			'ArrowRight',
			'ArrowLeft',
			'PageDown',
			'PageUp',
			'Home',
			'End',
			' ',
			'Enter',
			'p',
			'P'
		];
		expect(keys.map(actionForKey)).toEqual([
			'next',
			'previous',
			'advance',
			'back',
			'first',
			'last',
			'reveal',
			'reveal',
			'reveal',
			'reveal'
		]);
	});

	it('leaves every other key alone, the up and down arrows included', () => {
		for (const key of ['ArrowUp', 'ArrowDown', 'Tab', 'Escape', 'a', '1', 'F5', '?']) {
			expect(actionForKey(key)).toBeNull();
		}
	});
});

describe('slidesOf', () => {
	it('starts with the QR code, then the class, before and after, then the statements', () => {
		expect(slidesOf(['a', 'b'], { classSlide: true, compareSlide: true })).toEqual([
			{ kind: 'start' },
			{ kind: 'class' },
			{ kind: 'compare' },
			{ kind: 'statement', id: 'a' },
			{ kind: 'statement', id: 'b' }
		]);
		expect(slidesOf(['a'], { classSlide: false, compareSlide: true })).toEqual([
			{ kind: 'start' },
			{ kind: 'statement', id: 'a' }
		]);
	});

	it('reveals the class first and then the program, or only the program without codes', () => {
		const statement = { kind: 'statement', id: 'a' } as const;
		expect(stepsOf(statement, true)).toBe(2);
		expect(stepsOf(statement, false)).toBe(1);
		expect(stepsOf({ kind: 'class' }, true)).toBe(0);
		expect([0, 1, 2].map((s) => revealed(s, true))).toEqual([
			{ answers: false, program: false },
			{ answers: true, program: false },
			{ answers: true, program: true }
		]);
		expect([0, 1].map((s) => revealed(s, false))).toEqual([
			{ answers: false, program: false },
			{ answers: false, program: true }
		]);
	});
});

describe('actionForEvent', () => {
	/** A target that matches the selectors of the element it stands for. */
	const on = (tag: string) => ({
		closest: (selectors: string) => (selectors.split(', ').includes(tag) ? {} : null)
	});
	const key = (k: string, target: unknown = null, more = {}) => ({
		key: k,
		defaultPrevented: false,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		target,
		...more
	});

	it('acts on a key pressed on the page', () => {
		expect(actionForEvent(key('ArrowRight', on('main')))).toBe('next');
		expect(actionForEvent(key(' ', on('main')))).toBe('reveal');
		expect(actionForEvent(key('p'))).toBe('reveal');
	});

	it('leaves keys with a modifier, or already handled, alone', () => {
		for (const more of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }]) {
			expect(actionForEvent(key('ArrowRight', on('main'), more))).toBeNull();
		}
		expect(actionForEvent(key('ArrowRight', on('main'), { defaultPrevented: true }))).toBeNull();
	});

	it('leaves typing in a control alone', () => {
		for (const tag of ['input', 'select', 'textarea', '[contenteditable]']) {
			expect(actionForEvent(key('p', on(tag)))).toBeNull();
			expect(actionForEvent(key('ArrowLeft', on(tag)))).toBeNull();
		}
	});

	it('leaves Space and Enter to buttons, links and disclosures, but not the arrows', () => {
		for (const tag of ['button', 'a', 'summary']) {
			expect(actionForEvent(key(' ', on(tag)))).toBeNull();
			expect(actionForEvent(key('Enter', on(tag)))).toBeNull();
			expect(actionForEvent(key('ArrowRight', on(tag)))).toBe('next');
			expect(actionForEvent(key('p', on(tag)))).toBe('reveal');
		}
	});
});

describe('step', () => {
	// start, class, then three statements with two steps each
	const stepsAt = (i: number) => (i >= 2 ? 2 : 0);
	const run = (actions: SlideAction[], from: SlideState = startSlide) =>
		actions.reduce((state, action) => step(state, action, 5, stepsAt), from);

	it('moves between slides and hides the reveal on every move', () => {
		expect(run(['next'])).toEqual({ index: 1, step: 0 });
		expect(run(['next', 'next', 'reveal', 'reveal'])).toEqual({ index: 2, step: 2 });
		expect(run(['next', 'next', 'reveal', 'next'])).toEqual({ index: 3, step: 0 });
		expect(run(['last', 'previous'])).toEqual({ index: 3, step: 0 });
		expect(run(['last', 'first'])).toEqual(startSlide);
	});

	it('stays put past either end, and reveal does nothing on a slide without steps', () => {
		expect(run(['previous'])).toBe(startSlide);
		expect(run(['reveal'])).toBe(startSlide);
		expect(run(['last', 'next'])).toEqual({ index: 4, step: 0 });
	});

	it('reveals step by step and hides all after the last step', () => {
		expect(run(['last', 'reveal', 'reveal', 'reveal'])).toEqual({ index: 4, step: 0 });
	});

	it('advance and back go step by step through the slides, as a remote does', () => {
		const forward = ['advance', 'advance', 'advance', 'advance', 'advance'] as const;
		const states = forward.reduce<SlideState[]>(
			(all, action) => [...all, step(all[all.length - 1] ?? startSlide, action, 5, stepsAt)],
			[startSlide]
		);
		expect(states.map((s) => [s.index, s.step])).toEqual([
			[0, 0],
			[1, 0],
			[2, 0],
			[2, 1],
			[2, 2],
			[3, 0]
		]);
		expect(run(['back'], { index: 3, step: 0 })).toEqual({ index: 2, step: 2 });
		expect(run(['back'], { index: 2, step: 1 })).toEqual({ index: 2, step: 0 });
		expect(run(['back'])).toBe(startSlide);
	});

	it('always stays within the slides and their steps (property)', () => {
		const actionArb = fc.constantFrom<SlideAction>(
			'next',
			'previous',
			'first',
			'last',
			'reveal',
			'advance',
			'back'
		);
		fc.assert(
			fc.property(fc.array(actionArb, { maxLength: 40 }), fc.nat(6), (actions, extra) => {
				const count = 1 + extra;
				const at = (i: number) => (i % 2 === 1 ? 2 : 0);
				const end = actions.reduce((s, a) => step(s, a, count, at), startSlide);
				expect(end.index).toBeGreaterThanOrEqual(0);
				expect(end.index).toBeLessThan(count);
				expect(end.step).toBeGreaterThanOrEqual(0);
				expect(end.step).toBeLessThanOrEqual(at(end.index));
			})
		);
	});
});

import { describe, expect, it } from 'vitest';
import { actionForEvent, actionForKey, startSlide, step, type SlideState } from './slideshow';

describe('actionForKey', () => {
	it('maps the arrows, Page Up/Down, Home, End, Space, Enter and P', () => {
		const keys = [
			'ArrowRight',
			'PageDown',
			'ArrowLeft',
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
			'next',
			'previous',
			'previous',
			'first',
			'last',
			'reveal',
			'reveal',
			'reveal',
			'reveal'
		]);
	});

	it('leaves other keys, up and down included, to the browser', () => {
		expect(['ArrowUp', 'ArrowDown', 'Tab', 'Escape', 'a', 'F5'].map(actionForKey)).toEqual([
			null,
			null,
			null,
			null,
			null,
			null
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
	const count = 3;
	const run = (actions: Parameters<typeof step>[1][]) =>
		actions.reduce<SlideState>((state, action) => step(state, action, count), startSlide);

	it('moves between the start slide and the statements, and stays put at either end', () => {
		expect(run(['next'])).toEqual({ index: 1, revealed: false });
		expect(run(['previous'])).toEqual(startSlide);
		expect(run(['next', 'next', 'next', 'next'])).toEqual({ index: 3, revealed: false });
		expect(run(['last'])).toEqual({ index: 3, revealed: false });
		expect(run(['last', 'first'])).toEqual(startSlide);
	});

	it('reveals and hides the position, and hides it again on moving', () => {
		expect(run(['next', 'reveal'])).toEqual({ index: 1, revealed: true });
		expect(run(['next', 'reveal', 'reveal'])).toEqual({ index: 1, revealed: false });
		expect(run(['next', 'reveal', 'next'])).toEqual({ index: 2, revealed: false });
		expect(run(['next', 'reveal', 'next', 'previous'])).toEqual({ index: 1, revealed: false });
	});

	it('keeps the position shown when a move goes nowhere, and reveals nothing on the start slide', () => {
		expect(run(['last', 'reveal', 'next'])).toEqual({ index: 3, revealed: true });
		expect(run(['reveal'])).toEqual(startSlide);
	});

	it('has only the start slide when there are no statements', () => {
		expect(step(startSlide, 'next', 0)).toEqual(startSlide);
		expect(step(startSlide, 'last', 0)).toEqual(startSlide);
	});
});

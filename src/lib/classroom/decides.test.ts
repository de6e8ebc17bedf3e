import { describe, expect, it } from 'vitest';
import { decidesOf } from './decides';

describe('decidesOf', () => {
	it('reads a known level and ignores anything else', () => {
		expect(decidesOf({ id: 'a', decides: 'region' })).toBe('region');
		expect(decidesOf({ id: 'a', decides: 'eu' })).toBe('eu');
		expect(decidesOf({ id: 'a' })).toBeNull();
		expect(decidesOf({ id: 'a', decides: 'Region' })).toBeNull();
		expect(decidesOf({ id: 'a', decides: 'toString' })).toBeNull();
		expect(decidesOf({ id: 'a', decides: 3 })).toBeNull();
	});
});

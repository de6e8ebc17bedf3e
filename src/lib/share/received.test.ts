import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../quiz/persisted';
import { receivedCode, rememberReceived } from './received';

function memory(): StorageLike {
	const data = new Map<string, string>();
	return {
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

describe('received result code', () => {
	it('reads back what was remembered', () => {
		const storage = memory();
		expect(receivedCode(storage)).toBeNull();
		rememberReceived('R1abcDEF_-9', storage);
		expect(receivedCode(storage)).toBe('R1abcDEF_-9');
	});

	it('ignores anything that is not a code, and storage that throws', () => {
		const storage = memory();
		rememberReceived('javascript:alert(1)', storage);
		expect(receivedCode(storage)).toBeNull();
		const broken: StorageLike = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			},
			removeItem: () => undefined
		};
		expect(() => rememberReceived('R1abc', broken)).not.toThrow();
		expect(receivedCode(broken)).toBeNull();
		expect(receivedCode(null)).toBeNull();
	});
});

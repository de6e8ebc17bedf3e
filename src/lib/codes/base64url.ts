/**
 * Base64url (RFC 4648 section 5, no padding) for bytes and for fixed-width integers, and the
 * 12-bit checksum every share code ends with. Plain TypeScript: no Svelte, no DOM.
 */

/** The 64 URL-safe characters in value order: A-Z, a-z, 0-9, '-', '_'. */
export const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Whether every character of `text` is a base64url character (the empty string is). */
export function isBase64url(text: string): boolean {
	return /^[A-Za-z0-9_-]*$/.test(text);
}

/** The value 0..63 of one base64url character, or -1 for any other character. */
function valueOf(char: string): number {
	return char.length === 1 ? base64urlAlphabet.indexOf(char) : -1;
}

/** How many base64url characters it takes to write every integer from 0 up to `limit - 1`. */
export function base64urlLength(limit: bigint): number {
	let length = 0;
	for (let capacity = 1n; capacity < limit; capacity <<= 6n) length++;
	return length;
}

/** Writes an integer in 0..64^length - 1 as exactly `length` characters, most significant first. */
export function bigintToBase64url(value: bigint, length: number): string {
	if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`Bad length ${length}`);
	if (value < 0n || value >= 1n << BigInt(6 * length)) {
		throw new RangeError(`${value} does not fit in ${length} base64url characters`);
	}
	let text = '';
	for (let shift = 6 * (length - 1); shift >= 0; shift -= 6) {
		text += base64urlAlphabet.charAt(Number((value >> BigInt(shift)) & 63n));
	}
	return text;
}

/** Reads base64url characters as one integer, most significant first; null on any other character. */
export function base64urlToBigint(text: string): bigint | null {
	let value = 0n;
	// Eight characters (48 bits) at a time in plain numbers: far fewer BigInt steps.
	for (let start = 0; start < text.length; start += 8) {
		const part = text.slice(start, start + 8);
		let bits = 0;
		for (const char of part) {
			const digit = valueOf(char);
			if (digit < 0) return null;
			bits = bits * 64 + digit;
		}
		value = (value << BigInt(6 * part.length)) | BigInt(bits);
	}
	return value;
}

/** Writes bytes as unpadded base64url, as Node's `Buffer#toString('base64url')` does. */
export function bytesToBase64url(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const chunk = bytes.subarray(i, i + 3);
		let bits = 0;
		for (let j = 0; j < 3; j++) bits = (bits << 8) | (chunk[j] ?? 0);
		for (let j = 0; j <= chunk.length; j++) {
			text += base64urlAlphabet.charAt((bits >> (18 - 6 * j)) & 63);
		}
	}
	return text;
}

/** Reads unpadded base64url as bytes; null unless `text` is exactly what `bytesToBase64url` writes. */
export function base64urlToBytes(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let count = 0;
	let at = 0;
	for (const char of text) {
		const digit = valueOf(char);
		if (digit < 0) return null;
		bits = ((bits << 6) | digit) & 0xfff;
		count += 6;
		if (count >= 8) {
			count -= 8;
			bytes[at++] = (bits >> count) & 0xff;
		}
	}
	// Leftover bits must be zero, so that every byte string has exactly one spelling.
	return (bits & ((1 << count) - 1)) === 0 ? bytes : null;
}

const utf8 = new TextEncoder();

/** CRC-12/DECT (poly 0x80F, init 0, not reflected, no final xor) of a string's UTF-8 bytes. */
export function crc12(text: string): number {
	let crc = 0;
	for (const byte of utf8.encode(text)) {
		crc ^= byte << 4;
		for (let bit = 0; bit < 8; bit++) {
			crc = crc & 0x800 ? ((crc << 1) ^ 0x80f) & 0xfff : (crc << 1) & 0xfff;
		}
	}
	return crc;
}

/** The 12-bit checksum of `text` (its CRC-12) as two base64url characters. */
export function checksum12(text: string): string {
	const crc = crc12(text);
	return base64urlAlphabet.charAt(crc >> 6) + base64urlAlphabet.charAt(crc & 63);
}

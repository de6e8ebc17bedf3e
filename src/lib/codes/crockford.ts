/**
 * Crockford base32 for codes people copy by hand, and the check that guards them: two check
 * symbols over GF(1024) that catch every change within any two 10-bit symbols (two characters
 * each) and point at the symbol when exactly one was changed. Plain TypeScript: no Svelte, no DOM.
 */

/** The 32 characters in value order: digits and capitals without I, L, O and U. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The value 0..31 of one character as a person may write it (any case; I and L read 1, O reads 0), or -1. */
export function crockfordValue(char: string): number {
	const upper = char.toUpperCase();
	if (upper === 'I' || upper === 'L') return 1;
	if (upper === 'O') return 0;
	return upper.length === 1 ? crockfordAlphabet.indexOf(upper) : -1;
}

/**
 * The canonical spelling of hand-written Crockford text: separators ('-' and any whitespace)
 * dropped, capitals, I/L as 1 and O as 0. Null when a character is none of these (U included).
 */
export function normalizeCrockford(text: string): string | null {
	let out = '';
	for (const char of text) {
		if (char === '-' || /\s/.test(char)) continue;
		const value = crockfordValue(char);
		if (value < 0) return null;
		out += crockfordAlphabet.charAt(value);
	}
	return out;
}

/** How many 10-bit symbols it takes to write every integer from 0 up to `limit - 1`. */
export function symbolLength(limit: bigint): number {
	let length = 0;
	for (let capacity = 1n; capacity < limit; capacity <<= 10n) length++;
	return length;
}

/** Writes an integer in 0..1024^length - 1 as exactly `length` 10-bit symbols, most significant first. */
export function bigintToSymbols(value: bigint, length: number): number[] {
	if (value < 0n || value >= 1n << BigInt(10 * length)) {
		throw new RangeError(`${value} does not fit in ${length} symbols`);
	}
	const symbols: number[] = [];
	for (let shift = 10 * (length - 1); shift >= 0; shift -= 10) {
		symbols.push(Number((value >> BigInt(shift)) & 1023n));
	}
	return symbols;
}

/** Reads 10-bit symbols as one integer, most significant first. */
export function symbolsToBigint(symbols: readonly number[]): bigint {
	let value = 0n;
	for (const symbol of symbols) value = (value << 10n) | BigInt(symbol & 1023);
	return value;
}

/** Symbols as Crockford characters, two per symbol. */
export function symbolsToText(symbols: readonly number[]): string {
	return symbols
		.map((s) => crockfordAlphabet.charAt(s >> 5) + crockfordAlphabet.charAt(s & 31))
		.join('');
}

/** Canonical Crockford text of even length as symbols; null for an odd length or another character. */
export function textToSymbols(text: string): number[] | null {
	if (text.length % 2 !== 0) return null;
	const symbols: number[] = [];
	for (let i = 0; i < text.length; i += 2) {
		const high = crockfordAlphabet.indexOf(text.charAt(i));
		const low = crockfordAlphabet.indexOf(text.charAt(i + 1));
		if (high < 0 || low < 0) return null;
		symbols.push((high << 5) | low);
	}
	return symbols;
}

// GF(2^10) with the primitive polynomial x^10 + x^3 + 1: every non-zero element is a power of x.
const ORDER = 1023;
const exp = new Uint16Array(2 * ORDER);
const log = new Int16Array(1024).fill(-1);
for (let i = 0, x = 1; i < ORDER; i++) {
	exp[i] = x;
	exp[i + ORDER] = x;
	log[x] = i;
	x <<= 1;
	if (x & 1024) x ^= 0x409;
}

const mul = (a: number, b: number) =>
	a === 0 || b === 0 ? 0 : (exp[(log[a] ?? 0) + (log[b] ?? 0)] ?? 0);
const div = (a: number, b: number) =>
	a === 0 ? 0 : (exp[(log[a] ?? 0) - (log[b] ?? 0) + ORDER] ?? 0);
const power = (i: number) => exp[i % ORDER] ?? 0;

/** The two syndromes of a word: the sum of its symbols, and the sum of symbol j times x^j. */
function syndromes(word: readonly number[]): [number, number] {
	let s1 = 0;
	let s2 = 0;
	word.forEach((symbol, j) => {
		s1 ^= symbol;
		s2 ^= mul(symbol, power(j));
	});
	return [s1, s2];
}

/** The most data symbols a checked word can hold (the word's length must stay below 1023). */
export const maxDataSymbols = ORDER - 2;

/** Appends the two check symbols that make both syndromes of the word zero. */
export function withCheck(data: readonly number[]): number[] {
	if (data.length > maxDataSymbols) throw new RangeError('Too many symbols to check');
	const n = data.length;
	const [a, b] = syndromes(data);
	// p + q = a and x^n p + x^(n+1) q = b, solved for q, then p.
	const xn = power(n);
	const q = div(b ^ mul(xn, a), mul(xn, 1 ^ power(1)));
	return [...data, a ^ q, q];
}

/** What the check says about a word: intact, one symbol wrong (at `symbol`), or more damage. */
export type CheckVerdict = { ok: true } | { ok: false; symbol: number | null };

/**
 * Checks a word made by withCheck. Any change to one or two symbols is caught; when exactly one
 * symbol was changed, `symbol` is its index. When more were changed, `symbol` may still point
 * somewhere (the check cannot tell), so it is a hint, never a repair.
 */
export function checkWord(word: readonly number[]): CheckVerdict {
	const [s1, s2] = syndromes(word);
	if (s1 === 0 && s2 === 0) return { ok: true };
	if (s1 === 0 || s2 === 0) return { ok: false, symbol: null };
	const j = ((log[s2] ?? 0) - (log[s1] ?? 0) + ORDER) % ORDER;
	return { ok: false, symbol: j < word.length ? j : null };
}

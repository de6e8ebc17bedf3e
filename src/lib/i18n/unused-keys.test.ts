/**
 * Every text in the dictionaries is used somewhere in the product code: a key that no page or
 * module reads is dead text that translators keep paying for. The check reads the source of
 * src/ (not tests, not the dictionaries themselves) and counts a key as used when:
 *   - its own name is read (`.key`, `?.key`, `['key']`, or `const { key } = ...`), and its
 *     parent key is used too (so `p.title` counts once `t.classroom.projector` is read), or
 *   - its parent object is indexed with a computed key (`t.answers[value]`,
 *     `t.codeErrors[reason]`): then every key of that object counts as used.
 * It is lenient where names repeat (a `.title` anywhere counts for every used parent's `title`),
 * and strict where it matters: a key whose name is read nowhere fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sv } from './sv';
import { classroomSv } from './sv-classroom';

const root = join(process.cwd(), 'src');
const dictionaryFile = /\/i18n\/(sv|en|lattlast)(-classroom|-quiz)?\.ts$/;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		if (!/\.(ts|svelte)$/.test(entry.name) || /\.(test|spec|bench)\.ts$/.test(entry.name)) {
			return [];
		}
		return dictionaryFile.test(path) || path.includes('/lib/testing/') ? [] : [path];
	});
}

const source = sourceFiles(root)
	.map((path) => readFileSync(path, 'utf8'))
	.join('\n');

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Whether the name of a key is read anywhere: `.key`, `?.key`, `['key']`, `const { key } = `. */
function nameRead(name: string): boolean {
	const n = escape(name);
	return new RegExp(
		[
			`\\??\\.${n}(?![\\w$])`,
			`\\[\\s*['"]${n}['"]\\s*\\]`,
			`\\b(?:const|let|var)\\s*\\{[^}]*\\b${n}\\b[^}]*\\}\\s*=\\s*(?!\\$props)`
		].join('|')
	).test(source);
}

/** Whether an object (by its key's name) is indexed with a computed key somewhere. */
function indexedDynamically(name: string): boolean {
	return new RegExp(`\\??\\.${escape(name)}\\[\\s*(?!['"\\d])`).test(source);
}

/** Every key path of a dictionary, leaves and branches, e.g. ['result', 'title']. */
function keyPaths(value: object, prefix: string[] = []): string[][] {
	return Object.entries(value).flatMap(([key, child]) => {
		const path = [...prefix, key];
		const isBranch = typeof child === 'object' && child !== null && !Array.isArray(child);
		return isBranch ? [path, ...keyPaths(child, path)] : [path];
	});
}

const memo = new Map<string, boolean>();
function used(path: string[]): boolean {
	const id = path.join('.');
	const known = memo.get(id);
	if (known !== undefined) return known;
	const name = path[path.length - 1]!;
	const parent = path.slice(0, -1);
	const parentName = parent[parent.length - 1];
	const result =
		parent.length > 0 && parentName !== undefined && used(parent) && indexedDynamically(parentName)
			? true
			: nameRead(name) && (parent.length === 0 || used(parent));
	memo.set(id, result);
	return result;
}

describe('unused i18n keys', () => {
	const dictionaries = {
		'sv.ts (Messages)': sv,
		'sv-classroom.ts (under classroom)': { classroom: classroomSv }
	};

	it.each(Object.entries(dictionaries))('every key of %s is read somewhere in src/', (_, dict) => {
		const unused = keyPaths(dict)
			.filter((path) => !used(path))
			.map((path) => path.join('.'));
		expect(unused).toEqual([]);
	});

	it('would notice a key nobody reads', () => {
		expect(used(['result', 'noSuchTextAnywhere'])).toBe(false);
		expect(used(['answers', '2'])).toBe(true);
	});
});

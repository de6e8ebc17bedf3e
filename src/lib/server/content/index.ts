/**
 * The site's content pack, loaded once at build time from questions/. There must be exactly
 * one pack folder there (questions/<pack>/program.yaml); a second program replaces it.
 */
import { loadPack, type PackFiles } from './load';
import type { Pack } from '../../content/types';

const raw = import.meta.glob('/questions/*/**/*.{yaml,yml,txt,json}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Groups globbed files by pack folder, with paths relative to that folder. */
export function groupByPack(files: Record<string, string>): Map<string, PackFiles> {
	const packs = new Map<string, PackFiles>();
	for (const [path, text] of Object.entries(files)) {
		const match = /^\/?(questions\/[^/]+)\/(.+)$/.exec(path);
		if (!match) continue;
		const [, dir, rest] = match as unknown as [string, string, string];
		const pack = packs.get(dir) ?? {};
		pack[rest] = text;
		packs.set(dir, pack);
	}
	return packs;
}

let cached: Pack | undefined;

/** The validated pack; throws a ContentError naming the file when the content is broken. */
export function sitePack(): Pack {
	if (cached) return cached;
	const packs = [...groupByPack(raw)].filter(([, files]) => 'program.yaml' in files);
	if (packs.length !== 1) {
		throw new Error(
			`questions/ must hold exactly one content pack (a folder with program.yaml); found ${packs.length}: ${packs.map(([dir]) => dir).join(', ') || 'none'}`
		);
	}
	const [dir, files] = packs[0]!;
	cached = loadPack(files, dir);
	return cached;
}

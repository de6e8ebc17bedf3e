/** Reads a pack folder from disk, for scripts and tests that run outside Vite. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PackFiles } from './load';

/** Every .yaml, .yml, .json and .txt file under `dir`, keyed by its path relative to `dir`. */
export function readPackFiles(dir: string): PackFiles {
	const files: PackFiles = {};
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder)) {
			const path = join(folder, entry);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(ya?ml|txt|json)$/.test(entry)) {
				files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
			}
		}
	};
	walk(dir);
	return files;
}

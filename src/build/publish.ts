/**
 * Publishing a new build over an older one without breaking the tabs that still run the older
 * one. Pages name their scripts by hash (`_app/immutable/...`); a tab opened before a deploy
 * loads some of them only later (the chart, the share picture, another language), so those
 * files must outlive the deploy. publish() copies a build into the folder a host serves and
 * keeps every immutable file the new build no longer has for `keepDays` days, then removes it.
 * Everything else that the new build lacks (old pages) goes at once. Node only (node:fs).
 *
 * The copy order keeps the folder consistent for visitors during the copy: new immutable files
 * first, then the other files, pages (.html) and the service worker last, so that a page never
 * names a script that is not there yet.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file in the published folder that remembers when each old immutable file was retired. */
export const stateFile = '.publish-state.json';

/** Where immutable files live, relative to the site's root. */
export const immutableDir = '_app/immutable/';

/** What the published folder remembers between publishes. */
export interface PublishState {
	/** Immutable files the live build no longer names, by path, with the time (ms) they were retired. */
	retired: Record<string, number>;
}

/** What one publish did, for the log. */
export interface PublishReport {
	copied: number;
	/** Old immutable files kept for open tabs. */
	kept: string[];
	/** Old immutable files removed because they were retired more than keepDays ago. */
	expired: string[];
	/** Other files of the old build removed. */
	removed: string[];
}

/** Every file under `dir`, as paths relative to it with '/' separators. */
export function filesIn(dir: string, prefix = ''): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = prefix + entry.name;
		return entry.isDirectory() ? filesIn(join(dir, entry.name), `${path}/`) : [path];
	});
}

/** The state stored in a published folder; an empty one when missing or unreadable. */
function readState(target: string): PublishState {
	try {
		const value = JSON.parse(readFileSync(join(target, stateFile), 'utf8')) as unknown;
		const retired = (value as { retired?: unknown } | null)?.retired;
		if (typeof retired !== 'object' || retired === null) return { retired: {} };
		const valid = Object.entries(retired).filter(
			(entry): entry is [string, number] => typeof entry[1] === 'number'
		);
		return { retired: Object.fromEntries(valid) };
	} catch {
		return { retired: {} };
	}
}

/** Order of copying: immutable files, then other files, then pages and the service worker. */
function copyRank(path: string): number {
	if (path.startsWith(immutableDir)) return 0;
	if (path.endsWith('.html') || path === 'service-worker.js') return 2;
	return 1;
}

/**
 * Copies the build in `source` into `target` (created when missing), keeping the immutable files
 * of earlier builds for `keepDays` days after they were last part of a build. `now` is the time
 * in ms (a parameter so that tests can move it).
 */
export function publish(
	source: string,
	target: string,
	{ keepDays = 7, now = Date.now() }: { keepDays?: number; now?: number } = {}
): PublishReport {
	if (!existsSync(join(source, 'index.html'))) {
		throw new Error(`${source} holds no built site (no index.html): run npm run build first.`);
	}
	const incoming = filesIn(source).sort((a, b) => copyRank(a) - copyRank(b));
	const fresh = new Set(incoming);
	const state = readState(target);
	const report: PublishReport = { copied: 0, kept: [], expired: [], removed: [] };

	for (const path of incoming) {
		mkdirSync(dirname(join(target, path)), { recursive: true });
		copyFileSync(join(source, path), join(target, path));
		report.copied++;
	}

	const retired: Record<string, number> = {};
	const limit = keepDays * 24 * 60 * 60 * 1000;
	for (const path of filesIn(target)) {
		if (fresh.has(path) || path === stateFile) continue;
		if (path.startsWith(immutableDir)) {
			const since = state.retired[path] ?? now;
			if (now - since < limit) {
				retired[path] = since;
				report.kept.push(path);
				continue;
			}
			report.expired.push(path);
		} else {
			report.removed.push(path);
		}
		rmSync(join(target, path));
	}
	writeFileSync(join(target, stateFile), JSON.stringify({ retired }, null, '\t') + '\n');
	return report;
}

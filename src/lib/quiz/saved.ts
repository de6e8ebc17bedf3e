/**
 * The stored form of a person's answers: JSON with a format version, the content version, the
 * time they were last used (so that they can expire on a shared device) and the answers by
 * statement id. Decoding tolerates anything: a broken or foreign value yields an
 * empty set and a reason, never an exception.
 */
import { isAnswerValue, type Answer, type Answers } from './scoring';

/** The stored format's version. */
export const SAVED_FORMAT = 1;

/** What reading saved answers found. */
export interface SavedRead {
	answers: Answers;
	/** The content version the answers were saved against, when known. */
	version: string | null;
	/** When the answers were last saved (ms since 1970), when known: values saved before the time was kept have none. */
	usedAt: number | null;
	/**
	 * Ids of current statements that are new since the saved version, when versions differ: those
	 * missing from that version's statements, or, when its statements are not known, those
	 * without a saved answer.
	 */
	added: string[];
	/** Ids of saved answers whose statements no longer exist or were changed (dropped). */
	removed: string[];
	/** Ids whose wording or position changed since the saved version: in `added` and `removed`. */
	changed: string[];
	/** Why nothing could be read, when the stored value was there but unusable. */
	problem: 'corrupt' | 'format' | null;
}

/** Serialises answers with the content version they were given against and the time of saving. */
export function encodeSaved(answers: Answers, version: string, usedAt?: number): string {
	const compact: Record<string, [number | 's', 0 | 1]> = {};
	for (const [id, answer] of Object.entries(answers)) {
		compact[id] = [answer.value === 'skip' ? 's' : answer.value, answer.important ? 1 : 0];
	}
	const time = usedAt === undefined ? {} : { t: Math.round(usedAt) };
	return JSON.stringify({ f: SAVED_FORMAT, v: version, ...time, a: compact });
}

function readAnswer(raw: unknown): Answer | null {
	if (!Array.isArray(raw) || raw.length !== 2) return null;
	const [value, important] = raw as unknown[];
	if (value === 's') return { value: 'skip', important: false };
	if (!isAnswerValue(value) || (important !== 0 && important !== 1)) return null;
	return { value, important: important === 1 };
}

const empty = (problem: SavedRead['problem']): SavedRead => ({
	answers: {},
	version: null,
	usedAt: null,
	added: [],
	removed: [],
	changed: [],
	problem
});

/**
 * Reads stored answers against the current statements (ids in quiz order) and content version.
 * Answers for statements that still exist are kept, matched by id; the rest are reported.
 * `idsOf` gives the statement ids of a past content version (from the content history), so
 * that statements the person had not reached yet are not reported as new. `changedSince` gives
 * the ids whose wording or position changed since a past version: their answers are set aside.
 */
export function decodeSaved(
	text: string | null,
	currentIds: string[],
	currentVersion: string,
	idsOf: (version: string) => readonly string[] | undefined = () => undefined,
	changedSince: (version: string) => readonly string[] | undefined = () => undefined
): SavedRead {
	if (text === null || text === '') return empty(null);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return empty('corrupt');
	}
	if (typeof data !== 'object' || data === null) return empty('corrupt');
	const { f, v, a, t } = data as { f?: unknown; v?: unknown; a?: unknown; t?: unknown };
	if (f !== SAVED_FORMAT || typeof v !== 'string' || typeof a !== 'object' || a === null) {
		return empty('format');
	}
	const sameVersion = v === currentVersion;
	const changedSet = new Set(sameVersion ? [] : (changedSince(v) ?? []));
	const known = new Set(currentIds);
	const answers: Answers = {};
	const removed: string[] = [];
	for (const [id, raw] of Object.entries(a as Record<string, unknown>)) {
		const answer = readAnswer(raw);
		if (!answer) continue;
		if (known.has(id) && !changedSet.has(id)) answers[id] = answer;
		else removed.push(id);
	}
	const before = new Set(sameVersion ? currentIds : (idsOf(v) ?? Object.keys(a as object)));
	const added = currentIds.filter((id) => !before.has(id) || changedSet.has(id));
	const changed = currentIds.filter((id) => changedSet.has(id));
	const usedAt = typeof t === 'number' && Number.isFinite(t) ? t : null;
	return { answers, version: v, usedAt, added, removed, changed, problem: null };
}

/** What changed in the statements since the answers were saved. */
export interface ContentChange {
	added: string[];
	removed: string[];
	/** Ids whose wording or position changed: the person's earlier answer was set aside. */
	changed: string[];
}

/** What to tell the person about answers read by decodeSaved(): null when nothing changed. */
export function changeOf(read: SavedRead, currentVersion: string): ContentChange | null {
	if (read.version === null || read.version === currentVersion) return null;
	if (read.added.length === 0 && read.removed.length === 0) return null;
	return { added: read.added, removed: read.removed, changed: read.changed };
}

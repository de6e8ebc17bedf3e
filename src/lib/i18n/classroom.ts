/**
 * The classroom pages' texts, loaded only on those pages: teachers need them, students taking
 * the quiz do not, so they stay out of the quiz's download.
 */
import type { Lang } from '../content/types';
import { messagesFor, type Messages } from './index';
import type { classroomSv } from './sv-classroom';

/** The classroom dictionary's shape, set by the Swedish one. */
export type ClassroomMessages = typeof classroomSv;

/** The site's texts together with the classroom texts, as classroom pages use them. */
export type ClassroomText = Messages & { classroom: ClassroomMessages };

const loaders: Record<Lang, () => Promise<ClassroomMessages>> = {
	sv: () => import('./sv-classroom').then((m) => m.classroomSv),
	lattlast: () => import('./lattlast-classroom').then((m) => m.classroomLattlast),
	en: () => import('./en-classroom').then((m) => m.classroomEn)
};

/** Classroom dictionaries loaded so far (immutable texts). */
const loaded: Partial<Record<Lang, ClassroomMessages>> = {};

/** Loads a language's classroom texts; the classroom layout does this before its pages render. */
export async function loadClassroomMessages(lang: Lang): Promise<ClassroomMessages> {
	return (loaded[lang] ??= await loaders[lang]());
}

/** The texts of a classroom page, once loadClassroomMessages() has run for its language. */
export function classroomText(lang: Lang): ClassroomText {
	const classroom = loaded[lang];
	if (!classroom) throw new Error(`Classroom texts for "${lang}" are not loaded`);
	return { ...messagesFor(lang), classroom };
}

import type { ParamMatcher } from '@sveltejs/kit';
import { isLangSegment } from '$lib/i18n';

/** Matches the path prefix of a published language other than the default (e.g. "en"). */
export const match: ParamMatcher = (segment) => isLangSegment(segment);

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/**
			 * How much of the site's frame a page wants: 'island' for the quiz island's pages, which
			 * render their own header and main; 'stage' for the projector, which has no header or
			 * footer. Absent: the whole frame.
			 */
			chrome?: 'island' | 'stage';
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};

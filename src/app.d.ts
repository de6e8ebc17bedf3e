// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/** Set by the pages of the quiz island, which render their own header and main. */
			island?: boolean;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};

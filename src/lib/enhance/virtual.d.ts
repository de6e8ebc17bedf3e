/** The address of each language's page script, from src/build/enhance-plugin.ts. */
declare module 'virtual:enhance-scripts' {
	const urls: Record<string, string>;
	export default urls;
}

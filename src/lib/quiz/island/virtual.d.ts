/** The address of each language's quiz island script, from src/build/island-plugin.ts. */
declare module 'virtual:island-scripts' {
	const urls: Record<string, string>;
	export default urls;
}

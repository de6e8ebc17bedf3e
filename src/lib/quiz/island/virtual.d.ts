/** The address of each island's entry scripts ('sv', 'result-sv', ...), from src/build/island-plugin.ts. */
declare module 'virtual:island-scripts' {
	const urls: Record<string, string>;
	export default urls;
}

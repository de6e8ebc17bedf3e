/** An element a page must have; a missing one is a bug in the page's markup, named here. */
export function need<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`This page has no element that matches ${selector}`);
	return element;
}

// Every page is prerendered; per-person state comes from the URL fragment or localStorage.
export const prerender = true;
export const trailingSlash = 'always';

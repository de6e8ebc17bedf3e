/**
 * The site's public address, configured once for every build. Link previews (og:image) and the
 * address on the share picture are made absolute from it: Facebook and LinkedIn ignore a relative
 * preview image. A production build without an address stops with a message (see
 * src/lib/site/address.ts) rather than publish relative previews.
 *
 * Set `siteUrl` here when the address is known (for example 'https://valkompass.example.se'), or
 * give it for one build: `SITE_URL=https://… npm run build`. Local and test builds use
 * `npm run build:local`, which sets SITE_URL to the preview server's address.
 *
 * It lives here, not in the content pack, because it belongs to where the site is published,
 * not to the program it measures: a fork with another program keeps its own address.
 */
export const siteUrl = '';

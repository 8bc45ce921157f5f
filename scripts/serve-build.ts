// Serve build/ the way a static host does (Netlify, Cloudflare Pages, GitHub Pages): files as they
// are (precompressed .br/.gz when the browser takes them), the response headers of build/_headers,
// and 404.html with status 404 for any other path. The browser tests run against this. With
// BASE_PATH (a build for a sub-path, see svelte.config.js) the site is served under that path, as a
// GitHub Pages project page is, and every request outside it gets the 404.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const root = join(import.meta.dirname, '..', process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = process.env.BASE_PATH ?? '';

/** `_headers` as Netlify reads it: a path pattern (`*` at its end), then indented `Name: value`. */
export function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
		else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
const matches = (pattern: string, path: string) =>
	pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

function withHeaders(path: string, res: ServerResponse) {
	for (const rule of rules) {
		if (matches(rule.pattern, path))
			for (const [name, value] of rule.headers) res.setHeader(name, value);
	}
}

const files = sirv(root, {
	extensions: ['html'],
	dev: false,
	etag: true,
	brotli: true,
	gzip: true
});
const notFound = readFileSync(join(root, '404.html'));

/** The path within the site, or null for a path outside the base. */
function withinBase(path: string): string | null {
	if (!base) return path;
	if (path === base || path.startsWith(`${base}/`)) return path.slice(base.length) || '/';
	return null;
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	const path = withinBase(url.pathname);
	const missing = () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound);
	};
	if (path === null) return missing();
	// The site's root is `<base>/`, as GitHub Pages redirects to.
	if (base && url.pathname === base) {
		res.writeHead(301, { location: `${base}/${url.search}` });
		return res.end();
	}
	withHeaders(path, res);
	req.url = `${path}${url.search}`;
	files(req, res, missing);
}).listen(port, host, () => {
	console.log(`Serving ${root} at http://${host}:${port}${base}/`);
});

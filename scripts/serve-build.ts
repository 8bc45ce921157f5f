// Serve build/ the way a static host does (Netlify, Cloudflare Pages, GitHub Pages): files as they
// are (precompressed .br/.gz when the browser takes them), the response headers of build/_headers,
// and 404.html with status 404 for any other path. The browser tests run against this.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const root = join(import.meta.dirname, '..', process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

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

createServer((req, res) => {
	withHeaders(new URL(req.url ?? '/', 'http://x').pathname, res);
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound);
	});
}).listen(port, host, () => {
	console.log(`Serving ${root} at http://${host}:${port}/`);
});

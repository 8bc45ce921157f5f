// Serve build/ the way a static host does (GitHub Pages, Netlify): files as they are, and
// 404.html with status 404 for any other path. The browser tests run against this.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const root = join(import.meta.dirname, '..', process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const files = sirv(root, { extensions: ['html'], dev: false, etag: true });
const notFound = readFileSync(join(root, '404.html'));

createServer((req, res) => {
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound);
	});
}).listen(port, host, () => {
	console.log(`Serving build/ at http://${host}:${port}/`);
});

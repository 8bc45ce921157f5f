// First-load JavaScript of each prerendered page: the modules its HTML loads and everything they
// import statically, gzipped. Shared by the budget test and `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	/** The page's path on the site, e.g. `/frameworks/speedoc-engineering`. */
	page: string;
	/** Absolute paths of the modules loaded first. */
	files: string[];
	/** Gzipped bytes. */
	gzip: number;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** Static imports only: dynamic `import()` is loaded later, on demand. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

export function firstLoadJs(dir: string): PageWeight[] {
	const buildDir = resolve(dir);
	if (!existsSync(join(buildDir, 'index.html'))) {
		throw new Error(`No build in ${buildDir}: run \`npm run build\` first.`);
	}
	const gzipCache = new Map<string, number>();
	const importsCache = new Map<string, string[]>();
	const size = (file: string) => {
		let bytes = gzipCache.get(file);
		if (bytes === undefined) {
			bytes = gzipSync(readFileSync(file), { level: 9 }).length;
			gzipCache.set(file, bytes);
		}
		return bytes;
	};
	const importsOf = (file: string) => {
		let list = importsCache.get(file);
		if (!list) {
			const code = readFileSync(file, 'utf8');
			list = [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(dirname(file), m[1]!));
			importsCache.set(file, list);
		}
		return list;
	};

	return htmlFiles(buildDir)
		.map((htmlFile) => {
			const html = readFileSync(htmlFile, 'utf8');
			const entries = [
				...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
				...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="modulepreload"/g),
				...html.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)
			].map((m) => join(buildDir, new URL(m[1]!, 'http://site/').pathname));
			const seen = new Set<string>();
			const queue = [...entries];
			while (queue.length > 0) {
				const file = queue.pop()!;
				if (seen.has(file) || !existsSync(file)) continue;
				seen.add(file);
				queue.push(...importsOf(file));
			}
			const page =
				'/' +
				relative(buildDir, htmlFile)
					.replace(/\\/g, '/')
					.replace(/(^|\/)index\.html$/, '')
					.replace(/\.html$/, '');
			return {
				page,
				files: [...seen].sort(),
				gzip: [...seen].reduce((sum, f) => sum + size(f), 0)
			};
		})
		.sort((a, b) => a.page.localeCompare(b.page));
}

// The frameworks, loaded and validated once at build time. Server-only: pages receive just the
// slices they need, so the browser never ships zod or the full data. The bundled frameworks, plus
// (FRAMEWORKS_DIR) a folder's framework files beside them, or instead of them (FRAMEWORKS_ONLY=1).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
	buildCatalog,
	invalidBundledData,
	isFrameworkFile,
	readFolderFrameworks,
	FRAMEWORK_EXTENSIONS,
	type Catalog,
	type DataFile,
	type TextFile
} from './catalog';
import { formatProblem, parseTaxonomy, type Problem } from '../model/validate';

const frameworkFiles = import.meta.glob('/data/frameworks/*.json', {
	eager: true,
	import: 'default'
});
const skillFiles = import.meta.glob('/data/skills.json', { eager: true, import: 'default' });

const skills: DataFile = { file: 'data/skills.json', data: skillFiles['/data/skills.json'] };
const bundled: DataFile[] = Object.entries(frameworkFiles).map(([path, data]) => ({
	file: path.slice(1),
	data
}));

/** The environment that chooses the frameworks. */
export interface FrameworksEnv {
	/** A folder of framework files, relative to `cwd` or absolute. */
	FRAMEWORKS_DIR?: string;
	/** `1` (or `true`): the folder's frameworks only, not the bundled ones. */
	FRAMEWORKS_ONLY?: string;
}

const fsReason = (error: unknown) => {
	const code = (error as { code?: string } | null)?.code;
	if (code === 'ENOENT') return 'no such folder';
	if (code === 'ENOTDIR') return 'not a folder';
	if (code === 'EACCES') return 'permission denied';
	return error instanceof Error ? error.message : String(error);
};

/**
 * The framework files of a folder (not its subfolders), each named by its path from `cwd` when
 * inside it (else absolute), as build errors name them. Other files are skipped by extension.
 * Throws when the folder is missing or holds no framework file.
 */
export function readFrameworksDir(
	dir: string,
	cwd = process.cwd()
): { files: TextFile[]; problems: Problem[]; skipped: string[] } {
	const absolute = resolve(cwd, dir);
	let names: string[];
	try {
		if (!statSync(absolute).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
		names = readdirSync(absolute).sort();
	} catch (error) {
		throw new Error(`FRAMEWORKS_DIR=${dir}: cannot read ${absolute}: ${fsReason(error)}`, {
			cause: error
		});
	}
	const shown = (name: string) => {
		const path = relative(cwd, join(absolute, name));
		return path.startsWith('..') || isAbsolute(path) ? join(absolute, name) : path;
	};
	const files: TextFile[] = [];
	const problems: Problem[] = [];
	const skipped: string[] = [];
	for (const name of names) {
		const path = join(absolute, name);
		if (!isFrameworkFile(name) || !statSync(path).isFile()) {
			skipped.push(name);
			continue;
		}
		try {
			files.push({ file: shown(name), text: readFileSync(path, 'utf8') });
		} catch (error) {
			const message = `cannot read the file: ${fsReason(error)}`;
			problems.push({ file: shown(name), path: '$', message });
		}
	}
	if (files.length === 0 && problems.length === 0) {
		const kinds = FRAMEWORK_EXTENSIONS.map((e) => `.${e}`).join(' ');
		throw new Error(
			`FRAMEWORKS_DIR=${dir}: ${absolute} holds no framework file (${kinds})` +
				(skipped.length ? `; skipped: ${skipped.join(', ')}` : '')
		);
	}
	return { files, problems, skipped };
}

/** The catalogue the environment asks for; throws one error listing every problem. */
export function loadCatalog(env: FrameworksEnv = process.env, cwd = process.cwd()): Catalog {
	const dir = env.FRAMEWORKS_DIR?.trim();
	const only = ['1', 'true', 'yes'].includes(env.FRAMEWORKS_ONLY?.trim().toLowerCase() ?? '');
	if (!dir) {
		if (only) throw new Error('FRAMEWORKS_ONLY=1 needs FRAMEWORKS_DIR=<folder of frameworks>');
		return buildCatalog(skills, bundled);
	}
	const folder = readFrameworksDir(dir, cwd);
	const taxonomy = parseTaxonomy(skills.data, skills.file);
	if (!taxonomy.ok) throw invalidBundledData(taxonomy.problems);
	const read = readFolderFrameworks(folder.files, new Set(taxonomy.value.skills.map((s) => s.id)));
	// Bundled first: a folder framework that takes a bundled id is the one named as the clash.
	const catalog = buildCatalog(
		skills,
		[...(only ? [] : bundled), ...read.frameworks],
		[...folder.problems, ...read.problems]
	);
	for (const warning of read.warnings) console.warn(`warning: ${formatProblem(warning)}`);
	return catalog;
}

export const catalog: Catalog = loadCatalog();

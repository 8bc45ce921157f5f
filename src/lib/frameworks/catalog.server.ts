// The bundled frameworks, loaded and validated once at build time. Server-only: pages receive just
// the slices they need, so the browser never ships zod or the full data.
import { buildCatalog, type Catalog } from './catalog';

const frameworkFiles = import.meta.glob('/data/frameworks/*.json', {
	eager: true,
	import: 'default'
});
const skillFiles = import.meta.glob('/data/skills.json', { eager: true, import: 'default' });

export const catalog: Catalog = buildCatalog(
	{ file: 'data/skills.json', data: skillFiles['/data/skills.json'] },
	Object.entries(frameworkFiles).map(([path, data]) => ({ file: path.slice(1), data }))
);

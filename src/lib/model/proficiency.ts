// The shared 0–6 proficiency scale, without zod, for pages that only display it.
export const PROFICIENCY_LABELS = [
	'not expected',
	'follows / assists',
	'applies with guidance',
	'independent',
	'leads and teaches',
	'sets direction for the organisation',
	'shapes the industry'
] as const;

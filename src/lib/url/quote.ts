// A value from a link, as a notice quotes it back (an unknown track, quiz code or page).

/** Long enough to recognise a mistyped link, short enough for one line. */
const QUOTE_MAX = 60;

/** A value from a link, as a notice quotes it: on one line, cut when long. */
export function quote(raw: string): string {
	const flat = raw.replace(/\s+/g, ' ').trim();
	return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
}

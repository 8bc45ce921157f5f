// A view asked for an id its catalogue does not hold. The message is what a reader sees: the
// prerendered routes turn it into their 404, a page over imported frameworks shows it as it is.
import { error } from '@sveltejs/kit';

export class UnknownId extends Error {
	name = 'UnknownId';
}

/** The view, or the route's 404 with the view's message when an id is unknown. */
export function orNotFound<T>(view: () => T): T {
	try {
		return view();
	} catch (e) {
		if (e instanceof UnknownId) error(404, e.message);
		throw e;
	}
}

// For the prerendered routes only: a view's unknown id becomes the route's 404. Kept apart from
// ./unknown-id so the pages that draw imported frameworks in the browser do not ship SvelteKit's
// server helpers with it.
import { error } from '@sveltejs/kit';
import { UnknownId } from './unknown-id';

/** The view, or the route's 404 with the view's message when an id is unknown. */
export function orNotFound<T>(view: () => T): T {
	try {
		return view();
	} catch (e) {
		if (e instanceof UnknownId) error(404, e.message);
		throw e;
	}
}

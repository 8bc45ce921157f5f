// A view asked for an id its catalogue does not hold. The message is what a reader sees: the
// prerendered routes turn it into their 404 (./not-found.server), a page over imported frameworks
// shows it as it is.
export class UnknownId extends Error {
	name = 'UnknownId';
}

// A new deploy's service worker installs beside the running one and waits (see
// src/service-worker.ts): the page says so, and swaps only when the person asks.

/** The registration once a new version waits to be taken; never resolves when none comes. */
export async function whenUpdateWaits(): Promise<ServiceWorkerRegistration> {
	const registration = await navigator.serviceWorker.ready;
	return new Promise((resolve) => {
		// A page open on the old version, with no worker in control yet, has nothing to swap.
		const waiting = () => registration.waiting && navigator.serviceWorker.controller;
		if (waiting()) return resolve(registration);
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed' && waiting()) resolve(registration);
			});
		});
	});
}

/** Take the new version: the waiting worker takes over, then the page reloads on it. */
export function takeUpdate(registration: ServiceWorkerRegistration): void {
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
		once: true
	});
	registration.waiting?.postMessage('skip-waiting');
}

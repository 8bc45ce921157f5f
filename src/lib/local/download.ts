// Saving a framework (or what was stored for it) as a JSON file, from the browser.

/** Download `value` as pretty JSON named `name`. */
export function downloadJson(name: string, value: unknown): void {
	const blob = new Blob([JSON.stringify(value, null, '\t') + '\n'], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * whenIdle runs work when the browser has nothing else to do (within `timeoutMs` at the
 * latest); where there is no requestIdleCallback (Safari's webview on iOS) after a short timeout.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): void {
	if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => work(), { timeout: timeoutMs });
	else window.setTimeout(work, 50);
}

/** idle resolves when the browser is idle (see whenIdle). */
export function idle(timeoutMs?: number): Promise<void> {
	return new Promise((resolve) => whenIdle(resolve, timeoutMs));
}

/**
 * afterPaint resolves in the task after the next frame: what was drawn before it has reached
 * the screen. A hidden window paints no frame (requestAnimationFrame waits until it is shown):
 * then it resolves after `fallbackMs` all the same.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
	return new Promise((resolve) => {
		const next = (): void => void window.setTimeout(resolve, 0);
		window.setTimeout(resolve, fallbackMs);
		if (typeof window.requestAnimationFrame === "function") window.requestAnimationFrame(next);
		else next();
	});
}

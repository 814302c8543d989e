/**
 * Notifier calls `fire` on the leading edge of a burst of changes and once more on its trailing
 * edge: a change after a quiet period of `delayMs` is shown at once (a property edited in the
 * editor reaches the dashboard within a frame, not after the delay), and a burst of saves (a
 * sync, a bulk edit) costs two re-renders, the last once it has settled `delayMs`.
 */
export class Notifier {
	private timer: number | null = null;
	private pending = false;

	constructor(
		private readonly fire: () => void,
		private readonly delayMs: number,
	) {}

	notify(): void {
		if (this.timer === null) this.fire();
		else {
			this.pending = true;
			window.clearTimeout(this.timer);
		}
		this.timer = window.setTimeout(() => this.settle(), this.delayMs);
	}

	cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.pending = false;
	}

	private settle(): void {
		this.timer = null;
		if (!this.pending) return;
		this.pending = false;
		this.fire();
	}
}

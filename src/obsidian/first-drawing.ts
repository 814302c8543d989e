import type { DashboardModel } from "../core/viewmodel";
import { afterPaint } from "./idle";
import { renderDashboard, type DashboardHandlers, type RenderState } from "./render";

/** The class that lays out only the sections in view (styles.css), for the dashboard's first frame. */
const FIRST_FRAME = "is-first-frame";

/**
 * drawFirstScreen is the dashboard's first drawing in a shown pane: only what comes before
 * People (what a sidebar shows first: the summary and the first follow-ups), of which the
 * browser lays out and paints only the sections in view. Once that frame is painted, `rest`
 * draws the whole dashboard (the parts drawn already are kept as they are), laid out as usual;
 * so later drawings, and the scroll position, are as if there had been no first screen.
 */
export function drawFirstScreen(container: HTMLElement, model: DashboardModel, handlers: DashboardHandlers, state: RenderState, rest: () => void): void {
	container.addClass(FIRST_FRAME);
	renderDashboard(container, model, handlers, { ...state, firstScreen: true });
	void afterPaint().then(() => {
		container.removeClass(FIRST_FRAME);
		rest();
	});
}

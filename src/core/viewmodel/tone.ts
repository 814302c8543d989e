import type { ContactStatus } from "../types";
import { STATUS_LABELS, type DueBucket } from "../words";
import type { Tone } from "./types";

/** The colours of the dashboard: a status chip's label and tone, and a follow-up bucket's tone. */

const CHIPS: Readonly<Record<ContactStatus, { label: string; tone: Tone }>> = {
	overdue: { label: STATUS_LABELS.overdue, tone: "danger" },
	never: { label: STATUS_LABELS.never, tone: "accent" },
	"due-soon": { label: STATUS_LABELS["due-soon"], tone: "warning" },
	ok: { label: STATUS_LABELS.ok, tone: "success" },
	snoozed: { label: STATUS_LABELS.snoozed, tone: "muted" },
};

/** statusChip is the label and tone of a contact status chip. */
export function statusChip(status: ContactStatus): { label: string; tone: Tone } {
	return CHIPS[status];
}

/** The tone of a follow-up's due text in each bucket. */
export const BUCKET_TONES: Readonly<Record<DueBucket, Tone>> = { overdue: "danger", "due-soon": "warning", later: "muted" };
